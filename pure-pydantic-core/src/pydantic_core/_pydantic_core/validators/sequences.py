"""list, tuple, set, frozenset: collections validated item by item."""

from __future__ import annotations

from collections.abc import Mapping

from .._state import JSON, LAX, STRICT
from ..errors import ValError, val_error
from ._base import Omit, Validator, register
from .any_none import AnyValidator


def lax_items(input, error_type: str):
    """The items of a lax collection input: any iterable but str, bytes, bytearray and mappings."""
    if isinstance(input, (str, bytes, bytearray, Mapping)) or not hasattr(type(input), '__iter__'):
        raise val_error(error_type, input)
    try:
        return list(input)
    except Exception as exc:
        raise val_error('iteration_error', input, {'error': f'{type(exc).__name__}: {exc}'}) from None


def length_error(error_type: str, field_type: str, limit_key: str, limit: int, actual, input) -> ValError:
    return val_error(error_type, input, {'field_type': field_type, limit_key: limit, 'actual_length': actual})


def validate_items(item_validator, items, state, fail_fast: bool) -> list:
    """Validate each item; collect all errors (located by index) unless fail_fast."""
    if type(item_validator) is AnyValidator:
        return items if type(items) is list else list(items)
    out = []
    errors = None
    validate = item_validator.validate
    for index, item in enumerate(items):
        try:
            out.append(validate(item, state))
        except Omit:
            continue
        except ValError as exc:
            if errors is None:
                errors = []
            errors.extend(exc.with_loc(index).line_errors)
            if fail_fast:
                break
    if errors:
        raise ValError(errors)
    return out


class _CollectionValidator(Validator):
    """Shared build and input handling: subclasses set the exact type and names."""

    __slots__ = ('strict', 'item_validator', 'min_length', 'max_length', 'fail_fast')
    exact_type: type = list
    error_type = 'list_type'
    field_type = 'List'
    type_name = 'list'

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.strict = ctx.is_strict(schema)
        items = schema.get('items_schema')
        self.item_validator = ctx.build(items) if items is not None else ctx.build({'type': 'any'})
        self.min_length = schema.get('min_length')
        self.max_length = schema.get('max_length')
        self.fail_fast = schema.get('fail_fast', False)
        self.name = f'{cls.type_name}[{self.item_validator.name}]'
        return self

    def _items(self, input, state):
        """The input's items as a list (may be the input itself), or raise the type error."""
        exact_type = self.exact_type
        if type(input) is exact_type:
            return input
        if state.mode is JSON:
            if type(input) is list:
                return input
            raise val_error(self.error_type, input)
        if isinstance(input, exact_type):
            state.floor_exactness(STRICT)
            return input
        strict = self.strict if state.strict is None else state.strict
        if strict:
            raise val_error(self.error_type, input)
        state.floor_exactness(LAX)
        return lax_items(input, self.error_type)

    def _check_length(self, length: int, input):
        if self.min_length is not None and length < self.min_length:
            raise length_error('too_short', self.field_type, 'min_length', self.min_length, length, input)
        if self.max_length is not None and length > self.max_length:
            raise length_error('too_long', self.field_type, 'max_length', self.max_length, length, input)


@register('list')
class ListValidator(_CollectionValidator):
    __slots__ = ()

    def validate(self, input, state):
        items = self._items(input, state)
        if self.max_length is not None and len(items) > self.max_length:
            # The native core knows the length of lists and tuples only; other iterables stop "at more".
            actual = len(items) if isinstance(input, (list, tuple, set, frozenset)) else None
            raise length_error('too_long', 'List', 'max_length', self.max_length, actual, input)
        out = validate_items(self.item_validator, items, state, self.fail_fast)
        if out is input:
            out = list(out)
        if self.min_length is not None or self.max_length is not None:
            self._check_length(len(out), input)
        return out


class _SetValidator(_CollectionValidator):
    __slots__ = ()
    result_type: type = set

    def validate(self, input, state):
        items = self._items(input, state)
        if type(items) is not list:
            items = list(items)
        if items and type(self.item_validator) is AnyValidator:
            state.floor_exactness(STRICT)
        out = validate_items(self.item_validator, items, state, self.fail_fast)
        result = self.result_type()
        add = result.add if self.result_type is set else None
        if add is None:
            try:
                result = frozenset(out)
            except TypeError:
                result = self._hash_errors(out)
        else:
            errors = None
            for index, item in enumerate(out):
                try:
                    add(item)
                except TypeError:
                    if errors is None:
                        errors = []
                    errors.append(val_error('set_item_not_hashable', items[index]).with_loc(index).line_errors[0])
            if errors:
                raise ValError(errors)
        if self.max_length is not None and len(result) > self.max_length:
            raise length_error('too_long', self.field_type, 'max_length', self.max_length, None, input)
        if self.min_length is not None and len(result) < self.min_length:
            raise length_error('too_short', self.field_type, 'min_length', self.min_length, len(result), input)
        return result

    def _hash_errors(self, out):
        errors = []
        for index, item in enumerate(out):
            try:
                hash(item)
            except TypeError:
                errors.append(val_error('set_item_not_hashable', item).with_loc(index).line_errors[0])
        raise ValError(errors)


@register('set')
class SetValidator(_SetValidator):
    __slots__ = ()
    exact_type = set
    result_type = set
    error_type = 'set_type'
    field_type = 'Set'
    type_name = 'set'


@register('frozenset')
class FrozenSetValidator(_SetValidator):
    __slots__ = ()
    exact_type = frozenset
    result_type = frozenset
    error_type = 'frozen_set_type'
    field_type = 'Frozenset'
    type_name = 'frozenset'


@register('tuple')
class TupleValidator(_CollectionValidator):
    """Positional items, and optionally one variadic item schema repeated at `variadic_item_index`."""

    __slots__ = ('item_validators', 'variadic_index')
    exact_type = tuple
    error_type = 'tuple_type'
    field_type = 'Tuple'
    type_name = 'tuple'

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.strict = ctx.is_strict(schema)
        self.item_validators = [ctx.build(s) for s in schema.get('items_schema', [])]
        self.variadic_index = schema.get('variadic_item_index')
        self.min_length = schema.get('min_length')
        self.max_length = schema.get('max_length')
        self.fail_fast = schema.get('fail_fast', False)
        names = [v.name for v in self.item_validators]
        if self.variadic_index is not None:
            names.insert(self.variadic_index + 1, '...')
        self.name = f'tuple[{", ".join(names)}]'
        self.item_validator = None
        return self

    def validate(self, input, state):
        items = self._items(input, state)
        if type(items) is not list and type(items) is not tuple:
            items = list(items)
        validators = self.item_validators
        variadic = self.variadic_index
        out = []
        errors = []
        count = len(items)
        actual = count if isinstance(input, (list, tuple, set, frozenset)) else None
        if variadic is None and count > len(validators):
            raise length_error('too_long', 'Tuple', 'max_length', len(validators), actual, input)
        if self.max_length is not None and count > self.max_length:
            raise length_error('too_long', 'Tuple', 'max_length', self.max_length, actual, input)
        if variadic is None:
            for index, item in enumerate(items):
                if index >= len(validators):
                    break
                try:
                    out.append(validators[index].validate(item, state))
                except ValError as exc:
                    errors.extend(exc.with_loc(index).line_errors)
                    if self.fail_fast:
                        raise ValError(errors) from None
            for index in range(count, len(validators)):
                errors.append(val_error('missing', input).with_loc(index).line_errors[0])
        else:
            before = validators[:variadic]
            repeated = validators[variadic]
            after = validators[variadic + 1 :]
            min_needed = len(before) + len(after)
            for index in range(count):
                loc = index
                if index < len(before):
                    validator = before[index]
                elif index >= count - len(after) and count >= min_needed:
                    validator = after[index - (count - len(after))]
                    # The native core locates errors of the items after a non-empty variadic
                    # part one position too early; kept for identical errors.
                    if count > min_needed:
                        loc = index - 1
                else:
                    validator = repeated
                try:
                    out.append(validator.validate(items[index], state))
                except ValError as exc:
                    errors.extend(exc.with_loc(loc).line_errors)
                    if self.fail_fast:
                        raise ValError(errors) from None
            for index in range(count, min_needed):
                errors.append(val_error('missing', input).with_loc(index).line_errors[0])
        if errors:
            raise ValError(errors)
        if self.min_length is not None or self.max_length is not None:
            self._check_length(len(out), input)
        return tuple(out)
