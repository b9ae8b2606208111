"""The per-call state of one validation.

`SchemaValidator.validate_*` creates one `ValidationState` and passes it down
the validator tree. It holds the call's options (each None means "use what the
schema and config say") and a few values that validators update while they
run: the smart union's exactness score, the count of fields set, the field
being validated and the data validated so far (for `ValidationInfo`), and the
guard against cyclic input.
"""

from __future__ import annotations

__all__ = ['ValidationState', 'EXACT', 'STRICT', 'LAX', 'PYTHON', 'JSON', 'STRINGS']

# Input modes. Validators compare with `is`, so use these constants.
PYTHON = 'python'
JSON = 'json'
STRINGS = 'string'  # the name `ValidationInfo.mode` reports for validate_strings

# Exactness of a successful validation, used by smart unions to pick the best
# member: validators lower `state.exactness` when they accept an input only in
# strict mode (e.g. a subclass) or only in lax mode (a coercion).
LAX = 0
STRICT = 1
EXACT = 2


class ValidationState:
    __slots__ = (
        'strict',
        'mode',
        'context',
        'from_attributes',
        'by_alias',
        'by_name',
        'extra_behavior',
        'self_instance',
        'allow_partial',
        'exactness',
        'fields_set_count',
        'field_name',
        'data',
        'recursion_guard',
        'recursion_depth',
        'strings_strict',
        'call_mode',
        'in_union',
    )

    def __init__(
        self,
        mode: str = PYTHON,
        strict: bool | None = None,
        context=None,
        from_attributes: bool | None = None,
        by_alias: bool | None = None,
        by_name: bool | None = None,
        extra_behavior: str | None = None,
        self_instance=None,
        allow_partial=False,
    ):
        self.mode = mode
        # `mode` says how the current input is read: values made by Python code along the way
        # (function results, chain steps, defaults) are read as Python input even in a JSON
        # call, as natively. `call_mode` is the call's own mode (ValidationInfo.mode).
        self.call_mode = mode
        self.strict = strict
        self.context = context
        self.from_attributes = from_attributes
        self.by_alias = by_alias
        self.by_name = by_name
        self.extra_behavior = extra_behavior
        self.self_instance = self_instance
        self.allow_partial = allow_partial
        self.exactness = EXACT
        self.in_union = False  # inside a smart union's member (exactness matters)
        self.fields_set_count = None
        self.field_name = None
        self.data = None
        self.recursion_guard = None
        self.recursion_depth = 0
        # validate_strings parses text in lax mode whatever `strict` says (`self.strict` is
        # False); the requested value is kept here for the parsers that do honour it (dates).
        self.strings_strict = None

    def floor_exactness(self, exactness: int) -> None:
        if exactness < self.exactness:
            self.exactness = exactness

    def add_fields_set(self, count: int) -> None:
        self.fields_set_count = count if self.fields_set_count is None else self.fields_set_count + count
