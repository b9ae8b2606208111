"""How an error's input appears in `str(ValidationError)`: a repr, shortened in the middle."""

from __future__ import annotations

__all__ = ['truncated_repr']

# The native core keeps the first 25 and the last 24 bytes (UTF-8) of a repr
# longer than 50 bytes, cut at character boundaries.
_HEAD = 25
_TAIL = 24
_LIMIT = 50


def truncated_repr(value) -> str:
    try:
        text = repr(value)
    except Exception:
        text = f'<unprintable {type(value).__qualname__} object>'
    if len(text) <= _LIMIT // 4:  # cannot exceed 50 bytes
        return text
    data = text.encode('utf-8', 'surrogatepass')
    if len(data) <= _LIMIT:
        return text
    head_end = _HEAD
    while head_end > 0 and (data[head_end] & 0xC0) == 0x80:  # step back to a character start
        head_end -= 1
    tail_start = len(data) - _TAIL
    while tail_start < len(data) and (data[tail_start] & 0xC0) == 0x80:  # forward to a character start
        tail_start += 1
    return (data[:head_end] + b'...' + data[tail_start:]).decode('utf-8', 'surrogatepass')
