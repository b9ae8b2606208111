"""A fast path for the common URL shape: 'scheme://[user[:pass]@]host[:port][/path][?query][#fragment]'.

When no component holds a character that is a delimiter elsewhere, a strict-mode
violation or percent-encoded differently across components, and the host is a
name, an IPv4 or a bracketed IPv6 address, the parts can be assembled directly
(non-ASCII text is encoded per component, domains go through UTS #46, dot
segments through the path rules). Anything else returns None and goes through
the full parser, which gives the same result.
"""

import re

from .._error_spec import ErrorSpec
from ._host import DOMAIN, IPV4, IPV6, OPAQUE
from ._idna import IdnaError, domain_to_ascii
from ._ip import ends_in_a_number, parse_ipv4, parse_ipv6, serialize_ipv4, serialize_ipv6
from ._parts import SPECIAL_PORTS, UrlParts
from ._path import parse_path
from ._units import NON_URL_WIDE
from ._percent import C0_CONTROL, FRAGMENT, PATH, QUERY, SPECIAL_QUERY, USERINFO

__all__ = ['fast_parse']

_ASCII_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!$&'()*+,-._~%")


def _any_but(ascii_allowed: str) -> str:
    """A class of `ascii_allowed` and of every non-ASCII character, written as the ASCII it excludes.

    (A positive class with Unicode ranges compiles slowly; the non-ASCII characters the
    fast path must not take, which encode differently or are violations, are checked apart.)
    """
    return '[^%s]' % ''.join(re.escape(chr(i)) for i in range(128) if chr(i) not in ascii_allowed)


_FAST = re.compile(
    r'([A-Za-z][A-Za-z0-9+\-.]*)://'
    r'(?:(%s*)(?::(%s*))?@)?' % (_any_but(_ASCII_SAFE), _any_but(_ASCII_SAFE))
    + r'(%s+|\[[0-9A-Fa-f:.]+\])' % _any_but(set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~'))
    + r'(?::([0-9]{1,5}))?'
    + r'(/%s*)?' % _any_but(_ASCII_SAFE | set('/:;=@'))
    + r'(?:\?(%s*))?' % _any_but(_ASCII_SAFE | set('/:;=@?'))
    + r'(?:#(%s*))?' % _any_but(_ASCII_SAFE | set('/:;=@?'))
)
_NON_URL_WIDE = re.compile(NON_URL_WIDE)
_BAD_PERCENT = re.compile('%(?![0-9A-Fa-f]{2})')
_DOT_SEGMENT = re.compile(r'/\.|%2e', re.IGNORECASE)
_NUMBER_END = frozenset('0123456789.')
_BYTE = r'(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])'
_CANONICAL_IPV4 = re.compile(r'\.'.join([_BYTE] * 4))  # already as it serializes
# what a domain may hold after UTS #46 (no forbidden domain code point)
_DOMAIN_OK = frozenset('abcdefghijklmnopqrstuvwxyz0123456789-._~!$&\'()*+,;="`{}')


def fast_parse(text: str, strict: bool):
    """The parts of `text`, or None when it needs the full parser."""
    m = _FAST.fullmatch(text)
    if m is None:
        return None
    if strict and not text.isascii() and _NON_URL_WIDE.search(text):
        return None
    scheme, username, password, host, port, path, query, fragment = m.groups()
    if '%' in text and strict and _BAD_PERCENT.search(text):
        return None
    scheme = scheme.lower()
    default_port = SPECIAL_PORTS.get(scheme, -1)
    if default_port == -1:
        special = False
    elif scheme == 'file':
        return None
    else:
        special = True
    if host[0] == '[':
        try:
            host = serialize_ipv6(parse_ipv6(host[1:-1]))
        except ErrorSpec:
            return None
        kind = IPV6
        if "'" in (query or '') and special:
            return None  # encoded in special queries
        if path is None:
            path = '/' if special else ''
    elif special:
        if "'" in (query or ''):
            return None  # encoded in special queries
        if host.isascii():
            host = host.lower()
        if not host.isascii() or 'xn--' in host:
            try:
                host = domain_to_ascii(host)  # (cached per host)
            except IdnaError:
                return None
            if not host or not _DOMAIN_OK.issuperset(host):
                return None
        kind = DOMAIN
        if (host[-1] in _NUMBER_END or '0x' in host) and ends_in_a_number(host):
            if _CANONICAL_IPV4.fullmatch(host) is None:
                try:
                    host = serialize_ipv4(parse_ipv4(host))
                except ErrorSpec:
                    return None
            kind = IPV4
        if path is None:
            path = '/'
    else:
        kind = OPAQUE
        if path is None:
            path = ''
        if not host.isascii():
            host = host.translate(C0_CONTROL)
    if path and (('/.' in path or '%2' in path) and _DOT_SEGMENT.search(path)):
        segments = []
        parse_path(path[1:], special, segments, None)
        path = '/' + '/'.join(segments)
    if username is None:
        username = ''
    else:
        if not username.isascii():
            username = username.translate(USERINFO)
        if not password:
            password = None
        elif not password.isascii():
            password = password.translate(USERINFO)
    if not path.isascii():
        path = path.translate(PATH)
    if query is not None and not query.isascii():
        query = query.translate(SPECIAL_QUERY if special else QUERY)
    if fragment is not None and not fragment.isascii():
        fragment = fragment.translate(FRAGMENT)
    out = scheme + '://'
    if username or password:
        out += username + ':' + password + '@' if password else username + '@'
    out += host
    if port is not None:
        port = int(port)
        if port > 65535:
            return None
        if port == default_port:
            port = None
        else:
            out += ':%d' % port
    out += path
    if query is not None:
        out += '?' + query
    if fragment is not None:
        out += '#' + fragment
    parts = UrlParts(scheme, username, password, kind, host, port, path, query, fragment)
    parts.text = text if out == text else out
    return parts
