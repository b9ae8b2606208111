"""The WHATWG "basic URL parser" for absolute URLs, as the native core (Rust `url` crate) applies it.

`parse(text, want_violations)` returns (UrlParts, last syntax violation or None)
or raises ErrorSpec('url_parsing', {'error': ...}). The violations are what the
native core reports in strict mode; only the last one reported counts.

Where the url crate departs from the current standard (file paths and Windows
drive letters, '^' in paths, empty hosts after a userinfo, which violations it
reports), this follows what the native core does.
"""

import re

from .._error_spec import ErrorSpec
from . import _host
from . import _violations as V
from ._fast import fast_parse
from ._parts import EMPTY, SPECIAL_PORTS, UrlParts
from ._path import is_drive_letter, parse_path
from ._percent import C0_CONTROL, FRAGMENT, QUERY, SPECIAL_QUERY, USERINFO

__all__ = ['parse', 'parse_slow', 'C0_OR_SPACE']

C0_OR_SPACE = ''.join(chr(i) for i in range(0x21))

_SCHEME = re.compile(r'[A-Za-z][A-Za-z0-9+\-.]*:')
_TAB_OR_NEWLINE = re.compile('[\t\n\r]')
_TAB_RUN = re.compile('[\t\n\r]+')
_SPECIAL_AUTHORITY_END = re.compile(r'[/\\?#]')
_AUTHORITY_END = re.compile(r'[/?#]')


def _error(message: str) -> ErrorSpec:
    return ErrorSpec('url_parsing', {'error': message})


def parse(text: str, want_violations: bool = False):
    """Parse an absolute URL. Returns (UrlParts, last violation or None)."""
    parts = fast_parse(text, want_violations)
    if parts is not None:
        return parts, None
    return parse_slow(text, want_violations)


def parse_slow(text: str, want_violations: bool = False):
    """`parse` without trying the fast path first."""
    violations = [] if want_violations else None
    s = text.strip(C0_OR_SPACE)
    if violations is not None and s != text:
        violations.append(V.C0)
    gaps = ()
    if '\t' in s or '\n' in s or '\r' in s:
        if violations is not None:
            violations.append(V.TAB)
        gaps = _gaps(s)
        s = _TAB_OR_NEWLINE.sub('', s)
    m = _SCHEME.match(s)
    if m is None:
        raise _error('relative URL without a base')
    scheme = m.group()[:-1].lower()
    if scheme == 'file':
        parts, pos = _parse_file(s, m.end(), violations, gaps)
    elif scheme in SPECIAL_PORTS:
        parts, pos = _parse_special(s, scheme, m.end(), violations)
    else:
        parts, pos = _parse_other(s, scheme, m.end(), violations)
    _parse_query_fragment(s, pos, scheme in SPECIAL_PORTS, parts, violations)
    return parts, (violations[-1] if violations else None)


def _gaps(s: str) -> set:
    """Where runs of tabs and newlines were, as positions in the text without them.

    (File paths need them: see `_path.parse_path`.)
    """
    gaps = set()
    removed = 0
    for m in _TAB_RUN.finditer(s):
        gaps.add(m.start() - removed)
        removed += m.end() - m.start()
    return gaps


def _path_end(s: str, start: int) -> int:
    """Where the path starting at `start` ends (at the query or fragment)."""
    end = len(s)
    for stop in ('?', '#'):
        index = s.find(stop, start, end)
        if index >= 0:
            end = index
    return end


def _parse_query_fragment(s: str, pos: int, special: bool, parts, violations) -> None:
    if pos < len(s) and s[pos] == '?':
        end = s.find('#', pos)
        if end < 0:
            end = len(s)
        raw = s[pos + 1 : end]
        if violations is not None:
            V.add_unit_violation(raw, violations)
        parts.query = raw.translate(SPECIAL_QUERY if special else QUERY)
        pos = end
    if pos < len(s):  # at a '#'
        raw = s[pos + 1 :]
        if violations is not None:
            V.add_fragment_violation(raw, violations)
        parts.fragment = raw.translate(FRAGMENT)


def _path_text(segments: list) -> str:
    return '/' + '/'.join(segments) if segments else ''


def _parse_file(s: str, pos: int, violations, gaps):
    """'file:' URLs: file, file slash and file host states, then the path."""
    if violations is not None and not s.startswith('//', pos):
        violations.append(V.FILE_SLASHES)
    host_kind, host = EMPTY, ''
    file_state = [None, True]  # no authority: a drive letter converts
    path_start = pos
    slashes = 0
    while slashes < 2 and s[path_start : path_start + 1] in ('/', '\\'):
        if violations is not None and s[path_start] == '\\':
            violations.append(V.BACKSLASH)
        path_start += 1
        slashes += 1
    if slashes == 2:
        # file host state: up to the next '/', '\', '?' or '#'
        end = path_start
        while end < len(s) and s[end] not in '/\\?#':
            end += 1
        buffer = s[path_start:end]
        if is_drive_letter(buffer):
            file_state = ['', True]  # the buffer is read again as the first path segment
        else:
            if buffer:
                host_kind, host = _host.parse_host(buffer)
                if host == 'localhost':
                    host_kind, host = EMPTY, ''
            file_state = [host, host != '']
            path_start = end
            if end < len(s) and s[end] in '/\\':
                if violations is not None and s[end] == '\\':
                    violations.append(V.BACKSLASH)
                path_start = end + 1
    end = _path_end(s, path_start)
    segments = []
    file_state.append({gap - path_start for gap in gaps})
    parse_path(s[path_start:end], True, segments, violations, file_state)
    if file_state[0] is not None and file_state[0] != host:
        host_kind, host = EMPTY, ''  # removed by a drive letter
    return UrlParts('file', '', None, host_kind, host, None, _path_text(segments), None, None), end


def _split_host_port(hostport: str):
    """(host text, port text): the first ':' outside brackets ends the host."""
    brackets = False
    for index, ch in enumerate(hostport):
        if ch == '[':
            brackets = True
        elif ch == ']':
            brackets = False
        elif ch == ':' and not brackets:
            if index == 0:
                raise _error('empty host')
            return hostport[:index], hostport[index + 1 :]
    return hostport, ''


def _parse_authority(s: str, pos: int, special: bool, scheme: str, violations):
    """userinfo, host and port: (username, password, host_kind, host, port, end of the authority)."""
    m = (_SPECIAL_AUTHORITY_END if special else _AUTHORITY_END).search(s, pos)
    end = m.start() if m else len(s)
    authority = s[pos:end]
    username, password = '', None
    at = authority.rfind('@')
    if at >= 0:
        userinfo = authority[:at]
        hostport = authority[at + 1 :]
        if violations is not None:
            V.add_userinfo_violations(userinfo, violations)
        name, colon, secret = userinfo.partition(':')
        username = name.translate(USERINFO)
        if colon:
            password = secret.translate(USERINFO) or None
        # the url crate: special URLs need a host; otherwise an empty host is an error
        # after a non-empty username or password, or after a lone '@' that a '/', '?'
        # or '#' follows
        if hostport == '' and (special or username or password or (not userinfo and end < len(s))):
            raise _error('empty host')
    else:
        hostport = authority
    host_text, port_text = _split_host_port(hostport)
    if special:
        if host_text == '':
            raise _error('empty host')
        host_kind, host = _host.parse_host(host_text)
    elif host_text == '':
        host_kind, host = EMPTY, ''
    else:
        host_kind, host = _host.parse_opaque_host(host_text)
    if not special and '\\' in port_text:
        # the port also ends at a backslash, which then starts the path
        cut = port_text.index('\\')
        end -= len(port_text) - cut
        port_text = port_text[:cut]
    port = None
    if port_text:
        if not (port_text.isdigit() and port_text.isascii()) or int(port_text) > 65535:
            raise _error('invalid port number')
        port = int(port_text)
        if port == SPECIAL_PORTS.get(scheme):
            port = None
    return username, password, host_kind, host, port, end


def _parse_special(s: str, scheme: str, pos: int, violations):
    """http(s), ws(s), ftp: special authority slashes, authority, path."""
    if s.startswith('//', pos):
        pos += 2
    elif violations is not None:
        violations.append(V.SLASHES)
    while pos < len(s) and s[pos] in '/\\':
        if violations is not None:
            violations.append(V.SLASHES)
        pos += 1
    username, password, host_kind, host, port, pos = _parse_authority(s, pos, True, scheme, violations)
    if pos < len(s) and s[pos] in '/\\':
        if violations is not None and s[pos] == '\\':
            violations.append(V.BACKSLASH)
        pos += 1
    end = _path_end(s, pos)
    segments = []
    parse_path(s[pos:end], True, segments, violations)
    return UrlParts(scheme, username, password, host_kind, host, port, _path_text(segments), None, None), end


def _parse_other(s: str, scheme: str, pos: int, violations):
    """Non-special schemes: authority and path, a path alone, or an opaque path."""
    username, password, host_kind, host, port = '', None, None, None, None
    if s.startswith('//', pos):
        username, password, host_kind, host, port, pos = _parse_authority(s, pos + 2, False, scheme, violations)
        end = _path_end(s, pos)
        segments = []
        if pos < end:
            parse_path(s[pos + (s[pos] == '/') : end], False, segments, violations)
        path = _path_text(segments)
    elif s.startswith('/', pos):
        end = _path_end(s, pos)
        segments = []
        parse_path(s[pos + 1 : end], False, segments, violations)
        path = _path_text(segments)
    else:
        end = _path_end(s, pos)
        raw = s[pos:end]
        if violations is not None:
            V.add_unit_violation(raw, violations)
        path = raw.translate(C0_CONTROL)
    return UrlParts(scheme, username, password, host_kind, host, port, path, None, None), end
