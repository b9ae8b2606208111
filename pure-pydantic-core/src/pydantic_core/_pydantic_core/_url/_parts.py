"""The parsed form of one URL, as the parser returns it and the URL classes keep it."""

__all__ = ['SPECIAL_PORTS', 'UrlParts', 'EMPTY', 'DOMAIN', 'IPV4', 'IPV6', 'OPAQUE']

# kinds of host
EMPTY = 0  # a present but empty host ('file:///', 'foo:///')
DOMAIN = 1
IPV4 = 2
IPV6 = 3
OPAQUE = 4

# special schemes and their default ports ('file' has none)
SPECIAL_PORTS = {'http': 80, 'https': 443, 'ws': 80, 'wss': 443, 'ftp': 21, 'file': None}


class UrlParts:
    """Components in serialized (percent-encoded) form.

    username is '' when absent, password None when absent or empty; host is None
    when the URL has no authority, host_kind one of the `_host` constants; port is
    None when absent or the scheme's default; path is the serialized path (opaque
    or '/'-separated), query and fragment None when absent.
    """

    __slots__ = ('scheme', 'username', 'password', 'host_kind', 'host', 'port', 'path', 'query', 'fragment', 'text')

    def __init__(self, scheme, username, password, host_kind, host, port, path, query, fragment):
        self.scheme = scheme
        self.username = username
        self.password = password
        self.host_kind = host_kind
        self.host = host
        self.port = port
        self.path = path
        self.query = query
        self.fragment = fragment
        self.text = None  # the serialization, once computed (reset by whoever changes a component)

    def copy(self) -> 'UrlParts':
        return UrlParts(
            self.scheme,
            self.username,
            self.password,
            self.host_kind,
            self.host,
            self.port,
            self.path,
            self.query,
            self.fragment,
        )

    def authority(self, host: str) -> str:
        """'user:pass@host:port' around the given host text."""
        out = host
        if self.username or self.password is not None:
            userinfo = self.username
            if self.password is not None:
                userinfo += ':' + self.password
            out = userinfo + '@' + host
        if self.port is not None:
            out += ':%d' % self.port
        return out

    def serialize(self, unicode: bool = False, omit_empty_path: bool = False) -> str:
        if not unicode and not omit_empty_path:
            if self.text is None:
                self.text = self._serialize(False, False)
            return self.text
        return self._serialize(unicode, omit_empty_path)

    def _serialize(self, unicode: bool, omit_empty_path: bool) -> str:
        out = self.scheme + ':'
        host = self.host
        if host is not None:
            if unicode and self.host_kind == DOMAIN:
                from ._idna import domain_to_unicode

                host = domain_to_unicode(host)
            out += '//' + self.authority(host)
        elif self.path[:2] == '//':
            out += '/.'  # keeps the path from reading as an authority
        if not (omit_empty_path and self.path == '/'):
            out += self.path
        if self.query is not None:
            out += '?' + self.query
        if self.fragment is not None:
            out += '#' + self.fragment
        return out
