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
    spelled for Python, ASCII classes like `[[:alpha:]]` become ranges, and flag groups such
    as `a(?i)b` (which apply up to the end of the enclosing group) become scoped groups."""
    if not any(ch in pattern for ch in '\\[$('):
        return pattern
    multiline = _MULTILINE.search(pattern) is not None
    out = []
    levels = [[]]  # per open group: the flags of the scoped groups opened for `(?flags)`
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == '\\' and i + 1 < n:
            nxt = pattern[i + 1]
            out.append(_OUTSIDE_CLASS.get(nxt, pattern[i:i + 2]))
            i += 2
        elif c == '[':
            i = _python_class(pattern, i, out)
        elif c == '$':
            out.append('$' if multiline else r'\Z')
            i += 1
        elif c == '(':
            match = _FLAGS_GROUP.match(pattern, i)
            if match is not None and match.group(2) == ':':  # (?flags:...)
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
                i = match.end()
            else:
                out.append(c)
                levels.append([])
                i += 1
        elif c == ')' and len(levels) > 1:
            out.append(')' * len(levels.pop()) + ')')
            i += 1
        elif c == '|':
            opened = levels[-1]
            out.append(')' * len(opened) + '|' + ''.join(f'(?{f}:' for f in opened))
            i += 1
        else:
            out.append(c)
            i += 1
    out.append(')' * len(levels[0]))
    return ''.join(out)


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
