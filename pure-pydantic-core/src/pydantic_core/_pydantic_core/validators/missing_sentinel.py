"""missing-sentinel: only pydantic_core's MISSING sentinel."""

from __future__ import annotations

from ..errors import val_error
from ._base import Validator, register


@register('missing-sentinel')
class MissingSentinelValidator(Validator):
    __slots__ = ('sentinel',)

    @classmethod
    def build(cls, schema, ctx):
        import pydantic_core

        self = cls()
        self.sentinel = pydantic_core.MISSING
        self.name = 'missing-sentinel'
        return self

    def validate(self, input, state):
        if input is self.sentinel:
            return input
        raise val_error('missing_sentinel_error', input)
