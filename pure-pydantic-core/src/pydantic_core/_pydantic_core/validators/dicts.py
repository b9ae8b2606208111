"""dict: keys and values validated by their own schemas."""

from __future__ import annotations

from collections.abc import Mapping

from .._state import JSON, LAX, PYTHON, STRICT, STRINGS
from ..errors import ValError, val_error
from ._base import Omit, Validator, register
from .any_none import AnyValidator
from .sequences import length_error


def mapping_items(input, strict: bool, state):
    """(key, value) pairs of a dict input, or raise dict_type (lax mode accepts any Mapping)."""
    if type(input) is dict:
        return input.items()
    if state.mode is not PYTHON:
        raise val_error('dict_type', input)
    if isinstance(input, dict):
        state.floor_exactness(STRICT)
        return input.items()
    if strict or not isinstance(input, Mapping):
        raise val_error('dict_type', input)
    state.floor_exactness(LAX)
    try:
        items = list(input.items())
    except Exception as exc:
        raise val_error('mapping_type', input, {'error': f'{type(exc).__name__}: {exc}'}) from None
    for item in items:
        if not isinstance(item, tuple) or len(item) != 2:
            raise val_error('mapping_type', input, {'error': 'Mapping items must be tuples of (key, value) pairs'})
    return items


@register('dict')
class DictValidator(Validator):
    __slots__ = ('strict', 'key_validator', 'value_validator', 'min_length', 'max_length', 'fail_fast', 'trivial')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.strict = ctx.is_strict(schema)
        self.key_validator = ctx.build(schema.get('keys_schema') or {'type': 'any'})
        self.value_validator = ctx.build(schema.get('values_schema') or {'type': 'any'})
        self.min_length = schema.get('min_length')
        self.max_length = schema.get('max_length')
        self.fail_fast = schema.get('fail_fast', False)
        self.trivial = type(self.key_validator) is AnyValidator and type(self.value_validator) is AnyValidator
        self.name = f'dict[{self.key_validator.name},{self.value_validator.name}]'
        return self

    def validate(self, input, state):
        strict = self.strict if state.strict is None else state.strict
        items = mapping_items(input, strict, state)
        if state.mode is STRINGS:
            check_strings_mapping(items)
        if state.allow_partial and not self.trivial:
            out = self._validate_partial(items, state)
        elif self.trivial:
            out = dict(items)
            if out:
                state.floor_exactness(STRICT)
        else:
            out = {}
            errors = None
            validate_key = self.key_validator.validate
            validate_value = self.value_validator.validate
            json_keys = True if state.mode is JSON else None
            for key, value in items:
                try:
                    new_key = validate_key(key, state) if json_keys is None else _validate_json_key(validate_key, key, state)
                except ValError as exc:
                    if errors is None:
                        errors = []
                    errors.extend(exc.with_loc('[key]').with_loc(loc_item(key)).line_errors)
                    new_key = _FAILED
                    if self.fail_fast:
                        break
                except Omit:
                    continue
                try:
                    new_value = validate_value(value, state)
                except Omit:
                    continue
                except ValError as exc:
                    if errors is None:
                        errors = []
                    errors.extend(exc.with_loc(loc_item(key)).line_errors)
                    if self.fail_fast:
                        break
                    continue
                if new_key is not _FAILED:
                    out[new_key] = new_value
            if errors:
                raise ValError(errors)
        return self._check_length(out, input)

    def _check_length(self, out, input):
        if self.min_length is not None and len(out) < self.min_length:
            raise length_error('too_short', 'Dictionary', 'min_length', self.min_length, len(out), input)
        if self.max_length is not None and len(out) > self.max_length:
            raise length_error('too_long', 'Dictionary', 'max_length', self.max_length, len(out), input)
        return out


    def _validate_partial(self, items, state):
        """Partial input: entries but the last validated with `allow_partial` off; the last value is
        validated with it on and the entry dropped when it fails (key errors are always reported)."""
        partial = state.allow_partial
        items = list(items)
        last_index = len(items) - 1
        out = {}
        errors = None
        validate_key = self.key_validator.validate
        validate_value = self.value_validator.validate
        json_keys = state.mode is JSON
        state.allow_partial = False
        try:
            for index, (key, value) in enumerate(items):
                try:
                    new_key = _validate_json_key(validate_key, key, state) if json_keys else validate_key(key, state)
                except ValError as exc:
                    if errors is None:
                        errors = []
                    errors.extend(exc.with_loc('[key]').with_loc(loc_item(key)).line_errors)
                    new_key = _FAILED
                    if self.fail_fast:
                        break
                except Omit:
                    continue
                last = index == last_index
                if last:
                    state.allow_partial = partial
                try:
                    new_value = validate_value(value, state)
                except Omit:
                    continue
                except ValError as exc:
                    if last:
                        continue
                    if errors is None:
                        errors = []
                    errors.extend(exc.with_loc(loc_item(key)).line_errors)
                    if self.fail_fast:
                        break
                    continue
                if new_key is not _FAILED:
                    out[new_key] = new_value
        finally:
            state.allow_partial = partial
        if errors:
            raise ValError(errors)
        return out


_FAILED = object()


def loc_item(key):
    """A mapping key as a location item: str and int as they are, anything else as its str()."""
    return key if type(key) is str or type(key) is int else str(key)


def _validate_json_key(validate_key, key, state):
    # JSON object keys are strings and are parsed (as ints, ...) even in strict mode.
    saved = state.strict
    state.strict = False
    try:
        return validate_key(key, state)
    finally:
        state.strict = saved


def check_strings_mapping(items):
    """validate_strings: a mapping's keys are str and its values str or dicts, else string_type."""
    for key, value in items:
        if not isinstance(key, str):
            raise val_error('string_type', key)
        if not isinstance(value, (str, dict)):
            raise val_error('string_type', value)
