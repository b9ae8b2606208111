"""A byte-level JSON parser that fails exactly where and how the native one does.

It is the reference path: `loads.parse` tries the stdlib's C scanner first and
comes here for partial documents, for anything the C scanner rejects (to get
the native error) and for the few inputs on which the two disagree.
"""

import re
from decimal import Decimal

from . import errors as E
from .errors import JsonParseError
from .limits import MAX_DEPTH, MAX_INT_CHARS
from .lossless import LosslessFloat


_WS = re.compile(rb"[ \t\n\r]*")
_WS_BYTES = frozenset(b" \t\n\r")  # checked before running _WS
_STR_RUN = re.compile(rb'[^"\\\x00-\x1f]*')
_DIGITS = re.compile(rb"[0-9]*")
_NUMBER = re.compile(rb"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_HEX = frozenset(b"0123456789abcdefABCDEF")
_SIMPLE_ESCAPES = {
    ord('"'): b'"', ord("\\"): b"\\", ord("/"): b"/", ord("b"): b"\b",
    ord("f"): b"\f", ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t",
}
_NUMBER_START = frozenset(b"-0123456789")
_AFTER_NUMBER_BAD = frozenset(bytes([c]) for c in b".eE0123456789")


# Containers at least this deep are not offered to the C scanner.
_SCAN_DEPTH = 8


class _Partial(Exception):
    """EOF inside a value while partial parsing: the enclosing container ends."""


class Parser:
    """One parse of one document. Options as in `loads.parse`."""

    __slots__ = ("data", "n", "allow_inf_nan", "partial", "trailing_strings", "float_mode", "text", "scan")

    def __init__(self, data: bytes, allow_inf_nan: bool, partial: bool, trailing_strings: bool, float_mode: str,
                 text: str | None = None, scan=None):
        # `scan` (with `text`, the same document as ASCII str): the stdlib's C
        # scan_once, tried on each container first; only given when the
        # document passed the fast path's screening, so that whatever it
        # accepts is valid natively too (nesting is checked per value).
        self.text = text
        self.scan = scan
        self.data = data
        self.n = len(data)
        self.allow_inf_nan = allow_inf_nan
        self.partial = partial
        self.trailing_strings = trailing_strings
        self.float_mode = float_mode

    def fail(self, error: str, index: int):
        raise JsonParseError(error, self.data, index)

    def parse_document(self):
        data, n = self.data, self.n
        i = 0
        if i < n and data[i] in _WS_BYTES:
            i = _WS.match(data, i).end()
        if i >= self.n:
            self.fail(E.EOF_VALUE, self.n)
        try:
            value, i = self.value(i, 0, self.trailing_strings)
        except _Partial as p:
            raise p.args[0] from None
        if not self.partial:
            if i < n and data[i] in _WS_BYTES:
                i = _WS.match(data, i).end()
            if i < self.n:
                self.fail(E.TRAILING_CHARACTERS, i)
        return value

    # --- values -----------------------------------------------------------

    def value(self, i: int, depth: int, trailing_string: bool):
        """Parse the value starting at `i` (not whitespace, not EOF)."""
        if depth > MAX_DEPTH:
            self.fail(E.RECURSION_LIMIT, i)
        c = self.data[i]
        if c == 0x22:  # "
            return self.string(i, trailing_string)
        # A failed try rescans to the error, at every level of the path to it:
        # near the top only, so that costs a few passes over the document.
        if (c == 0x5B or c == 0x7B) and self.scan is not None and depth < _SCAN_DEPTH:
            try:
                value, end = self.scan(self.text, i)
            except Exception:  # noqa: BLE001 - incomplete or invalid: parsed below, for the native outcome
                pass
            else:
                if self.data.count(b"[", i, end) + self.data.count(b"{", i, end) + depth <= MAX_DEPTH:
                    return value, end
        if c == 0x5B:  # [
            return self.array(i, depth)
        if c == 0x7B:  # {
            return self.object(i, depth)
        if c in _NUMBER_START:
            return self.number(i)
        if c == 0x74:  # t
            return True, self.ident(i, b"true")
        if c == 0x66:  # f
            return False, self.ident(i, b"false")
        if c == 0x6E:  # n
            return None, self.ident(i, b"null")
        if self.allow_inf_nan:
            if c == 0x4E:  # N
                return self.special(float("nan"), "NaN"), self.ident(i, b"NaN")
            if c == 0x49:  # I
                return self.special(float("inf"), "Infinity"), self.ident(i, b"Infinity")
        self.fail(E.EXPECTED_VALUE, i)

    def special(self, value: float, text: str):
        if self.float_mode == "decimal":
            return Decimal(text)
        return value

    def ident(self, i: int, word: bytes) -> int:
        data, n = self.data, self.n
        end = i + len(word)
        if data.startswith(word, i):
            return end
        for k in range(i + 1, end):
            if k >= n:
                self.eof(E.EOF_VALUE)
            if data[k] != word[k - i]:
                self.fail(E.EXPECTED_IDENT, k)
        raise AssertionError("unreachable")

    def eof(self, error: str):
        """End of input inside a value: an error, or the end of a partial parse."""
        exc = JsonParseError(error, self.data, self.n)
        if self.partial:
            raise _Partial(exc)
        raise exc

    # --- numbers ----------------------------------------------------------

    def number(self, start: int):
        data = self.data
        m = _NUMBER.match(data, start)
        if m is not None:
            end = m.end()
            frac, exp = m.group(1), m.group(2)
            int_end = m.start(1) if frac else m.start(2) if exp else end
            # Anything number-like right after the match makes it malformed.
            if int_end - start <= MAX_INT_CHARS and data[end:end + 1] not in _AFTER_NUMBER_BAD:
                if frac or exp:
                    return self.make_float(data[start:end]), end
                return int(data[start:end]), end
        return self.number_slow(start)

    def make_float(self, text: bytes):
        mode = self.float_mode
        if mode == "float":
            return float(text)
        if mode == "decimal":
            return Decimal(text.decode())
        return LosslessFloat(text)

    def number_slow(self, start: int):
        """Walk a malformed (or huge) number to find where the native parser stops."""
        data, n = self.data, self.n
        i = start
        neg = data[i] == 0x2D
        if neg:
            i += 1
            if i >= n:
                self.eof(E.EOF_VALUE)
            if data[i] == 0x49 and self.allow_inf_nan:  # -Infinity
                end = self.ident(i, b"Infinity")
                return self.special(float("-inf"), "-Infinity"), end
        c = data[i]
        if c == 0x30:
            i += 1
            if i < n and 0x30 <= data[i] <= 0x39:
                self.fail(E.INVALID_NUMBER, i)
        elif 0x31 <= c <= 0x39:
            i = _DIGITS.match(data, i + 1).end()
        else:
            self.fail(E.INVALID_NUMBER, i)
        if i - start > MAX_INT_CHARS:
            self.fail(E.NUMBER_OUT_OF_RANGE, min(start + MAX_INT_CHARS + 1, n))
        is_float = False
        if i < n and data[i] == 0x2E:  # .
            is_float = True
            i += 1
            if i >= n:
                self.eof(E.EOF_VALUE)
            if not 0x30 <= data[i] <= 0x39:
                self.fail(E.INVALID_NUMBER, i)
            i = _DIGITS.match(data, i + 1).end()
        if i < n and data[i] in (0x65, 0x45):  # e E
            is_float = True
            i += 1
            if i >= n:
                self.eof(E.EOF_VALUE)
            if data[i] in (0x2B, 0x2D):
                i += 1
                if i >= n:
                    self.eof(E.EOF_VALUE)
            if not 0x30 <= data[i] <= 0x39:
                self.fail(E.INVALID_NUMBER, i)
            i = _DIGITS.match(data, i + 1).end()
        text = data[start:i]
        if is_float:
            return self.make_float(text), i
        return int(text), i

    # --- strings ----------------------------------------------------------

    def string(self, start: int, trailing: bool):
        """Parse the string whose opening quote is at `start`; (str, end)."""
        data, n = self.data, self.n
        i = start + 1
        m = _STR_RUN.match(data, i)
        j = m.end()
        if j < n and data[j] == 0x22:
            try:
                return data[i:j].decode(), j + 1
            except UnicodeDecodeError:
                return self.decode(data[i:j], i, trailing), j + 1
        buf = bytearray(data[i:j])
        while True:
            if j >= n:
                return self.string_eof(i, buf, trailing)
            c = data[j]
            if c == 0x22:
                break
            if c != 0x5C:
                self.fail(E.CONTROL_CHARACTER, j)
            # an escape at j
            if j + 1 >= n:
                return self.string_eof(i, buf, trailing)
            e = data[j + 1]
            simple = _SIMPLE_ESCAPES.get(e)
            if simple is not None:
                buf += simple
                j += 2
            elif e == 0x75:  # u
                cp = self.hex4(j)
                if cp is None:
                    return self.string_eof(i, buf, trailing)
                j += 6
                if 0xD800 <= cp < 0xDC00:
                    if j >= n:
                        return self.string_eof(i, buf, trailing)
                    if data[j] != 0x5C:
                        self.fail(E.UNEXPECTED_HEX_END, j)
                    if j + 1 >= n:
                        return self.string_eof(i, buf, trailing)
                    if data[j + 1] != 0x75:
                        self.fail(E.UNEXPECTED_HEX_END, j + 1)
                    low = self.hex4(j)
                    if low is None:
                        return self.string_eof(i, buf, trailing)
                    if not 0xDC00 <= low < 0xE000:
                        self.fail(E.LONE_SURROGATE, j + 5)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00)
                    j += 6
                elif 0xDC00 <= cp < 0xE000:
                    self.fail(E.LONE_SURROGATE, j - 1)
                buf += chr(cp).encode()
            else:
                self.fail(E.INVALID_ESCAPE, j + 1)
            m = _STR_RUN.match(data, j)
            buf += data[j:m.end()]
            j = m.end()
        return self.decode(buf, i, trailing), j + 1

    def decode(self, buf, content_start: int, trailing: bool) -> str:
        """UTF-8 of a string's content (escapes already decoded into `buf`).

        With trailing strings, the native parser drops a truncated character
        at the end of any string value, closed or not."""
        try:
            return buf.decode()
        except UnicodeDecodeError as e:
            if trailing and self.partial and e.end == len(buf) and e.reason == "unexpected end of data":
                return bytes(buf[:e.start]).decode()
            self.fail(E.INVALID_UNICODE, content_start + e.start + 1)

    def hex4(self, j: int):
        """Code unit of the \\uXXXX escape whose backslash is at j; None at EOF."""
        data = self.data
        if j + 6 > self.n:
            return None
        for k in range(j + 2, j + 6):
            if data[k] not in _HEX:
                self.fail(E.INVALID_ESCAPE, k)
        return int(data[j + 2:j + 6], 16)

    def string_eof(self, content_start: int, buf: bytearray, trailing: bool):
        if not trailing or not self.partial:
            self.eof(E.EOF_STRING)
        return self.decode(buf, content_start, True), self.n

    # --- containers -------------------------------------------------------

    def array(self, start: int, depth: int):
        data, n = self.data, self.n
        result = []
        i = start + 1
        if i < n and data[i] in _WS_BYTES:
            i = _WS.match(data, i).end()
        if i >= n:
            return self.container_eof(E.EOF_LIST, result)
        if data[i] == 0x5D:  # ]
            return result, i + 1
        trailing = self.trailing_strings
        depth += 1
        while True:
            try:
                v, i = self.value(i, depth, trailing)
            except _Partial:
                return result, n
            result.append(v)
            if i < n and data[i] in _WS_BYTES:
                i = _WS.match(data, i).end()
            if i >= n:
                return self.container_eof(E.EOF_LIST, result)
            c = data[i]
            if c == 0x2C:  # ,
                i = i + 1
                if i < n and data[i] in _WS_BYTES:
                    i = _WS.match(data, i).end()
                if i >= n:
                    return self.container_eof(E.EOF_VALUE, result)
                if data[i] == 0x5D:
                    self.fail(E.TRAILING_COMMA, i)
            elif c == 0x5D:
                return result, i + 1
            elif self.partial:
                # Partial parsing ends the list at anything unexpected here.
                return result, i
            else:
                self.fail(E.EXPECTED_LIST_COMMA, i)

    def container_eof(self, error: str, result):
        if self.partial:
            return result, self.n
        self.fail(error, self.n)

    def object(self, start: int, depth: int):
        data, n = self.data, self.n
        result = {}
        i = start + 1
        if i < n and data[i] in _WS_BYTES:
            i = _WS.match(data, i).end()
        if i >= n:
            return self.container_eof(E.EOF_OBJECT, result)
        c = data[i]
        if c == 0x7D:  # }
            return result, i + 1
        trailing = self.trailing_strings
        depth += 1
        while True:
            if c != 0x22:
                self.fail(E.KEY_MUST_BE_STRING, i)
            try:
                key, i = self.string(i, False)
            except _Partial:
                return result, n
            if i < n and data[i] in _WS_BYTES:
                i = _WS.match(data, i).end()
            if i >= n:
                return self.container_eof(E.EOF_OBJECT, result)
            if data[i] != 0x3A:  # :
                self.fail(E.EXPECTED_COLON, i)
            i = i + 1
            if i < n and data[i] in _WS_BYTES:
                i = _WS.match(data, i).end()
            if i >= n:
                return self.container_eof(E.EOF_VALUE, result)
            try:
                v, i = self.value(i, depth, trailing)
            except _Partial:
                return result, n
            result[key] = v
            if i < n and data[i] in _WS_BYTES:
                i = _WS.match(data, i).end()
            if i >= n:
                return self.container_eof(E.EOF_OBJECT, result)
            c = data[i]
            if c == 0x2C:
                i = i + 1
                if i < n and data[i] in _WS_BYTES:
                    i = _WS.match(data, i).end()
                if i >= n:
                    return self.container_eof(E.EOF_VALUE, result)
                c = data[i]
                if c == 0x7D:
                    self.fail(E.TRAILING_COMMA, i)
            elif c == 0x7D:
                return result, i + 1
            elif self.partial:
                return result, i
            else:
                self.fail(E.EXPECTED_OBJECT_COMMA, i)


def parse_bytes(data: bytes, allow_inf_nan: bool = True, partial: bool = False,
                trailing_strings: bool = False, float_mode: str = "float"):
    """Parse UTF-8 JSON bytes with the reference parser (no fast path)."""
    return Parser(data, allow_inf_nan, partial, trailing_strings, float_mode).parse_document()
