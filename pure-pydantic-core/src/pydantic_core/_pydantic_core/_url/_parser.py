"""The WHATWG "basic URL parser" for absolute URLs, as the native core (Rust `url` crate) applies it.

`parse(text)` returns (UrlParts, last syntax violation or None) or raises
ErrorSpec('url_parsing', {'error': ...}). Syntax violations are the messages the
native core reports in strict mode; only the last one reported counts.

Where the url crate departs from the current standard (file paths and Windows
drive letters, '^' in paths, which violations it reports), this follows what
the native core does.
"""

import re

from .._error_spec import ErrorSpec
from . import _host
from ._fast import fast_parse
from ._units import BAD_UNIT as _BAD_UNIT
from ._parts import SPECIAL_PORTS, UrlParts
from ._percent import C0_CONTROL, FRAGMENT, PATH, QUERY, SPECIAL_QUERY, USERINFO

__all__ = ['parse', 'C0_OR_SPACE']

C0_OR_SPACE = ''.join(chr(i) for i in range(0x21))

V_C0 = 'leading or trailing control or space character are ignored in URLs'
V_TAB = 'tabs or newlines are ignored in URLs'
V_SLASHES = 'expected //'
V_FILE_SLASHES = 'expected // after file:'
V_BACKSLASH = 'backslash'
V_NON_URL = 'non-URL code point'
V_PERCENT = 'expected 2 hex digits after %'
V_AT = 'unencoded @ sign in username or password'
V_NULL = 'NULL characters are ignored in URL fragment identifiers'
V_FILE_HOST = 'file: with host and Windows drive letter'

_SCHEME = re.compile(r'[A-Za-z][A-Za-z0-9+\-.]*:')
_TAB_OR_NEWLINE = re.compile('[\t\n\r]')
_DOUBLE_DOT = frozenset(('..', '.%2e', '.%2E', '%2e.', '%2E.', '%2e%2e', '%2E%2E', '%2e%2E', '%2E%2e'))
_SINGLE_DOT = frozenset(('.', '%2e', '%2E'))
_ALPHA = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')


def _error(message: str) -> ErrorSpec:
    return ErrorSpec('url_parsing', {'error': message})


def last_unit_violation(text: str, violations: list) -> None:
    """Record the last char-level violation of a component (non-URL code point or bad percent escape)."""
    last = None
    for last in _BAD_UNIT.finditer(text):
        pass
    if last is not None:
        violations.append(V_PERCENT if last.group(1) else V_NON_URL)


def _fragment_violations(text: str, violations: list) -> None:
    last = None
    for last in _BAD_UNIT.finditer(text):
        pass
    if last is not None:
        violations.append(V_PERCENT if last.group(1) else V_NULL if last.group() == '\x00' else V_NON_URL)


def _is_drive_letter(segment: str) -> bool:
    return len(segment) == 2 and segment[0] in _ALPHA and segment[1] in ':|'


def _parse_path(text: str, special: bool, is_file: bool, segments: list, violations: list, file_state=None):
    """Append the segments of `text` (the path, without its leading slash) to `segments`.

    For file URLs `file_state` is [host or None, may a drive letter convert?]: a
    Windows drive letter as the first segment gets its ':' (and removes a host)
    when the URL has no authority or a non-empty host, or after a '..' at the
    root; leading empty segments are dropped at the end (an older rule of the
    standard that the url crate keeps).
    """
    if special:
        pieces = re.split(r'([/\\])', text)
    else:
        pieces = text.split('/')
        pieces = [p for piece in pieces for p in (piece, '/')][:-1]
    count = len(pieces)
    for index in range(0, count, 2):
        segment = pieces[index]
        last = index == count - 1
        if violations is not None:
            last_unit_violation(segment, violations)
            if not last and pieces[index + 1] == '\\':
                violations.append(V_BACKSLASH)
        if segment in _DOUBLE_DOT or (len(segment) in (4, 6) and segment.lower() in _DOUBLE_DOT):
            if segments:
                # the url crate never pops a segment that starts with a Windows drive letter
                # ('C:' or 'C|', alone or before a backslash), whatever the scheme
                last_segment = segments[-1]
                if not (_is_drive_letter(last_segment[:2]) and last_segment[2:3] in ('', '\\')):
                    segments.pop()
            elif is_file:
                file_state[1] = True  # a '..' at the root: a drive letter converts from now on
            if last:
                segments.append('')
        elif segment in _SINGLE_DOT:
            if last:
                segments.append('')
        else:
            if is_file and not segments and file_state[1] and _is_drive_letter(segment):
                if file_state[0]:
                    if violations is not None:
                        violations.append(V_FILE_HOST)
                    file_state[0] = ''
                segment = segment[0] + ':'
            segments.append(segment.translate(PATH))
    if is_file:
        while len(segments) > 1 and segments[0] == '':
            del segments[0]


def parse(text: str, want_violations: bool = False):
    """Parse an absolute URL. Returns (UrlParts, last violation or None)."""
    parts = fast_parse(text, want_violations)
    if parts is not None:
        return parts, None
    violations = [] if want_violations else None
    trimmed = text.strip(C0_OR_SPACE)
    if trimmed is not text and trimmed != text and violations is not None:
        violations.append(V_C0)
    if '\t' in trimmed or '\n' in trimmed or '\r' in trimmed:
        if violations is not None:
            violations.append(V_TAB)
        trimmed = _TAB_OR_NEWLINE.sub('', trimmed)
    s = trimmed
    m = _SCHEME.match(s)
    if m is None:
        raise _error('relative URL without a base')
    pos = m.end()
    scheme = s[: pos - 1].lower()
    n = len(s)
    special = scheme in SPECIAL_PORTS
    username = ''
    password = None
    host_kind = None
    host = None
    port = None
    query = None
    fragment = None
    segments = None  # a list for hierarchical paths
    opaque_path = None

    # where the path (and then query, fragment) of the rest ends
    def split_tail(start):
        q = s.find('?', start)
        h = s.find('#', start)
        if h >= 0 and (q < 0 or h < q):
            return h, None, h
        return (q if q >= 0 else (h if h >= 0 else n)), q if q >= 0 else None, h if h >= 0 else None

    if scheme == 'file':
        if not s.startswith('//', pos) and violations is not None:
            violations.append(V_FILE_SLASHES)
        file_state = [None, True]
        c = s[pos : pos + 1]
        path_start = pos
        if c == '/' or c == '\\':
            if c == '\\' and violations is not None:
                violations.append(V_BACKSLASH)
            pos += 1
            c = s[pos : pos + 1]
            path_start = pos
            if c == '/' or c == '\\':
                if c == '\\' and violations is not None:
                    violations.append(V_BACKSLASH)
                pos += 1
                # file host state
                end = pos
                while end < n and s[end] not in '/\\?#':
                    end += 1
                buffer = s[pos:end]
                if _is_drive_letter(buffer):
                    path_start = pos  # the buffer is read again as the first path segment
                    file_state = ['', True]
                    host_kind, host = _host.EMPTY, ''
                else:
                    if buffer == '':
                        host_kind, host = _host.EMPTY, ''
                    else:
                        host_kind, host = _host.parse_host(buffer)
                        if host == 'localhost':
                            host_kind, host = _host.EMPTY, ''
                    file_state = [host, host != '']
                    # path start state
                    path_start = end
                    if end < n and s[end] in '/\\':
                        if s[end] == '\\' and violations is not None:
                            violations.append(V_BACKSLASH)
                        path_start = end + 1
            elif True:
                host_kind, host = _host.EMPTY, ''
        else:
            host_kind, host = _host.EMPTY, ''
        path_end, q, h = split_tail(path_start)
        segments = []
        _parse_path(s[path_start:path_end], True, True, segments, violations, file_state)
        if file_state[0] is not None and file_state[0] != host:
            host_kind, host = _host.EMPTY, ''
    else:
        has_authority = False
        if special:
            if s.startswith('//', pos):
                pos += 2
            elif violations is not None:
                violations.append(V_SLASHES)
            while pos < n and (s[pos] == '/' or s[pos] == '\\'):
                if violations is not None:
                    violations.append(V_SLASHES)
                pos += 1
            has_authority = True
        elif s.startswith('//', pos):
            pos += 2
            has_authority = True
        if has_authority:
            # authority state: up to the first '/', '?', '#' (or '\' in special URLs)
            end = pos
            stops = '/\\?#' if special else '/?#'
            while end < n and s[end] not in stops:
                end += 1
            authority = s[pos:end]
            at = authority.rfind('@')
            if at >= 0:
                userinfo = authority[:at]
                hostport = authority[at + 1 :]
                if violations is not None:
                    _userinfo_violations(userinfo, violations)
                colon = userinfo.find(':')
                if colon >= 0:
                    username = userinfo[:colon].translate(USERINFO)
                    password = userinfo[colon + 1 :].translate(USERINFO) or None
                else:
                    username = userinfo.translate(USERINFO)
                if hostport == '':
                    # the url crate: special URLs need a host; otherwise an empty host is an
                    # error after a non-empty username or password, or after a lone '@' that
                    # a '/', '?' or '#' follows
                    if special or username or password or (not userinfo and end < n):
                        raise _error('empty host')
            else:
                hostport = authority
            # host state: the first ':' outside brackets ends the host
            colon = -1
            brackets = False
            for index, ch in enumerate(hostport):
                if ch == '[':
                    brackets = True
                elif ch == ']':
                    brackets = False
                elif ch == ':' and not brackets:
                    colon = index
                    break
            if colon >= 0:
                host_text = hostport[:colon]
                port_text = hostport[colon + 1 :]
                if host_text == '':
                    raise _error('empty host')
            else:
                host_text = hostport
                port_text = ''
            if special:
                if host_text == '':
                    raise _error('empty host')
                host_kind, host = _host.parse_host(host_text)
            elif host_text == '':
                host_kind, host = _host.EMPTY, ''
            else:
                host_kind, host = _host.parse_opaque_host(host_text)
            if not special and '\\' in port_text:
                # the port also ends at a backslash, which then starts the path
                cut = port_text.index('\\')
                end -= len(port_text) - cut
                port_text = port_text[:cut]
            if port_text:
                if not port_text.isdigit() or not port_text.isascii():
                    raise _error('invalid port number')
                port = int(port_text)
                if port > 65535:
                    raise _error('invalid port number')
                if port == SPECIAL_PORTS.get(scheme):
                    port = None
            pos = end
            # path start state
            if special:
                if pos < n and (s[pos] == '/' or s[pos] == '\\'):
                    if s[pos] == '\\' and violations is not None:
                        violations.append(V_BACKSLASH)
                    pos += 1
                path_end, q, h = split_tail(pos)
                segments = []
                _parse_path(s[pos:path_end], True, False, segments, violations)
            else:
                path_end, q, h = split_tail(pos)
                segments = []
                if pos < path_end:
                    skip = 1 if s[pos] == '/' else 0
                    _parse_path(s[pos + skip : path_end], False, False, segments, violations)
        elif s.startswith('/', pos):
            # path or authority state, then path state
            path_end, q, h = split_tail(pos + 1)
            segments = []
            _parse_path(s[pos + 1 : path_end], False, False, segments, violations)
        else:
            # opaque path state
            path_end, q, h = split_tail(pos)
            raw = s[pos:path_end]
            if violations is not None:
                last_unit_violation(raw, violations)
            opaque_path = raw.translate(C0_CONTROL)
    if q is not None:
        end = h if h is not None else n
        raw = s[q + 1 : end]
        if violations is not None:
            last_unit_violation(raw, violations)
        query = raw.translate(SPECIAL_QUERY if special else QUERY)
    if h is not None:
        raw = s[h + 1 :]
        if violations is not None:
            _fragment_violations(raw, violations)
        fragment = raw.translate(FRAGMENT)
    if opaque_path is not None:
        path = opaque_path
    elif segments:
        path = '/' + '/'.join(segments)
    else:
        path = ''
    parts = UrlParts(scheme, username, password, host_kind, host, port, path, query, fragment)
    return parts, (violations[-1] if violations else None)


def _userinfo_violations(userinfo: str, violations: list) -> None:
    """The userinfo's violations: an unencoded '@' first, then its char-level ones in order."""
    if '@' in userinfo:
        violations.append(V_AT)
    last_unit_violation(userinfo.replace('@', '%40'), violations)
