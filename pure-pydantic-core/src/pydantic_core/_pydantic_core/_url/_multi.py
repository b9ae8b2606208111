"""Multi-host URLs ('scheme://u:p@h1:1,h2:2/path'), split into URLs the parser understands.

As the native core does it: the input must start (after leading C0 controls and
spaces) with scheme characters and ':'. After any '/' and '\\' that follow, the
text up to the first '/', '?', '#' (or '\\' in special schemes) is the host
section. Without a comma there, the whole input is one URL. Otherwise only the
last host may be empty; it is parsed with the rest of the input (the "main"
URL, first, which must then have a host), then every other host as
`<text before the section><host>`, each of which must have a host.
"""

import re

from .._error_spec import ErrorSpec
from ._parser import C0_OR_SPACE, parse
from ._parts import SPECIAL_PORTS

__all__ = ['parse_multi', 'path_is_empty']

# what the native core checks before splitting: scheme characters (any first one) up to a ':'
_SCHEME = re.compile(r'[%s]*([A-Za-z0-9+\-.]+):' % re.escape(C0_OR_SPACE))


def path_is_empty(text: str) -> bool:
    """Whether the input has no path after its host (what preserve_empty_path keeps).

    The native core looks at the text: after the first ':' and any '/', is the
    first of '/', '?', '#' a '/'?
    """
    start = text.find(':') + 1
    if not start:
        return True
    length = len(text)
    while start < length and text[start] == '/':
        start += 1
    for index in range(start, length):
        ch = text[index]
        if ch == '/':
            return False
        if ch == '?' or ch == '#':
            return True
    return True


def _parse(text: str, strict: bool):
    parts, violation = parse(text, strict)
    if violation is not None:
        raise ErrorSpec('url_syntax_violation', {'error': violation})
    return parts


# after the scheme: the slashes, then the host section
_SECTION_SPECIAL = re.compile(r'[/\\]*([^/?#\\]*)')
_SECTION_OTHER = re.compile(r'[/\\]*([^/?#]*)')


def parse_multi(text: str, strict: bool):
    """(main parts, [parts of the other hosts]), or ErrorSpec as the native core raises."""
    m = _SCHEME.match(text)
    if m is None:
        raise ErrorSpec('url_parsing', {'error': 'relative URL without a base'})
    section = (_SECTION_SPECIAL if m.group(1).lower() in SPECIAL_PORTS else _SECTION_OTHER).match(text, m.end())
    if ',' not in section.group(1):
        return _parse(text, strict), []
    start, end = section.span(1)
    hosts = section.group(1).split(',')
    if '' in hosts[:-1]:
        raise ErrorSpec('url_parsing', {'error': 'empty host'})
    prefix = text[:start]
    parts = _parse(prefix + hosts[-1] + text[end:], strict)
    if not parts.host:
        raise ErrorSpec('url_parsing', {'error': 'empty host'})
    extra = []
    for host in hosts[:-1]:
        host_parts = _parse(prefix + host, strict)
        if not host_parts.host:
            raise ErrorSpec('url_parsing', {'error': 'empty host'})
        extra.append(host_parts)
    return parts, extra
