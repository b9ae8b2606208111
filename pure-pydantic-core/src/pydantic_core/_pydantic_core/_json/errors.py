"""The error a JSON parse raises, with jiter's message texts and positions.

Positions follow what the native core reports: `index` is a byte offset into
the UTF-8 input; the line and column describe the bytes up to and including
that offset (so an error on a newline byte is "line N+1 column 0", and an
error at end of input counts every byte of the last line).
"""

# Message texts, exactly as the native core words them.
EOF_VALUE = "EOF while parsing a value"
EOF_LIST = "EOF while parsing a list"
EOF_OBJECT = "EOF while parsing an object"
EOF_STRING = "EOF while parsing a string"
EXPECTED_VALUE = "expected value"
EXPECTED_IDENT = "expected ident"
EXPECTED_COLON = "expected `:`"
EXPECTED_LIST_COMMA = "expected `,` or `]`"
EXPECTED_OBJECT_COMMA = "expected `,` or `}`"
KEY_MUST_BE_STRING = "key must be a string"
TRAILING_COMMA = "trailing comma"
TRAILING_CHARACTERS = "trailing characters"
INVALID_ESCAPE = "invalid escape"
INVALID_NUMBER = "invalid number"
NUMBER_OUT_OF_RANGE = "number out of range"
INVALID_UNICODE = "invalid unicode code point"
CONTROL_CHARACTER = "control character (\\u0000-\\u001F) found while parsing a string"
LONE_SURROGATE = "lone leading surrogate in hex escape"
UNEXPECTED_HEX_END = "unexpected end of hex escape"
RECURSION_LIMIT = "recursion limit exceeded"

_EOF_MESSAGES = frozenset((EOF_VALUE, EOF_LIST, EOF_OBJECT, EOF_STRING))


def line_column(data: bytes, index: int) -> tuple[int, int]:
    """Line (1-based) and column of byte `index`, counted the native way."""
    end = index + 1
    line = data.count(b"\n", 0, end) + 1
    last_nl = data.rfind(b"\n", 0, end)
    column = min(end, len(data)) - (last_nl + 1)
    return line, column


class JsonParseError(ValueError):
    """Invalid JSON. `str()` is the native text: "<error> at line L column C".

    `error` is the bare description (one of the texts above), `index` the byte
    offset it refers to, `line`/`column` its position. `is_eof` tells partial
    parsing that more input could have completed the document.
    """

    __slots__ = ("error", "index", "line", "column")

    def __init__(self, error: str, data: bytes, index: int):
        self.error = error
        self.index = index
        self.line, self.column = line_column(data, index)
        super().__init__(f"{error} at line {self.line} column {self.column}")

    @property
    def message(self) -> str:
        return self.args[0]

    @property
    def is_eof(self) -> bool:
        return self.error in _EOF_MESSAGES


class JsonInputTypeError(TypeError):
    """The input is not bytes, bytearray or str, or is a str that is not
    valid Unicode (lone surrogates). `from_json` raises this text as TypeError;
    `validate_json` turns the str case into a `string_unicode` error."""

    def __init__(self):
        super().__init__("Expected bytes, bytearray or str")
