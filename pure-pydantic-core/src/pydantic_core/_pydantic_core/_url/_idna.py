"""UTS #46 processing of domain names as the URL Standard uses it ("domain to ASCII").

Flags, as the native core observably applies them: non-transitional, CheckBidi,
CheckJoiners, no STD3 rules, no hyphen checks, no DNS length checks. The
per-code-point data (mapping status, joining types) lives in `_idna_data`,
which was measured on the native core (Unicode 15.1) and is loaded on the first
non-ASCII or punycode host; ASCII domains only need lowercasing.
"""

import unicodedata
from bisect import bisect_right

from . import _punycode as punycode

__all__ = ['IdnaError', 'domain_to_ascii', 'domain_to_unicode']


class IdnaError(ValueError):
    pass


_tables = None


def _load():
    global _tables
    from . import _idna_data as d

    _tables = (d.MAP_STARTS, d.MAP_VALUES, d.JOIN_STARTS, d.JOIN_TYPES)
    return _tables


_map_cache: dict = {}


def _map_char(ch: str):
    """The mapping of one non-ASCII code point: a str (possibly empty), or None if it is disallowed."""
    try:
        return _map_cache[ch]
    except KeyError:
        pass
    starts, values, _, _ = _tables or _load()
    cp = ord(ch)
    value = values[bisect_right(starts, cp) - 1]
    if value is True:
        result = ch
    elif value is False:
        result = None
    elif isinstance(value, int):  # a run of code points mapped with a constant offset
        result = chr(cp + value)
    else:
        result = value
    if len(_map_cache) < 8192:
        _map_cache[ch] = result
    return result


def _is_valid(ch: str) -> bool:
    """Status 'valid' (or deviation): what a punycode-decoded label may contain."""
    if ch < '\x80':
        return not ('A' <= ch <= 'Z')
    return _map_char(ch) == ch


def _joining_type(ch: str) -> str:
    _, _, starts, types = _tables or _load()
    return types[bisect_right(starts, ord(ch)) - 1]


_RTL = frozenset(('R', 'AL', 'AN'))


def _check_joiners(label: str) -> bool:
    """RFC 5892 appendix A.1 and A.2 (ZERO WIDTH NON-JOINER and JOINER)."""
    for index, ch in enumerate(label):
        if ch != '\u200c' and ch != '\u200d':
            continue
        if index and unicodedata.combining(label[index - 1]) == 9:  # after a virama
            continue
        if ch == '\u200d':
            return False
        i = index - 1
        while i >= 0 and _joining_type(label[i]) == 'T':
            i -= 1
        if i < 0 or _joining_type(label[i]) not in ('L', 'D'):
            return False
        i = index + 1
        while i < len(label) and _joining_type(label[i]) == 'T':
            i += 1
        if i >= len(label) or _joining_type(label[i]) not in ('R', 'D'):
            return False
    return True


_RTL_ALLOWED = frozenset(('R', 'AL', 'AN', 'EN', 'ES', 'CS', 'ET', 'ON', 'BN', 'NSM'))
_LTR_ALLOWED = frozenset(('L', 'EN', 'ES', 'CS', 'ET', 'ON', 'BN', 'NSM'))


def _check_bidi(label: str) -> bool:
    """The six conditions of RFC 5893 section 2."""
    classes = [unicodedata.bidirectional(ch) for ch in label]
    first = classes[0]
    end = len(classes) - 1
    while end > 0 and classes[end] == 'NSM':
        end -= 1
    last = classes[end]
    if first in ('R', 'AL'):
        if not set(classes) <= _RTL_ALLOWED:
            return False
        if last not in ('R', 'AL', 'EN', 'AN'):
            return False
        if 'EN' in classes and 'AN' in classes:
            return False
        return True
    if first == 'L':
        return set(classes) <= _LTR_ALLOWED and last in ('L', 'EN')
    return False


def _valid_label(label: str, decoded: bool) -> bool:
    if decoded:
        if unicodedata.normalize('NFC', label) != label:
            return False
        if '.' in label or not all(_is_valid(ch) for ch in label):
            return False
    if unicodedata.category(label[0])[0] == 'M':
        return False
    return _check_joiners(label)


def _decode_punycode(encoded: str) -> str:
    if not encoded.isascii():
        raise IdnaError
    try:
        decoded = punycode.decode(encoded)
    except ValueError:
        raise IdnaError from None
    if not decoded or decoded.isascii():
        raise IdnaError
    return decoded


def _to_unicode_labels(domain: str) -> list[str]:
    """Map, normalize, decode and validate: the Unicode labels, or IdnaError."""
    out = []
    for ch in domain:
        if ch < '\x80':
            out.append(ch.lower() if 'A' <= ch <= 'Z' else ch)
        else:
            mapped = _map_char(ch)
            if mapped is None:
                raise IdnaError
            out.append(mapped)
    labels = unicodedata.normalize('NFC', ''.join(out)).split('.')
    bidi_domain = False
    for index, label in enumerate(labels):
        if not label:
            continue
        decoded = label.startswith('xn--')
        if decoded:
            label = labels[index] = _decode_punycode(label[4:])
        elif label.isascii():
            continue
        if not _valid_label(label, decoded):
            raise IdnaError
        if not bidi_domain and any(unicodedata.bidirectional(ch) in _RTL for ch in label):
            bidi_domain = True
    if bidi_domain:
        for label in labels:
            if label and not _check_bidi(label):
                raise IdnaError
    return labels


_ascii_cache: dict = {}


def domain_to_ascii(domain: str) -> str:
    """The ASCII form of a (percent-decoded) domain; IdnaError if UTS #46 rejects it."""
    if domain.isascii():
        lowered = domain.lower()
        if 'xn--' not in lowered:
            return lowered
    try:
        result = _ascii_cache[domain]
    except KeyError:
        pass
    else:
        if result is None:
            raise IdnaError
        return result
    try:
        labels = _to_unicode_labels(domain)
    except IdnaError:
        result = None
    else:
        result = '.'.join(
            [label if label.isascii() else 'xn--' + punycode.encode(label) for label in labels]
        )
    if len(_ascii_cache) >= 1024:
        _ascii_cache.clear()
    _ascii_cache[domain] = result
    if result is None:
        raise IdnaError
    return result


def domain_to_unicode(domain: str) -> str:
    """The Unicode form of an already valid ASCII domain (its punycode labels decoded)."""
    if 'xn--' not in domain:
        return domain
    labels = domain.split('.')
    for index, label in enumerate(labels):
        if label.startswith('xn--'):
            try:
                labels[index] = punycode.decode(label[4:])
            except ValueError:
                pass
    return '.'.join(labels)
