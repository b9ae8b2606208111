"""Changing parsed URLs: the schemas' default_host/default_port/default_path, and `build()`.

The setters behave as the url crate's `set_host`, `set_port` and `set_path` do
in the native core (observed), which is not always the URL Standard's setters.
"""

from .._error_spec import ErrorSpec
from . import _host
from ._path import parse_path
from ._parts import SPECIAL_PORTS
from ._percent import C0_CONTROL

__all__ = ['apply_defaults', 'build_url', 'build_multi_host_url']


def _error(message: str) -> ErrorSpec:
    return ErrorSpec('url_parsing', {'error': message})


def _is_opaque(parts) -> bool:
    return parts.host is None and parts.path[:1] != '/'


def set_host(parts, text: str) -> None:
    special = parts.scheme in SPECIAL_PORTS
    if _is_opaque(parts):
        raise _error('a cannot-be-a-base URL doesn\u2019t have a host to set')
    if text == '':
        if special:
            raise _error('empty host')
        parts.host_kind, parts.host = _host.EMPTY, ''
        return
    if text[0] != '[':
        # the host ends at a ':' (a port there is ignored)
        text = text.split(':', 1)[0]
        if text == '':
            raise _error('invalid domain character')
    if special:
        kind, host = _host.parse_host(text)  # (a 'localhost' stays)
    else:
        kind, host = _host.parse_opaque_host(text)
    parts.host_kind, parts.host = kind, host


def set_port(parts, port: int) -> None:
    if not parts.host or parts.scheme == 'file':
        raise _error('empty host')
    parts.port = None if port == SPECIAL_PORTS.get(parts.scheme) else port


def set_path(parts, text: str) -> None:
    special = parts.scheme in SPECIAL_PORTS
    if _is_opaque(parts):
        path = text.translate(C0_CONTROL)
        if path[:1] == '/':
            path = '%2F' + path[1:]
        parts.path = path
        return
    if not special:
        for stop in ('?', '#'):
            index = text.find(stop)
            if index >= 0:
                text = text[:index]
        if text == '':
            parts.path = ''
            return
    if text[:1] == '/' or (special and text[:1] == '\\'):
        text = text[1:]
    segments = []
    if special:
        text = text.replace('?', '%3F').replace('#', '%23')
    parse_path(text, special, segments, None, [None, True, ()] if parts.scheme == 'file' else None)
    parts.path = '/' + '/'.join(segments)


def apply_defaults(parts, default_host, default_port, default_path) -> None:
    parts.text = None
    if default_host is not None and not parts.host:
        set_host(parts, default_host)
    if default_port is not None and parts.port is None:
        set_port(parts, default_port)
    if default_path is not None and parts.path in ('', '/'):
        set_path(parts, default_path)


def _str_arg(name: str, value) -> None:
    """Argument conversion as the native signature does it (a TypeError naming the argument)."""
    if not isinstance(value, str):
        if value is None:
            raise TypeError(f"argument '{name}': 'None' is not an instance of 'str'")
        raise TypeError(f"argument '{name}': '{type(value).__name__}' object is not an instance of 'str'")


def _port_arg(name: str, value):
    try:
        value = value.__index__()
    except AttributeError:
        raise TypeError(f"argument '{name}': '{type(value).__name__}' object cannot be interpreted as an integer") from None
    if not 0 <= value <= 65535:
        raise OverflowError('out of range integral type conversion attempted')
    return value


def _optional(name: str, value, convert=_str_arg):
    if value is not None:
        result = convert(name, value)
        return value if result is None else result
    return None


def _authority(username, password, host, port) -> str:
    if password is not None:
        out = f'{username or ""}:{password}@'
    elif username is not None:
        out = username + '@'
    else:
        out = ''
    out += host or ''
    if port is not None:
        out += ':%d' % port
    return out


def _tail(path, query, fragment) -> str:
    out = ''
    if path is not None:
        out += '/' + path
    if query is not None:
        out += '?' + query
    if fragment is not None:
        out += '#' + fragment
    return out


def build_url(cls, scheme, username, password, host, port, path, query, fragment):
    _str_arg('scheme', scheme)
    _str_arg('host', host)
    _optional('username', username)
    _optional('password', password)
    port = _optional('port', port, _port_arg)
    _optional('path', path)
    _optional('query', query)
    _optional('fragment', fragment)
    return cls(scheme + '://' + _authority(username, password, host, port) + _tail(path, query, fragment))


def _host_item(item) -> tuple:
    """(username, password, host, port) of one MultiHostHost dict, converted as the native core does."""
    if not isinstance(item, dict):
        raise TypeError(f"argument 'hosts': '{type(item).__name__}' object is not an instance of 'dict'")
    values = []
    for key in ('username', 'password', 'host'):
        if key in item:
            _str_arg('hosts', item[key])
            values.append(item[key])
        else:
            values.append(None)
    port = None
    if 'port' in item:
        port = item['port']
        if port is None:
            raise TypeError("argument 'hosts': 'NoneType' object cannot be interpreted as an integer")
        port = _port_arg('hosts', port)
    values.append(port)
    return tuple(values)


def build_multi_host_url(cls, scheme, hosts, username, password, host, port, path, query, fragment):
    _str_arg('scheme', scheme)
    items = None
    if hosts is not None:
        if isinstance(hosts, str):
            raise TypeError("argument 'hosts': Can't extract `str` to `Vec`")
        items = [_host_item(item) for item in hosts]
    # (the native signature converts its arguments in this order)
    _optional('path', path)
    _optional('query', query)
    _optional('fragment', fragment)
    _optional('host', host)
    _optional('username', username)
    _optional('password', password)
    port = _optional('port', port, _port_arg)
    if items is not None:
        if host is not None or username is not None or password is not None or port is not None:
            raise ValueError('expected one of `hosts` or singular values to be set.')
        rendered = []
        for item_username, item_password, item_host, item_port in items:
            if item_password is None and item_host is None and item_port is None:
                raise ValueError("expected one of 'host', 'username', 'password' or 'port' to be set")
            rendered.append(_authority(item_username, item_password, item_host, item_port))
        authority = ','.join(rendered)
    elif host is not None:
        authority = _authority(username, password, host, port)
    else:
        raise ValueError('expected either `host` or `hosts` to be set')
    return cls(scheme + '://' + authority + _tail(path, query, fragment))
