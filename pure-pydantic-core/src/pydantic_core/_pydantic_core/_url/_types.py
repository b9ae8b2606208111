"""The public `Url` and `MultiHostUrl` classes.

Instances are immutable. `_parts` holds the parsed components, `_str` what
`str()` shows (without the '/' of an empty special path when the URL was
parsed with preserve_empty_path), `_key` what equality, ordering and hashing
use: for Url the full serialization (the native core compares the parsed URLs,
so 'http://a' kept without its slash equals 'http://a/'), for MultiHostUrl
what str() shows.
"""

import operator

from ._parts import DOMAIN, SPECIAL_PORTS

__all__ = ['Url', 'MultiHostUrl', 'make_url', 'make_multi_host_url']

_MODULE = 'pydantic_core._pydantic_core'
_MISSING = object()  # `build()`'s required host, checked with the native message


def _check_preserve(value) -> None:
    if value.__class__ is not bool:
        what = "'None'" if value is None else f"'{type(value).__name__}' object"
        raise TypeError(f"argument 'preserve_empty_path': {what} is not an instance of 'bool'")


class Url:
    """
    A URL type, internal logic uses the [url rust crate](https://docs.rs/url/latest/url/) originally developed
    by Mozilla.
    """

    __slots__ = ('_parts', '_str', '_key', '_empty_path')

    def __new__(cls, url, *, preserve_empty_path=False):
        _check_preserve(preserve_empty_path)
        from ._validate import construct_url

        return construct_url(cls, url, preserve_empty_path)

    @property
    def scheme(self) -> str:
        return self._parts.scheme

    @property
    def username(self):
        return self._parts.username or None

    @property
    def password(self):
        return self._parts.password

    @property
    def host(self):
        return self._parts.host or None

    def unicode_host(self):
        parts = self._parts
        if parts.host_kind == DOMAIN and 'xn--' in parts.host:
            from ._idna import domain_to_unicode

            return domain_to_unicode(parts.host)
        return parts.host or None

    @property
    def port(self):
        port = self._parts.port
        if port is None:
            return SPECIAL_PORTS.get(self._parts.scheme)
        return port

    @property
    def path(self):
        if self._empty_path:
            return None
        return self._parts.path or None

    @property
    def query(self):
        return self._parts.query

    def query_params(self):
        from ._query import parse_query

        return parse_query(self._parts.query)

    @property
    def fragment(self):
        return self._parts.fragment

    def unicode_string(self) -> str:
        return _unicode_string(self._parts, self._str)

    def __str__(self) -> str:
        return self._str

    def __repr__(self) -> str:
        return f"Url('{self._str}')"

    def __deepcopy__(self, memo):
        return _new_url(Url, self._parts, self._str, self._key, self._empty_path)

    def __getnewargs__(self):
        return (self._str,)

    def __getstate__(self):
        return None

    def __bool__(self) -> bool:
        return True

    def __hash__(self) -> int:
        return hash(self._key)

    @classmethod
    def build(
        cls, *, scheme, username=None, password=None, host=_MISSING, port=None, path=None, query=None, fragment=None
    ):
        from ._build import build_url

        if host is _MISSING:
            raise TypeError(f"{cls.__name__}.build() missing 1 required keyword argument: 'host'")
        return build_url(cls, scheme, username, password, host, port, path, query, fragment)


def _unicode_string(parts, text: str) -> str:
    """`text` with the host in Unicode, at the position the native core puts it.

    The native core writes the Unicode host right after 'scheme://' over as many
    characters as the ASCII host has, even when a userinfo comes first (so such
    URLs come out garbled); this reproduces it.
    """
    host = parts.host
    if parts.host_kind != DOMAIN or 'xn--' not in host:
        return text
    from ._idna import domain_to_unicode

    unicode_host = domain_to_unicode(host)
    if unicode_host == host:
        return text
    start = len(parts.scheme) + 3
    return text[:start] + unicode_host + text[start + len(host) :]


def _new_url(cls, parts, text, key, empty_path):
    url = object.__new__(cls)
    url._parts = parts
    url._str = text
    url._key = key
    url._empty_path = empty_path
    return url


def make_url(cls, parts, preserve_empty_path: bool = False, path_is_empty: bool = False):
    """A `cls` instance (Url or a subclass) for parsed parts."""
    key = parts.serialize()
    if preserve_empty_path and path_is_empty and parts.path == '/' and parts.scheme in SPECIAL_PORTS:
        return _new_url(cls, parts, parts.serialize(False, True), key, True)
    return _new_url(cls, parts, key, key, False)


class MultiHostUrl:
    """
    A URL type with support for multiple hosts, as used by some databases for DSNs, e.g. `https://foo.com,bar.com/path`.

    Internal URL logic uses the [url rust crate](https://docs.rs/url/latest/url/) originally developed
    by Mozilla.
    """

    __slots__ = ('_parts', '_extra', '_str', '_key', '_empty_path')

    def __new__(cls, url, *, preserve_empty_path=False):
        _check_preserve(preserve_empty_path)
        from ._validate import construct_multi_host_url

        return construct_multi_host_url(cls, url, preserve_empty_path)

    @property
    def scheme(self) -> str:
        return self._parts.scheme

    @property
    def path(self):
        if self._empty_path:
            return None
        return self._parts.path or None

    @property
    def query(self):
        return self._parts.query

    def query_params(self):
        from ._query import parse_query

        return parse_query(self._parts.query)

    @property
    def fragment(self):
        return self._parts.fragment

    def hosts(self):
        default_port = SPECIAL_PORTS.get(self._parts.scheme)
        out = []
        for parts in (*self._extra, self._parts):
            if parts.host:
                out.append(
                    {
                        'username': parts.username or None,
                        'password': parts.password,
                        'host': parts.host,
                        'port': default_port if parts.port is None else parts.port,
                    }
                )
        return out

    def unicode_string(self) -> str:
        parts = self._parts
        if not self._extra:
            return _unicode_string(parts, self._str)
        prefix = len(parts.scheme) + 3
        hosts = []
        for host_parts in self._extra:
            text = _unicode_string(host_parts, host_parts.serialize())[prefix:]
            if host_parts.path == '/' and text.endswith('/'):
                text = text[:-1]
            hosts.append(text)
        main = _unicode_string(parts, parts.serialize(False, self._empty_path))
        return main[:prefix] + ','.join(hosts) + ',' + main[prefix:]

    def __str__(self) -> str:
        return self._str

    def __repr__(self) -> str:
        return f"MultiHostUrl('{self._str}')"

    def __deepcopy__(self, memo):
        return _new_multi(MultiHostUrl, self._parts, self._extra, self._str, self._key, self._empty_path)

    def __getnewargs__(self):
        return (self._str,)

    def __getstate__(self):
        return None

    def __bool__(self) -> bool:
        return True

    def __hash__(self) -> int:
        return hash(self._key)

    @classmethod
    def build(
        cls,
        *,
        scheme,
        hosts=None,
        username=None,
        password=None,
        host=None,
        port=None,
        path=None,
        query=None,
        fragment=None,
    ):
        from ._build import build_multi_host_url

        return build_multi_host_url(cls, scheme, hosts, username, password, host, port, path, query, fragment)


def _add_comparisons(cls) -> None:
    """==, !=, <, <=, >, >= on `_key`, between instances of `cls` (and its subclasses) only."""

    def define(name, compare):
        def method(self, other):
            if isinstance(other, cls):
                return compare(self._key, other._key)
            return NotImplemented

        method.__name__ = method.__qualname__ = name
        setattr(cls, name, method)

    for name, compare in (('__eq__', operator.eq), ('__ne__', operator.ne), ('__lt__', operator.lt),
                          ('__le__', operator.le), ('__gt__', operator.gt), ('__ge__', operator.ge)):
        define(name, compare)


for _cls in (Url, MultiHostUrl):
    _add_comparisons(_cls)
    _cls.__module__ = _MODULE
del _cls


def _new_multi(cls, parts, extra, text, key, empty_path):
    url = object.__new__(cls)
    url._parts = parts
    url._extra = extra
    url._str = text
    url._key = key
    url._empty_path = empty_path
    return url


def _multi_serialize(parts, extra, empty_path: bool) -> str:
    main = parts.serialize(False, empty_path)
    if not extra:
        return main
    prefix = parts.scheme + '://'
    hosts = [host_parts.authority(host_parts.host) for host_parts in extra]
    return prefix + ','.join(hosts) + ',' + main[len(prefix) :]


def make_multi_host_url(cls, parts, extra, preserve_empty_path: bool = False, path_is_empty: bool = False):
    empty_path = preserve_empty_path and path_is_empty and parts.path == '/' and parts.scheme in SPECIAL_PORTS
    # (unlike Url, the native MultiHostUrl compares and hashes what str() shows)
    text = _multi_serialize(parts, extra, empty_path)
    return _new_multi(cls, parts, extra, text, text, empty_path)
