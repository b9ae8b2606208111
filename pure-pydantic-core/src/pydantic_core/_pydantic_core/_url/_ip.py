"""IPv4 and IPv6 host parsing and serialization (WHATWG URL Standard, "host parsing")."""

from .._error_spec import ErrorSpec

__all__ = ['ends_in_a_number', 'parse_ipv4', 'parse_ipv6', 'serialize_ipv4', 'serialize_ipv6']

_HEXDIGITS = frozenset('0123456789abcdefABCDEF')
_DIGITS = frozenset('0123456789')


def _invalid_ipv4():
    return ErrorSpec('url_parsing', {'error': 'invalid IPv4 address'})


def _invalid_ipv6():
    return ErrorSpec('url_parsing', {'error': 'invalid IPv6 address'})


def _ipv4_number(part: str) -> int | None:
    """The value of one dotted part (decimal, 0x-hex or 0-octal), None if it is not a number."""
    if not part:
        return None
    radix = 10
    if part[:2] in ('0x', '0X'):
        part = part[2:]
        radix = 16
        if not part:
            return 0
        if not set(part) <= _HEXDIGITS:
            return None
    elif len(part) > 1 and part[0] == '0':
        part = part[1:]
        radix = 8
        if not set(part) <= frozenset('01234567'):
            return None
    elif not set(part) <= _DIGITS:
        return None
    return int(part, radix)


def ends_in_a_number(domain: str) -> bool:
    parts = domain.split('.')
    if parts[-1] == '':
        if len(parts) == 1:
            return False
        parts.pop()
    last = parts[-1]
    if last and set(last) <= _DIGITS:
        return True
    return _ipv4_number(last) is not None


def parse_ipv4(domain: str) -> int:
    parts = domain.split('.')
    if parts[-1] == '' and len(parts) > 1:
        parts.pop()
    if len(parts) > 4:
        raise _invalid_ipv4()
    numbers = []
    for part in parts:
        value = _ipv4_number(part)
        if value is None:
            raise _invalid_ipv4()
        numbers.append(value)
    last = numbers.pop()
    if any(n > 255 for n in numbers) or last >= 256 ** (4 - len(numbers)):
        raise _invalid_ipv4()
    address = last
    for index, value in enumerate(numbers):
        address += value << (8 * (3 - index))
    return address


def serialize_ipv4(address: int) -> str:
    return '%d.%d.%d.%d' % (address >> 24, (address >> 16) & 255, (address >> 8) & 255, address & 255)


def parse_ipv6(text: str) -> list[int]:
    """The eight 16-bit pieces of the address between the brackets."""
    pieces = [0] * 8
    piece_index = 0
    compress = None
    pointer = 0
    length = len(text)
    if text[:1] == ':':
        if text[1:2] != ':':
            raise _invalid_ipv6()
        pointer = 2
        piece_index = 1
        compress = 1
    while pointer < length:
        if piece_index == 8:
            raise _invalid_ipv6()
        if text[pointer] == ':':
            if compress is not None:
                raise _invalid_ipv6()
            pointer += 1
            piece_index += 1
            compress = piece_index
            continue
        value = 0
        count = 0
        while count < 4 and pointer < length and text[pointer] in _HEXDIGITS:
            value = value * 16 + int(text[pointer], 16)
            pointer += 1
            count += 1
        if pointer < length and text[pointer] == '.':
            if count == 0:
                raise _invalid_ipv6()
            pointer -= count
            if piece_index > 6:
                raise _invalid_ipv6()
            numbers_seen = 0
            while pointer < length:
                ipv4_piece = None
                if numbers_seen > 0:
                    if text[pointer] == '.' and numbers_seen < 4:
                        pointer += 1
                    else:
                        raise _invalid_ipv6()
                if pointer >= length or text[pointer] not in _DIGITS:
                    raise _invalid_ipv6()
                while pointer < length and text[pointer] in _DIGITS:
                    number = int(text[pointer])
                    if ipv4_piece is None:
                        ipv4_piece = number
                    elif ipv4_piece == 0:
                        raise _invalid_ipv6()
                    else:
                        ipv4_piece = ipv4_piece * 10 + number
                    if ipv4_piece > 255:
                        raise _invalid_ipv6()
                    pointer += 1
                pieces[piece_index] = pieces[piece_index] * 0x100 + ipv4_piece
                numbers_seen += 1
                if numbers_seen in (2, 4):
                    piece_index += 1
            if numbers_seen != 4:
                raise _invalid_ipv6()
            break
        elif pointer < length and text[pointer] == ':':
            pointer += 1
            if pointer >= length:
                raise _invalid_ipv6()
        elif pointer < length:
            raise _invalid_ipv6()
        pieces[piece_index] = value
        piece_index += 1
    if compress is not None:
        swaps = piece_index - compress
        piece_index = 7
        while piece_index != 0 and swaps > 0:
            pieces[piece_index], pieces[compress + swaps - 1] = pieces[compress + swaps - 1], pieces[piece_index]
            piece_index -= 1
            swaps -= 1
    elif piece_index != 8:
        raise _invalid_ipv6()
    return pieces


def serialize_ipv6(pieces: list[int]) -> str:
    # the first longest run of two or more zero pieces is compressed to '::'
    best_start, best_len = -1, 1
    index = 0
    while index < 8:
        if pieces[index] == 0:
            start = index
            while index < 8 and pieces[index] == 0:
                index += 1
            if index - start > best_len:
                best_start, best_len = start, index - start
        else:
            index += 1
    if best_start < 0:
        return '[' + ':'.join(['%x' % p for p in pieces]) + ']'
    head = ':'.join(['%x' % p for p in pieces[:best_start]])
    tail = ':'.join(['%x' % p for p in pieces[best_start + best_len :]])
    return '[' + head + '::' + tail + ']'
