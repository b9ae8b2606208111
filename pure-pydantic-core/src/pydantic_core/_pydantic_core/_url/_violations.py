"""The syntax violations the native core reports in strict mode, and the char-level checks behind them."""

from ._units import BAD_UNIT

__all__ = [
    'C0',
    'TAB',
    'SLASHES',
    'FILE_SLASHES',
    'BACKSLASH',
    'NON_URL',
    'PERCENT',
    'AT',
    'NULL',
    'FILE_HOST',
    'add_unit_violation',
    'add_fragment_violation',
    'add_userinfo_violations',
]

C0 = 'leading or trailing control or space character are ignored in URLs'
TAB = 'tabs or newlines are ignored in URLs'
SLASHES = 'expected //'
FILE_SLASHES = 'expected // after file:'
BACKSLASH = 'backslash'
NON_URL = 'non-URL code point'
PERCENT = 'expected 2 hex digits after %'
AT = 'unencoded @ sign in username or password'
NULL = 'NULL characters are ignored in URL fragment identifiers'
FILE_HOST = 'file: with host and Windows drive letter'


def _last_bad_unit(text: str):
    last = None
    for last in BAD_UNIT.finditer(text):
        pass
    return last


def add_unit_violation(text: str, violations: list) -> None:
    """Record the last char-level violation of a component (non-URL code point or bad percent escape)."""
    last = _last_bad_unit(text)
    if last is not None:
        violations.append(PERCENT if last.group(1) else NON_URL)


def add_fragment_violation(text: str, violations: list) -> None:
    last = _last_bad_unit(text)
    if last is not None:
        violations.append(PERCENT if last.group(1) else NULL if last.group() == '\x00' else NON_URL)


def add_userinfo_violations(userinfo: str, violations: list) -> None:
    """An unencoded '@' is reported first, then the userinfo's char-level violations in order."""
    if '@' in userinfo:
        violations.append(AT)
    add_unit_violation(userinfo.replace('@', '%40'), violations)
