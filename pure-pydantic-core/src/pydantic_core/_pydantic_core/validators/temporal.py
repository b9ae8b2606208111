"""date, time, datetime, timedelta: thin adapters over the `_temporal` validator cores."""

from __future__ import annotations

from .._error_spec import ErrorSpec
from .._state import PYTHON, STRICT, STRINGS
from .._temporal import DateValidatorCore, DatetimeValidatorCore, TimedeltaValidatorCore, TimeValidatorCore
from ..errors import LineError, ValError
from ._base import Validator, register


class _TemporalValidator(Validator):
    __slots__ = ('core', 'strict')
    core_class = None
    type_name = ''

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.core = cls.core_class(schema, ctx.config)
        self.strict = self.core.strict
        self.name = cls.type_name
        return self

    def debug_text(self, level: int):
        """(variant, the core's native debug text at `level` indents) for repr(SchemaValidator)."""
        return type(self).__name__[: -len('Validator')], self.core.debug_repr(level * 4)

    def validate(self, input, state):
        if state.mode is STRINGS:
            strict = self.strict if state.strings_strict is None else state.strings_strict
        else:
            strict = self.strict if state.strict is None else state.strict
        try:
            value = self.core.validate(input, strict, state.mode, state)
        except ErrorSpec as spec:
            raise ValError([LineError(spec.error_type, input, spec.context)]) from None
        if state.mode is not PYTHON and type(input) is str:
            state.floor_exactness(STRICT)  # as a str: the first of the two wins in smart unions
        return value


@register('date')
class DateValidator(_TemporalValidator):
    __slots__ = ()
    core_class = DateValidatorCore
    type_name = 'date'


@register('time')
class TimeValidator(_TemporalValidator):
    __slots__ = ()
    core_class = TimeValidatorCore
    type_name = 'time'


@register('datetime')
class DatetimeValidator(_TemporalValidator):
    __slots__ = ()
    core_class = DatetimeValidatorCore
    type_name = 'datetime'


@register('timedelta')
class TimedeltaValidator(_TemporalValidator):
    __slots__ = ()
    core_class = TimedeltaValidatorCore
    type_name = 'timedelta'
