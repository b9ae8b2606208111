"""Host parsing: domain (through UTS #46), IPv4, IPv6 and opaque hosts.

A parsed host is a pair (kind, serialized text); the kinds are `_parts` constants.
"""

from .._error_spec import ErrorSpec
from . import _ip
from ._idna import IdnaError, domain_to_ascii
from ._parts import DOMAIN, EMPTY, IPV4, IPV6, OPAQUE
from ._percent import C0_CONTROL, percent_decode_bytes

__all__ = ['DOMAIN', 'EMPTY', 'IPV4', 'IPV6', 'OPAQUE', 'parse_host', 'parse_opaque_host']

# forbidden host code points ('%' additionally is forbidden in domains, see below)
_FORBIDDEN_HOST = frozenset('\x00\t\n\r #/:<>?@[\\]^|')
_FORBIDDEN_DOMAIN = _FORBIDDEN_HOST | frozenset(chr(i) for i in range(0x20)) | {'%', '\x7f'}
_LOWER_DOMAIN_OK = frozenset('abcdefghijklmnopqrstuvwxyz0123456789-._~!$&\'()*+,;="`{}')


def _error(message: str) -> ErrorSpec:
    return ErrorSpec('url_parsing', {'error': message})


def parse_ipv6_host(text: str) -> tuple:
    if not text.endswith(']'):
        raise _error('invalid IPv6 address')
    return IPV6, _ip.serialize_ipv6(_ip.parse_ipv6(text[1:-1]))


def parse_opaque_host(text: str) -> tuple:
    if text[:1] == '[':
        return parse_ipv6_host(text)
    if not _FORBIDDEN_HOST.isdisjoint(text):
        raise _error('invalid domain character')
    return OPAQUE, text.translate(C0_CONTROL)


def parse_host(text: str) -> tuple:
    """The host of a special URL (text between the authority delimiters, never empty)."""
    if text[:1] == '[':
        return parse_ipv6_host(text)
    if '%' in text:
        text = percent_decode_bytes(text).decode('utf-8', 'replace')
    try:
        domain = domain_to_ascii(text)
    except IdnaError:
        raise _error('invalid international domain name') from None
    if not domain:
        raise _error('empty host')
    if not _LOWER_DOMAIN_OK.issuperset(domain) and not _FORBIDDEN_DOMAIN.isdisjoint(domain):
        raise _error('invalid international domain name')
    if _ip.ends_in_a_number(domain):
        return IPV4, _ip.serialize_ipv4(_ip.parse_ipv4(domain))
    return DOMAIN, domain
