"""The `rust-regex` engine's refusals, for patterns Python's `re` would compile differently.

Patterns are matched with Python's `re` for both `regex_engine` settings, but with
`rust-regex` (the default) the native core refuses some syntax the Rust `regex` crate does
not have (backreferences, look-around, some escapes) and words its syntax errors its own
way. `rust_syntax_error(pattern)` scans a pattern for the common cases and returns the
native error text (written from the observed messages, not from the crate's source), or
None when the pattern is left to `re`.
"""

from __future__ import annotations

import re

__all__ = ['python_pattern', 'rust_syntax_error']

# Escapes the Rust syntax knows after a backslash (besides punctuation, which is always literal).
_LETTER_ESCAPES = frozenset('afnrtvdDsSwWpPxuUbBAz')
_REPEAT = frozenset('*+?')


class _Refused(Exception):
    def __init__(self, offset: int, span: int, message: str):
        self.offset = offset
        self.span = span
        self.message = message


def rust_syntax_error(pattern: str) -> str | None:
    """The native SchemaError text for a pattern the Rust syntax refuses, or None."""
    if not isinstance(pattern, str) or '\n' in pattern:
        return None
    try:
        _scan(pattern)
    except _Refused as refused:
        return (
            f'regex parse error:\n    {pattern}\n    {" " * refused.offset}{"^" * refused.span}\n'
            f'error: {refused.message}'
        )
    return None


def _scan(p: str) -> None:
    n = len(p)
    groups = []  # offsets of the open groups
    i = 0
    can_repeat = False  # whether a repetition operator has an expression before it
    while i < n:
        c = p[i]
        if c == '\\':
            i = _escape(p, i, in_class=False)
            can_repeat = True
            continue
        if c == '[':
            i = _class(p, i)
            can_repeat = True
            continue
        if c == '(':
            groups.append(i)
            if p.startswith('(?=', i) or p.startswith('(?!', i):
                raise _Refused(i, 3, 'look-around, including look-ahead and look-behind, is not supported')
            if p.startswith('(?<=', i) or p.startswith('(?<!', i):
                raise _Refused(i, 4, 'look-around, including look-ahead and look-behind, is not supported')
            i = _group_start(p, i)
            if i < 0:  # a flags-only group such as (?i): no expression, not a group
                groups.pop()
                i = -i
            can_repeat = False
            continue
        if c == ')':
            if not groups:
                raise _Refused(i, 1, 'unopened group')
            groups.pop()
            can_repeat = True
            i += 1
            continue
        if c == '|':
            can_repeat = False
            i += 1
            continue
        if c in _REPEAT:
            if not can_repeat:
                raise _Refused(i, 1, 'repetition operator missing expression')
            i += 1
            continue
        if c == '{':
            if not can_repeat:
                raise _Refused(i, 1, 'repetition operator missing expression')
            i = _counted(p, i)
            continue
        can_repeat = True
        i += 1
    if groups:
        raise _Refused(groups[-1], 1, 'unclosed group')


def _escape(p: str, i: int, in_class: bool) -> int:
    """The offset after the escape at p[i] (a backslash)."""
    if i + 1 >= len(p):
        raise _Refused(i, 1, 'incomplete escape sequence, reached end of pattern prematurely')
    c = p[i + 1]
    if c in '123456789':
        raise _Refused(i, 2, 'backreferences are not supported')
    if in_class and c in '<>bBAz':
        raise _Refused(i, 2, 'invalid escape sequence found in character class')
    if c.isascii() and c.isalnum():
        if c not in _LETTER_ESCAPES:
            raise _Refused(i, 2, 'unrecognized escape sequence')
        if c in 'pPxuU' and i + 2 < len(p) and p[i + 2] == '{':
            close = p.find('}', i + 2)
            return len(p) if close < 0 else close + 1
    return i + 2


def _class(p: str, i: int) -> int:
    """The offset after the character class opening at p[i]; nested classes are allowed."""
    start = i
    depth = 0
    n = len(p)
    while i < n:
        c = p[i]
        if c == '[':
            if p.startswith('[:', i):
                close = p.find(':]', i + 2)
                if close >= 0:
                    i = close + 2
                    continue
            depth += 1
            i += 1
            # A ']' right after the opening (or after '^') is a literal.
            if i < n and p[i] == '^':
                i += 1
            if i < n and p[i] == ']':
                i += 1
            continue
        if c == '\\':
            i = _escape(p, i, in_class=True)
            continue
        if c == ']':
            depth -= 1
            i += 1
            if depth == 0:
                return i
            continue
        i += 1
    raise _Refused(start, 1, 'unclosed character class')


def _group_start(p: str, i: int) -> int:
    """The offset after a group's opening at p[i]; negated for a flags-only group like (?i)."""
    if not p.startswith('(?', i):
        return i + 1
    j = i + 2
    if p.startswith('P<', j) or (p.startswith('<', j)):
        close = p.find('>', j)
        return len(p) if close < 0 else close + 1
    n = len(p)
    while j < n and (p[j].isalpha() or p[j] == '-'):
        j += 1
    if j >= n:
        raise _Refused(n, 1, 'expected flag but got end of regex')
    if p[j] == ')':
        return -(j + 1)
    return j + 1


def _counted(p: str, i: int) -> int:
    """The offset after a counted repetition {m}, {m,} or {m,n} at p[i]."""
    n = len(p)
    j = i + 1
    numbers = []
    while True:
        start = j
        while j < n and p[j].isdigit():
            j += 1
        if j >= n:
            raise _Refused(i, n - i, 'unclosed counted repetition')
        if start == j and not (numbers and p[j] == '}'):
            raise _Refused(j, 1, 'repetition quantifier expects a valid decimal')
        numbers.append(int(p[start:j]) if start != j else None)
        if p[j] == ',' and len(numbers) == 1:
            j += 1
            continue
        if p[j] != '}':
            raise _Refused(j, 1, 'repetition quantifier expects a valid decimal')
        break
    if len(numbers) == 2 and numbers[1] is not None and numbers[0] > numbers[1]:
        raise _Refused(i, j + 1 - i, 'invalid repetition count range, the start must be <= the end')
    return j + 1


# Rust syntax with a different spelling in Python: word-boundary halves and the end of text.
_OUTSIDE_CLASS = {'<': r'\b(?=\w)', '>': r'\b(?<=\w)', 'z': r'\Z'}
_POSIX = {
    'alnum': '0-9A-Za-z', 'alpha': 'A-Za-z', 'ascii': '\\x00-\\x7F', 'blank': '\\t ', 'cntrl': '\\x00-\\x1F\\x7F',
    'digit': '0-9', 'graph': '!-~', 'lower': 'a-z', 'print': ' -~', 'punct': '!-/:-@\\[-`{-~',
    'space': '\\t\\n\\v\\f\\r ', 'upper': 'A-Z', 'word': '0-9A-Za-z_', 'xdigit': '0-9A-Fa-f',
}
_FLAGS_GROUP = re.compile(r'\(\?([a-zA-Z]*(?:-[a-zA-Z]*)?)([):])')
_MULTILINE = re.compile(r'\(\?[a-zA-Z]*m')


def python_pattern(pattern: str) -> str:
    r"""A pattern in Rust syntax (one `rust_syntax_error` accepts) spelled for Python's `re`.

    `$` is the end of the text (unless multi-line mode is asked for), `\<`, `\>` and `\z` are
    spelled for Python, ASCII classes like `[[:alpha:]]` become ranges, Unicode general
    categories (`\p{L}`, `\pN`, `\P{Uppercase_Letter}`) become ranges, flag groups such as
    `a(?i)b` (which apply up to the end of the enclosing group) become scoped groups, and what
    Rust repeats but Python refuses (`a**`, `x?*`, `a{2}+`, `^*`, `$+`, `\b+`: a repetition
    of a repetition, which Python would read as possessive or refuse, or of an assertion)
    gets a group around the repeated part."""
    if not any(ch in pattern for ch in '\\[$(*+?{^'):
        return pattern
    multiline = _MULTILINE.search(pattern) is not None
    out = []
    levels = [[]]  # per open group: the flags of the scoped groups opened for `(?flags)`
    opened_at = []  # per open group: where its text starts in `out`
    atom = None  # where the last atom (what a repetition applies to) starts in `out`
    atom_kind = None  # 'assertion', 'repeated' or None (an ordinary atom)
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c in _REPEAT or c == '{':
            j = pattern.index('}', i) + 1 if c == '{' else i + 1
            if j < n and pattern[j] == '?':  # lazy
                j += 1
            if atom is not None and atom_kind is not None:
                out.insert(atom, '(?:')
                out.append(')')
            out.append(pattern[i:j])
            atom_kind = 'repeated'
            i = j
            continue
        atom_kind = None
        atom = len(out)
        if c == '\\' and i + 1 < n:
            nxt = pattern[i + 1]
            if nxt in 'pP':
                i = _property_class(pattern, i, out, in_class=False)
                continue
            out.append(_OUTSIDE_CLASS.get(nxt, pattern[i:i + 2]))
            if nxt in _ASSERTIONS:
                atom_kind = 'assertion'
            i += 2
        elif c == '[':
            i = _python_class(pattern, i, out)
        elif c == '$':
            out.append('$' if multiline else r'\Z')
            atom_kind = 'assertion'
            i += 1
        elif c == '^':
            out.append(c)
            atom_kind = 'assertion'
            i += 1
        elif c == '(':
            match = _FLAGS_GROUP.match(pattern, i)
            if match is not None and match.group(2) == ':':  # (?flags:...)
                opened_at.append(len(out))
                out.append(f'(?{_python_flags(match.group(1))}:')
                levels.append([])
                i = match.end()
            elif match is not None:  # (?flags): up to the end of the enclosing group
                flags = _python_flags(match.group(1))
                if flags and i == 0 and '-' not in flags:
                    out.append(f'(?{flags})')  # leading flags stay global (Python allows that)
                elif flags:
                    out.append(f'(?{flags}:')
                    levels[-1].append(flags)
                atom = None  # nothing to repeat
                i = match.end()
            else:
                opened_at.append(len(out))
                out.append(c)
                levels.append([])
                i += 1
        elif c == ')' and len(levels) > 1:
            out.append(')' * len(levels.pop()) + ')')
            atom = opened_at.pop()
            i += 1
        elif c == '|':
            opened = levels[-1]
            out.append(')' * len(opened) + '|' + ''.join(f'(?{f}:' for f in opened))
            atom = None
            i += 1
        else:
            out.append(c)
            i += 1
    out.append(')' * len(levels[0]))
    return ''.join(out)


# Escapes that match a position, not a character (Python refuses to repeat them).
_ASSERTIONS = frozenset('bBAz<>')

# Unicode general categories by their short and long names (Rust matches names loosely:
# case, spaces, hyphens and underscores ignored).
_CATEGORY_NAMES = {
    'L': 'letter', 'Lu': 'uppercaseletter', 'Ll': 'lowercaseletter', 'Lt': 'titlecaseletter',
    'LC': 'casedletter', 'Lm': 'modifierletter', 'Lo': 'otherletter', 'M': 'mark', 'Mn': 'nonspacingmark',
    'Mc': 'spacingmark', 'Me': 'enclosingmark', 'N': 'number', 'Nd': 'decimalnumber', 'Nl': 'letternumber',
    'No': 'othernumber', 'P': 'punctuation', 'Pc': 'connectorpunctuation', 'Pd': 'dashpunctuation',
    'Ps': 'openpunctuation', 'Pe': 'closepunctuation', 'Pi': 'initialpunctuation', 'Pf': 'finalpunctuation',
    'Po': 'otherpunctuation', 'S': 'symbol', 'Sm': 'mathsymbol', 'Sc': 'currencysymbol', 'Sk': 'modifiersymbol',
    'So': 'othersymbol', 'Z': 'separator', 'Zs': 'spaceseparator', 'Zl': 'lineseparator',
    'Zp': 'paragraphseparator', 'C': 'other', 'Cc': 'control', 'Cf': 'format', 'Cs': 'surrogate',
    'Co': 'privateuse', 'Cn': 'unassigned',
}
_LOOSE = {}
for _short, _long in _CATEGORY_NAMES.items():
    _LOOSE[_short.lower()] = _LOOSE[_long] = _short
_LOOSE.update({'gc=' + k: v for k, v in list(_LOOSE.items())})
_LOOSE.update({'any': 'Any', 'ascii': 'ASCII', 'digit': 'Nd', 'punct': 'P', 'cntrl': 'Cc', 'combiningmark': 'M',
               'whitespace': 'White_Space', 'wspace': 'White_Space', 'space': 'White_Space'})
_ranges_cache: dict[str, list[tuple[int, int]]] = {}


def _category_ranges(name: str) -> list[tuple[int, int]]:
    """The code point ranges of a general category (one letter: all its subcategories)."""
    if not _ranges_cache:
        import unicodedata

        runs: dict[str, list[tuple[int, int]]] = {}
        start, current = 0, unicodedata.category('\0')
        for cp in range(1, 0x110001):
            cat = unicodedata.category(chr(cp)) if cp < 0x110000 else None
            if cat != current:
                runs.setdefault(current, []).append((start, cp - 1))
                start, current = cp, cat
        _ranges_cache.update(runs)
        for short in [k for k in _CATEGORY_NAMES if len(k) == 1]:
            _ranges_cache[short] = sorted(r for sub, rs in runs.items() if sub[0] == short for r in rs)
        _ranges_cache['LC'] = sorted(r for sub in ('Lu', 'Ll', 'Lt') for r in runs.get(sub, ()))
        _ranges_cache['Any'] = [(0, 0x10FFFF)]
        _ranges_cache['ASCII'] = [(0, 0x7F)]
        _ranges_cache['White_Space'] = [(0x9, 0xD), (0x20, 0x20), (0x85, 0x85), (0xA0, 0xA0), (0x1680, 0x1680),
                                        (0x2000, 0x200A), (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F),
                                        (0x3000, 0x3000)]
    return _ranges_cache.get(name, [])


def _complement(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out, start = [], 0
    for low, high in _merged(ranges):
        if low > start:
            out.append((start, low - 1))
        start = high + 1
    if start <= 0x10FFFF:
        out.append((start, 0x10FFFF))
    return out


def _merged(ranges):
    merged = []
    for low, high in sorted(ranges):
        if merged and low <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(high, merged[-1][1]))
        else:
            merged.append((low, high))
    return merged


def _class_text(ranges) -> str:
    def char(cp: int) -> str:
        return f'\\U{cp:08x}'

    return ''.join(char(lo) if lo == hi else f'{char(lo)}-{char(hi)}' for lo, hi in ranges)


def _property_class(pattern: str, i: int, out: list, in_class: bool) -> int:
    r"""`\p{Name}`, `\pL`, `\P{..}` at pattern[i] as ranges (inside a class) or a class; the offset after it."""
    negated = pattern[i + 1] == 'P'
    if i + 2 < len(pattern) and pattern[i + 2] == '{':
        close = pattern.index('}', i + 2)
        name, end = pattern[i + 3:close], close + 1
    else:
        name, end = pattern[i + 2:i + 3], i + 3
    if name.startswith('^'):
        negated, name = not negated, name[1:]
    key = _LOOSE.get(re.sub(r'[\s_-]', '', name).lower().replace('generalcategory=', 'gc=').replace('gc:', 'gc='))
    if key is None:
        # Scripts and binary properties are not in unicodedata: leave it to `re`, which refuses it.
        out.append(pattern[i:end])
        return end
    ranges = _merged(_category_ranges(key))
    if negated:
        ranges = _complement(ranges)
    text = _class_text(ranges)
    out.append(text if in_class else f'[{text}]')
    return end


def _python_flags(flags: str) -> str:
    on, _, off = flags.partition('-')
    on = on.replace('u', '')
    if 'u' in off:
        off = off.replace('u', '')
        on += 'a'
    return on + ('-' + off if off else '')


def _python_class(pattern: str, i: int, out: list) -> int:
    """Copy the character class at pattern[i] to `out`; the offset after it."""
    n = len(pattern)
    depth = 0
    while i < n:
        c = pattern[i]
        if c == '\\' and i + 1 < n:
            if pattern[i + 1] in 'pP':
                i = _property_class(pattern, i, out, in_class=True)
                continue
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if c == '[':
            if depth and pattern.startswith('[:', i):
                close = pattern.find(':]', i + 2)
                ranges = _POSIX.get(pattern[i + 2:close]) if close >= 0 else None
                if ranges is not None:
                    out.append(ranges)
                    i = close + 2
                    continue
            if depth:  # a nested class (a union in Rust): its members join the outer class
                depth += 1
                i += 1
                continue
            depth = 1
            out.append(c)
            i += 1
            if i < n and pattern[i] == '^':
                out.append('^')
                i += 1
            if i < n and pattern[i] == ']':
                out.append('\\]')
                i += 1
            continue
        if c == ']':
            depth -= 1
            i += 1
            if depth == 0:
                out.append(']')
                return i
            continue
        out.append(c)
        i += 1
    return i
