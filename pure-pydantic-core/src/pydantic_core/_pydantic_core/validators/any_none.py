"""any (accepts everything as is) and none (only None)."""

from .._state import STRICT
from ..errors import val_error
from ._base import UnwrappedSchemaError, Validator, register


@register('any')
class AnyValidator(Validator):
    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.name = 'any'
        return self

    def debug_struct(self):
        return 'Any', 'AnyValidator', None

    def validate(self, input, state):
        # The native core ranks `any` below exact matches in smart unions.
        state.floor_exactness(STRICT)
        return input


@register('none')
class NoneValidator(Validator):
    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.name = 'none'
        return self

    def validate(self, input, state):
        if input is None:
            return None
        raise val_error('none_required', input)




@register('invalid')
class InvalidValidator(Validator):
    """The `invalid` schema: refused at build time, as natively."""

    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        raise UnwrappedSchemaError('Cannot construct schema with `InvalidSchema` member.')
