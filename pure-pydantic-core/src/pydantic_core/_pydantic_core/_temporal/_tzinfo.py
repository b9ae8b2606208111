"""`TzInfo`: the fixed-offset tzinfo that parsed datetimes and times carry.

Natively this is a final class of `pydantic_core._pydantic_core` whose state is
a whole number of seconds (a 32-bit integer), so every float given to it is
cut toward zero, while the range check looks at the *rounded* value.
"""

import struct as _struct
from math import inf as _INF
from datetime import datetime as _datetime, timedelta as _timedelta, tzinfo as _tzinfo

_I32_MIN = -(2**31)
_I32_MAX = 2**31 - 1
_NO_ARG = object()


def _saturate_i32(value: float) -> int:
    # A float-to-i32 cast saturates, and NaN becomes 0.
    if value != value:
        return 0
    if value >= _I32_MAX:
        return _I32_MAX
    if value <= _I32_MIN:
        return _I32_MIN
    return int(value)


def _as_f32(value: float) -> float:
    # The native constructor narrows the offset to a 32-bit float first.
    try:
        return _struct.unpack('<f', _struct.pack('<f', value))[0]
    except OverflowError:
        return _INF if value > 0 else -_INF


def _type_name(obj) -> str:
    tp = type(obj)
    module = tp.__module__
    # Classes written in C carry their module in their name ('datetime.timedelta').
    if module == 'builtins' or tp.__flags__ & (1 << 9):
        return tp.__qualname__
    return f'{module}.{tp.__qualname__}'


def _real_as_float(value) -> float:
    tp = type(value)
    if tp is float:
        return value
    if tp is int or tp is bool or hasattr(tp, '__float__') or hasattr(tp, '__index__'):
        try:
            return float(value)
        except OverflowError:
            return _INF if value > 0 else -_INF
    raise TypeError(f"argument 'seconds': must be real number, not {_type_name(value)}")


def _siphash13(data: bytes) -> int:
    # Native hashing: Rust's default hasher (SipHash-1-3, zero keys) over the i32 offset.
    mask = 0xFFFFFFFFFFFFFFFF
    v0, v1, v2, v3 = 0x736F6D6570736575, 0x646F72616E646F6D, 0x6C7967656E657261, 0x7465646279746573

    def rounds(v0, v1, v2, v3, n):
        for _ in range(n):
            v0 = (v0 + v1) & mask
            v1 = ((v1 << 13) | (v1 >> 51)) & mask
            v1 ^= v0
            v0 = ((v0 << 32) | (v0 >> 32)) & mask
            v2 = (v2 + v3) & mask
            v3 = ((v3 << 16) | (v3 >> 48)) & mask
            v3 ^= v2
            v0 = (v0 + v3) & mask
            v3 = ((v3 << 21) | (v3 >> 43)) & mask
            v3 ^= v0
            v2 = (v2 + v1) & mask
            v1 = ((v1 << 17) | (v1 >> 47)) & mask
            v1 ^= v2
            v2 = ((v2 << 32) | (v2 >> 32)) & mask
        return v0, v1, v2, v3

    length = len(data)
    full = length - length % 8
    for i in range(0, full, 8):
        m = int.from_bytes(data[i : i + 8], 'little')
        v3 ^= m
        v0, v1, v2, v3 = rounds(v0, v1, v2, v3, 1)
        v0 ^= m
    last = ((length & 0xFF) << 56) | int.from_bytes(data[full:], 'little')
    v3 ^= last
    v0, v1, v2, v3 = rounds(v0, v1, v2, v3, 1)
    v0 ^= last
    v2 ^= 0xFF
    v0, v1, v2, v3 = rounds(v0, v1, v2, v3, 3)
    result = v0 ^ v1 ^ v2 ^ v3
    if result >= 1 << 63:
        result -= 1 << 64
    return -2 if result == -1 else result


def offset_name(seconds: int) -> str:
    """'UTC', or '+HH:MM' with ':SS' when the offset has seconds (tzname and str)."""
    if seconds == 0:
        return 'UTC'
    sign = '-' if seconds < 0 else '+'
    minutes, secs = divmod(abs(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if secs:
        return f'{sign}{hours:02}:{minutes:02}:{secs:02}'
    return f'{sign}{hours:02}:{minutes:02}'


class TzInfo(_tzinfo):
    __slots__ = ('_seconds', '_offset', '_hash')
    __doc__ = ''

    def __new__(cls, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f'TzInfo.__new__() takes from 0 to 1 positional arguments but {len(args)} were given')
        seconds = args[0] if args else _NO_ARG
        for key, value in kwargs.items():
            if key != 'seconds':
                raise TypeError(f"TzInfo.__new__() got an unexpected keyword argument '{key}'")
            if seconds is not _NO_ARG:
                raise TypeError("TzInfo.__new__() got multiple values for argument 'seconds'")
            seconds = value
        if seconds is _NO_ARG:
            return _make(0)
        whole = _saturate_i32(_as_f32(_real_as_float(seconds)))
        # The native check takes a wrapping absolute value: i32::MIN passes it.
        if whole != _I32_MIN and abs(whole) >= 86400:
            raise ValueError(
                f'TzInfo offset must be strictly between -86400 and 86400 (24 hours) seconds, got {whole}'
            )
        return _make(whole)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'pydantic_core._pydantic_core.TzInfo' is not an acceptable base type")

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return offset_name(self._seconds)

    def fromutc(self, dt):
        if not isinstance(dt, _datetime):
            raise TypeError(f"argument 'dt': '{type(dt).__name__}' object is not an instance of 'datetime'")
        return dt + self._offset

    def __repr__(self):
        return f'TzInfo({self._seconds})'

    def __str__(self):
        return offset_name(self._seconds)

    def __hash__(self):
        h = self._hash
        if h is None:
            h = self._hash = _siphash13(_struct.pack('<i', self._seconds))
        return h

    def _other_offset(self, other):
        if not isinstance(other, _tzinfo):
            return None
        offset = other.utcoffset(None)
        return offset

    def __eq__(self, other):
        offset = self._other_offset(other)
        return NotImplemented if offset is None else self._offset == offset

    def __ne__(self, other):
        offset = self._other_offset(other)
        return NotImplemented if offset is None else self._offset != offset

    def __lt__(self, other):
        offset = self._other_offset(other)
        return NotImplemented if offset is None else self._offset < offset

    def __le__(self, other):
        offset = self._other_offset(other)
        return NotImplemented if offset is None else self._offset <= offset

    def __gt__(self, other):
        offset = self._other_offset(other)
        return NotImplemented if offset is None else self._offset > offset

    def __ge__(self, other):
        offset = self._other_offset(other)
        return NotImplemented if offset is None else self._offset >= offset

    def __reduce__(self):
        return (TzInfo, (self._seconds,))

    def __getstate__(self):
        return None

    def __deepcopy__(self, _memo):
        if not isinstance(_memo, dict):
            got = "'None'" if _memo is None else f"'{type(_memo).__name__}' object"
            raise TypeError(f"argument '_memo': {got} is not an instance of 'dict'")
        return _make(self._seconds)


TzInfo.__module__ = 'pydantic_core._pydantic_core'

_new_tzinfo = _tzinfo.__new__


def _make(seconds: int) -> TzInfo:
    tz = _new_tzinfo(TzInfo)
    tz._seconds = seconds
    tz._offset = _timedelta(seconds=seconds)
    tz._hash = None
    return tz


_CACHE: dict = {}


def tzinfo_for(seconds: int) -> TzInfo:
    """The TzInfo for a validated offset in whole seconds; shared, since it is immutable."""
    tz = _CACHE.get(seconds)
    if tz is None:
        tz = _CACHE[seconds] = _make(seconds)
    return tz


UTC = tzinfo_for(0)
