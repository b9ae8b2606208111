"""Punycode (RFC 3492) for IDNA labels: a compact encoder and a strict decoder.

The stdlib codec is slower and lenient where RFC 3492 is not (a delimiter in
first position, overflow); the decoder here fails as the RFC says.
"""

__all__ = ['encode', 'decode']

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789'
_VALUES = {ch: i for i, ch in enumerate(_DIGITS)}
_VALUES.update({ch.upper(): i for i, ch in enumerate(_DIGITS[:26])})
_MAX = 0x7FFFFFFF  # the RFC's overflow bound (32-bit signed, as implementations use)


def _adapt(delta: int, count: int, first: bool) -> int:
    delta = delta // _DAMP if first else delta >> 1
    delta += delta // count
    k = 0
    while delta > 455:  # ((BASE - TMIN) * TMAX) // 2
        delta //= 35  # BASE - TMIN
        k += _BASE
    return k + (36 * delta) // (delta + _SKEW)


def encode(label: str) -> str:
    """The punycode of `label` (without the 'xn--' prefix)."""
    codes = [ord(ch) for ch in label]
    out = [ch for ch in label if ch < '\x80']
    handled = basic = len(out)
    if basic:
        out.append('-')
    n, delta, bias = 0x80, 0, 72
    total = len(codes)
    while handled < total:
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                q = delta
                k = _BASE
                while True:
                    t = _TMIN if k <= bias else _TMAX if k >= bias + _TMAX else k - bias
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, handled + 1, handled == basic)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return ''.join(out)


def decode(text: str) -> str:
    """The label that `text` (without 'xn--') encodes; ValueError where RFC 3492 fails."""
    delimiter = text.rfind('-')
    if delimiter > 0:
        output = [ord(ch) for ch in text[:delimiter]]
        if any(c >= 0x80 for c in output):
            raise ValueError('non-basic code point')
        position = delimiter + 1
    else:
        output = []
        position = 0  # (a delimiter in first position is then read as a digit, and fails)
    n, i, bias = 0x80, 0, 72
    length = len(text)
    while position < length:
        old_i, w, k = i, 1, _BASE
        while True:
            if position >= length:
                raise ValueError('truncated')
            digit = _VALUES.get(text[position])
            if digit is None:
                raise ValueError('bad digit')
            position += 1
            i += digit * w
            if i > _MAX:
                raise ValueError('overflow')
            t = _TMIN if k <= bias else _TMAX if k >= bias + _TMAX else k - bias
            if digit < t:
                break
            w *= _BASE - t
            if w > _MAX:
                raise ValueError('overflow')
            k += _BASE
        count = len(output) + 1
        bias = _adapt(i - old_i, count, old_i == 0)
        n += i // count
        if n > 0x10FFFF:
            raise ValueError('overflow')
        i %= count
        output.insert(i, n)
        i += 1
    return ''.join(map(chr, output))
