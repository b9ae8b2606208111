"""list, tuple, set, frozenset: collections validated item by item."""

from __future__ import annotations

from collections.abc import Mapping

from .._state import JSON, LAX, STRICT
from ..errors import ValError, val_error
from ._base import Omit, Validator, register, without_partial
from .any_none import AnyValidator


def lax_items(input, error_type: str):
    """The items of a lax collection input, any iterable but str, bytes, bytearray and mappings:
    the input itself when it is a sized builtin collection, else an iterator (consumed lazily, so
    that an endless generator is only read as far as the length limit)."""
    if isinstance(input, (list, tuple, set, frozenset)):
        return input
    if isinstance(input, (str, bytes, bytearray, Mapping)) or not hasattr(type(input), '__iter__'):
        raise val_error(error_type, input)
    try:
        return iter(input)
    except Exception as exc:
        raise val_error('iteration_error', input, {'error': f'{type(exc).__name__}: {exc}'}) from None


def length_error(error_type: str, field_type: str, limit_key: str, limit: int, actual, input) -> ValError:
    return val_error(error_type, input, {'field_type': field_type, limit_key: limit, 'actual_length': actual})


def collect(validator, items, state, input, add, size, max_length, field_type, fail_fast, known_length, count_failures=True):
    """Validate items into a collection (`add`, `size`): errors located by index, items omitted on
    PydanticOmit / on_error='omit', too_long as soon as the collection grows past max_length.

    With `allow_partial` on, the items but the last are validated with it off, and the last one
    with it on is dropped when it fails (incomplete input: its errors are not reported)."""
    if state.allow_partial:
        return _collect_partial(validator, items, state, input, add, size, max_length, field_type, fail_fast, known_length, count_failures)
    errors = None
    failed = 0
    validate = validator.validate
    index = 0
    iterator = iter(items)
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            break
        except Exception as exc:  # noqa: BLE001 - an iterator's failure is a validation error
            line = val_error('iteration_error', input, {'error': f'{type(exc).__name__}: {exc}'}).with_loc(index)
            errors = (errors or []) + line.line_errors
            break
        try:
            add(validate(item, state))
        except Omit:
            pass
        except ValError as exc:
            if max_length is not None and count_failures and size() + failed + 1 > max_length:
                # This item makes the collection too long: that is the error, not its own.
                too_long = length_error('too_long', field_type, 'max_length', max_length, known_length, input)
                raise too_long from None
            if errors is None:
                errors = []
            errors.extend(exc.with_loc(index).line_errors)
            failed += 1
            if fail_fast:
                break
        # Items that failed count as present (omitted ones do not): stop as soon as there are too many.
        if max_length is not None and size() + (failed if count_failures else 0) > max_length:
            too_long = length_error('too_long', field_type, 'max_length', max_length, known_length, input)
            raise too_long
        index += 1
    if errors:
        raise ValError(errors)


_END = object()


def _collect_partial(validator, items, state, input, add, size, max_length, field_type, fail_fast, known_length, count_failures):
    partial = state.allow_partial
    errors = None
    failed = 0
    validate = validator.validate
    index = 0
    iterator = iter(items)

    def pull():
        try:
            return next(iterator, _END)
        except Exception as exc:  # noqa: BLE001
            line = val_error('iteration_error', input, {'error': f'{type(exc).__name__}: {exc}'}).with_loc(index)
            raise ValError((errors or []) + line.line_errors) from None

    item = pull()
    try:
        while item is not _END:
            following = pull()
            last = following is _END
            state.allow_partial = partial if last else False
            try:
                add(validate(item, state))
            except Omit:
                pass
            except ValError as exc:
                if max_length is not None and count_failures and size() + failed + 1 > max_length:
                    too_long = length_error('too_long', field_type, 'max_length', max_length, known_length, input)
                    raise too_long from None
                if not last:
                    if errors is None:
                        errors = []
                    errors.extend(exc.with_loc(index).line_errors)
                    failed += 1
                    if fail_fast:
                        break
            if max_length is not None and size() + (failed if count_failures else 0) > max_length:
                too_long = length_error('too_long', field_type, 'max_length', max_length, known_length, input)
                raise too_long
            index += 1
            item = following
    finally:
        state.allow_partial = partial
    if errors:
        raise ValError(errors)


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

    def debug_struct(self):
        from .._debug import Some, Tuple

        variant = {'list': 'List', 'set': 'Set', 'frozenset': 'FrozenSet', 'tuple': 'Tuple'}[self.type_name]
        return variant, f'{variant}Validator', [
            ('strict', self.strict),
            ('item_validator', Some(self.item_validator) if self.type_name == 'list' else self.item_validator),
            ('min_length', Some(self.min_length) if self.min_length is not None else None),
            ('max_length', Some(self.max_length) if self.max_length is not None else None),
            # a list's name is worked out when first needed (a OnceLock natively)
            ('name', Tuple('OnceLock', self.name) if self.type_name == 'list' else self.name),
            ('fail_fast', bool(self.fail_fast)),
        ]

    def _items(self, input, state):
        """The input's items: the input itself (a sized collection) or an iterator; or the type error."""
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

    def _check_min(self, length: int, input):
        if self.min_length is not None and length < self.min_length:
            raise length_error('too_short', self.field_type, 'min_length', self.min_length, length, input)


def _known_length(items):
    return len(items) if isinstance(items, (list, tuple, set, frozenset)) else None


_COMPUTING = object()


@register('list')
class ListValidator(_CollectionValidator):
    __slots__ = ('_name',)

    # Natively a list's name is worked out when first needed, so that a list of a recursive
    # definition is named after what the definition turned out to be ('list[...]' meanwhile).
    @property
    def name(self):
        name = getattr(self, '_name', None)
        if name is not None:
            return '...' if name is _COMPUTING else name
        item = self.item_validator
        slot = getattr(item, 'slot', None)
        if slot is not None and slot.validator is None:
            return 'list[...]'
        self._name = _COMPUTING  # a list met again inside its own name is '...'
        try:
            name = f'list[{item.name}]'
        finally:
            self._name = None
        self._name = name
        return name

    @name.setter
    def name(self, value):
        pass  # computed when needed (see above)

    def validate(self, input, state):
        items = self._items(input, state)
        item_validator = self.item_validator
        max_length = self.max_length
        if type(item_validator) is AnyValidator and type(items) is list and max_length is None:
            out = list(items)
        elif type(items) is list and max_length is None and not self.fail_fast and not state.allow_partial:
            # The common case, kept tight.
            out = []
            append = out.append
            validate = item_validator.validate
            errors = None
            for index, item in enumerate(items):
                try:
                    append(validate(item, state))
                except Omit:
                    pass
                except ValError as exc:
                    if errors is None:
                        errors = []
                    errors.extend(exc.with_loc(index).line_errors)
            if errors:
                raise ValError(errors)
        else:
            out = []
            collect(item_validator, items, state, input, out.append, out.__len__, max_length, 'List', self.fail_fast, _known_length(items))
        self._check_min(len(out), input)
        return out


class _SetValidator(_CollectionValidator):
    __slots__ = ()
    result_type: type = set

    def validate(self, input, state):
        items = self._items(input, state)
        result = set()
        if len_or_none(items) and type(self.item_validator) is AnyValidator:
            state.floor_exactness(STRICT)
        add = result.add
        index_box = []

        def add_hashable(value):
            try:
                add(value)
            except TypeError:
                raise val_error('set_item_not_hashable', value) from None

        collect(self.item_validator, items, state, input, add_hashable, result.__len__, self.max_length, self.field_type,
                self.fail_fast, None, count_failures=False)
        del index_box
        self._check_min(len(result), input)
        return result if self.result_type is set else frozenset(result)


def len_or_none(items):
    try:
        return len(items)
    except TypeError:
        return 1


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
        if state.allow_partial:
            return without_partial(self.validate, input, state)
        items = self._items(input, state)
        validators = self.item_validators
        variadic = self.variadic_index
        known = _known_length(items)
        if variadic is not None and variadic == len(validators) - 1:
            # tuple[A, B, C, ...]: streamed like a list (no items after the variadic part).
            before = validators[:variadic]
            repeated = validators[variadic]
            out = []
            position = [0]
            append = out.append

            class _Positional:
                __slots__ = ()

                @staticmethod
                def validate(item, state):
                    index = position[0]
                    position[0] += 1
                    return (before[index] if index < len(before) else repeated).validate(item, state)

            collect(_Positional, items, state, input, append, out.__len__, self.max_length, 'Tuple', self.fail_fast, known,
                    count_failures=False)
            missing = _fill_missing(before, position[0], len(before), out, input, state)
            if missing:
                raise ValError(missing)
            self._check_min(len(out), input)
            return tuple(out)
        if type(items) is not list and type(items) is not tuple:
            limit = len(validators) if variadic is None else None
            items = self._materialize(items, input, limit)
        out = []
        errors = []
        count = len(items)
        actual = known
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
            errors.extend(_fill_missing(validators, count, len(validators), out, input, state))
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
        self._check_min(len(out), input)
        return tuple(out)

    @staticmethod
    def _materialize(iterator, input, limit):
        out = []
        try:
            for item in iterator:
                out.append(item)
                if limit is not None and len(out) > limit:
                    break
        except Exception as exc:  # noqa: BLE001
            raise val_error('iteration_error', input, {'error': f'{type(exc).__name__}: {exc}'}).with_loc(len(out)) from None
        return out


def _fill_missing(validators, start, stop, out, input, state):
    """Positions start..stop-1 absent from the input: their defaults appended to `out`, or the
    errors (missing, or the default's validation errors)."""
    errors = []
    for index in range(start, stop):
        try:
            default = validators[index].default_value(state)
        except ValError as exc:
            errors.extend(exc.with_loc(index).line_errors)
            continue
        if default is None:
            errors.append(val_error('missing', input).with_loc(index).line_errors[0])
        elif not errors:
            out.append(default.value)
    return errors
