"""The one internal way a helper reports a known validation error.

Parsers and checkers (JSON, dates and times, URLs, numbers...) know which
pydantic error type applies but not where in the input they are. They raise
ErrorSpec; the validator that called them adds the location and the input and
turns it into a line of a ValidationError. `error_type` is a key of the error
table (for example 'date_parsing'); `context` fills its message template
(for example {'error': 'input is too short'}).
"""


class ErrorSpec(Exception):
    __slots__ = ("error_type", "context")

    def __init__(self, error_type: str, context: dict | None = None):
        super().__init__(error_type, context)
        self.error_type = error_type
        self.context = context
