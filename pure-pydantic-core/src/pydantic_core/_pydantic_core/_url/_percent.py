"""Percent-encode sets of the WHATWG URL Standard, as `str.translate` tables.

Every non-ASCII code point is always encoded (as the %XX of its UTF-8 bytes);
an ASCII character is encoded when it belongs to the component's set. Each set
is one `dict` subclass whose `__missing__` encodes (and caches) non-ASCII
characters, so `text.translate(SET)` is the whole encoder.
"""

__all__ = [
    'C0_CONTROL',
    'FRAGMENT',
    'QUERY',
    'SPECIAL_QUERY',
    'PATH',
    'USERINFO',
    'encode_utf8',
    'percent_decode_bytes',
]


def encode_utf8(ch: str) -> str:
    return ''.join(['%%%02X' % b for b in ch.encode('utf-8', 'surrogatepass')])


class _EncodeTable(dict):
    __slots__ = ()

    def __missing__(self, code: int) -> str:
        encoded = encode_utf8(chr(code))
        if len(self) < 4096:  # a cache, bounded so odd inputs cannot grow it forever
            self[code] = encoded
        return encoded


def _table(ascii_chars: str) -> _EncodeTable:
    table = _EncodeTable()
    for ch in ascii_chars:
        table[ord(ch)] = '%%%02X' % ord(ch)
    # ASCII characters not in the set map to themselves: keep them out of __missing__
    for code in range(0x80):
        table.setdefault(code, chr(code))
    return table


_C0 = ''.join(chr(i) for i in range(0x20)) + '\x7f'
# The url crate (unlike the newest standard) leaves '^' unencoded in paths.
C0_CONTROL = _table(_C0)
FRAGMENT = _table(_C0 + ' "<>`')
QUERY = _table(_C0 + ' "#<>')
SPECIAL_QUERY = _table(_C0 + ' "#<>\'')
PATH = _table(_C0 + ' "#<>?`{}')
USERINFO = _table(_C0 + ' "#<>?`{}/:;=@[\\]^|')

_HEX = {a + b: int(a + b, 16) for a in '0123456789abcdefABCDEF' for b in '0123456789abcdefABCDEF'}


def percent_decode_bytes(text: str) -> bytes:
    """Percent-decode `text` (its UTF-8 bytes); a '%' not followed by two hex digits stays as is."""
    data = text.encode('utf-8', 'surrogatepass')
    if b'%' not in data:
        return data
    parts = data.split(b'%')
    out = bytearray(parts[0])
    for part in parts[1:]:
        value = _HEX.get(part[:2].decode('latin-1'))
        if value is None:
            out += b'%'
            out += part
        else:
            out.append(value)
            out += part[2:]
    return bytes(out)
