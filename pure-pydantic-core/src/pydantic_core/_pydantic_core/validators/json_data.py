"""json: a JSON document (str/bytes) parsed, then validated by the inner schema as JSON input."""

from __future__ import annotations

from .._json_input import parse_json_input
from .._state import JSON, STRICT
from ._base import Validator, register
from .any_none import AnyValidator


@register('json')
class JsonValidator(Validator):
    __slots__ = ('inner',)

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        inner = schema.get('schema')
        self.inner = ctx.build(inner) if inner is not None else None
        if type(self.inner) is AnyValidator:
            self.inner = None  # natively no inner validator for `any`
        self.name = f'json[{self.inner.name if self.inner is not None else "any"}]'
        return self

    def debug_struct(self):
        from .._debug import Some

        return 'Json', 'JsonValidator', [('validator', Some(self.inner) if self.inner is not None else None), ('name', self.name)]

    def validate(self, input, state):
        data = parse_json_input(input, state.allow_partial, None)
        state.floor_exactness(STRICT)  # natively below an exact match (a str stays a str)
        if self.inner is None:
            return data
        outer_mode = state.mode
        state.mode = JSON
        try:
            return self.inner.validate(data, state)
        finally:
            state.mode = outer_mode
