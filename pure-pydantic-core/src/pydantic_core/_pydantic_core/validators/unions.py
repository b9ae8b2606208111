"""union (smart or left-to-right) and tagged-union (a discriminator picks the member)."""

from __future__ import annotations

from collections.abc import Mapping

from .._state import EXACT, PYTHON
from ..errors import SchemaError, LineError, ValError, val_error
from ._base import Omit, Validator, register


def _custom_error(schema):
    """(type, message, context) of a union's custom error, or None."""
    error_type = schema.get('custom_error_type')
    if error_type is None:
        return None
    message = schema.get('custom_error_message')
    context = schema.get('custom_error_context')
    from ..errors import KNOWN_ERRORS

    kind = KNOWN_ERRORS.get(error_type)
    if kind is not None and message is not None:
        raise SchemaError("custom_error_message should not be provided if 'custom_error_type' matches a known error")
    if kind is None and message is None:
        raise KeyError('custom_error_message')
    if kind is not None:
        kind.check_context(context)
    return error_type, message, context


@register('union')
class UnionValidator(Validator):
    __slots__ = ('choices', '_labels', 'custom_error', 'mode', 'strict')

    @property
    def labels(self):
        # Computed when needed: a recursive reference knows its name only once everything is built.
        return [label if label is not None else v.name for v, label in zip(self.choices, self._labels)]

    @classmethod
    def build(cls, schema, ctx):
        choices = []
        labels = []
        for choice in schema['choices']:
            if isinstance(choice, tuple):
                choice_schema, label = choice
                validator = ctx.build(choice_schema)
            else:
                validator = ctx.build(choice)
                label = None
            choices.append(validator)
            labels.append(label)
        if not choices:
            raise SchemaError('One or more union choices required')
        if len(choices) == 1 and schema.get('auto_collapse', True) and labels[0] is None:
            return choices[0]
        self = cls()
        self.choices = choices
        self._labels = labels
        self.custom_error = _custom_error(schema)
        self.mode = schema.get('mode', 'smart')
        self.strict = ctx.is_strict(schema)
        self.name = f'union[{",".join(self.labels)}]'
        return self

    def debug_struct(self):
        from .._debug import Raw

        return 'Union', 'UnionValidator', [
            ('mode', Raw('Smart' if self.mode == 'smart' else 'LeftToRight')),
            ('choices', [(v, label) for v, label in zip(self.choices, self.labels)]),
            ('custom_error', None),
            ('name', self.name),
        ]

    def _fail(self, input, errors):
        if self.custom_error is not None:
            error_type, message, context = self.custom_error
            raise ValError([LineError(error_type, input, context, message)])
        raise ValError(errors)

    def validate(self, input, state):
        if self.mode == 'left_to_right':
            return self._left_to_right(input, state)
        return self._smart(input, state)

    def _left_to_right(self, input, state):
        errors = []
        omitted = False
        for validator, label in zip(self.choices, self.labels):
            try:
                return validator.validate(input, state)
            except ValError as exc:
                errors.extend(exc.with_loc(label).line_errors)
            except Omit:
                omitted = True
        if omitted:
            raise Omit()  # natively a member asking to omit the value wins when none fits
        self._fail(input, errors)

    def _smart(self, input, state):
        outer_exactness = state.exactness
        outer_fields_set = state.fields_set_count
        outer_in_union = state.in_union
        state.in_union = True
        best = None  # (value, exactness, fields_set_count)
        errors = []
        omitted = False
        try:
            for validator, label in zip(self.choices, self.labels):
                state.exactness = EXACT
                state.fields_set_count = None
                try:
                    value = validator.validate(input, state)
                except ValError as exc:
                    if best is None:
                        errors.extend(exc.with_loc(label).line_errors)
                    continue
                except Omit:
                    omitted = True
                    continue
                exactness = state.exactness
                fields_set = state.fields_set_count
                if exactness == EXACT and fields_set is None:
                    best = (value, exactness, fields_set)
                    break
                if best is None:
                    best = (value, exactness, fields_set)
                else:
                    best_fields = best[2]
                    if best_fields is not None and fields_set is not None and best_fields != fields_set:
                        better = fields_set > best_fields
                    else:
                        better = exactness > best[1]
                    if better:
                        best = (value, exactness, fields_set)
        finally:
            state.exactness = outer_exactness
            state.fields_set_count = outer_fields_set
            state.in_union = outer_in_union
        if best is not None:
            state.floor_exactness(best[1])
            if best[2] is not None:
                state.add_fields_set(best[2])
            return best[0]
        if omitted:
            raise Omit()
        self._fail(input, errors)


def _discriminator_repr(discriminator) -> str:
    if isinstance(discriminator, str):
        return repr(discriminator)
    if callable(discriminator):
        return f'{getattr(discriminator, "__name__", repr(discriminator))}()'
    paths = discriminator
    if paths and not isinstance(paths[0], list):
        paths = [paths]
    return ' | '.join('.'.join(repr(item) for item in path) for path in paths)


_MISSING = object()


def _lookup_path(input, path, from_attributes: bool):
    value = input
    for item in path:
        if isinstance(value, Mapping):
            try:
                value = value[item]
            except (KeyError, TypeError):
                return _MISSING
        elif isinstance(value, (list, tuple)) and isinstance(item, int):
            try:
                value = value[item]
            except IndexError:
                return _MISSING
        elif from_attributes and isinstance(item, str):
            value = getattr(value, item, _MISSING)
            if value is _MISSING:
                return _MISSING
        else:
            return _MISSING
    return value


@register('tagged-union')
class TaggedUnionValidator(Validator):
    __slots__ = ('choices', 'discriminator', 'paths', 'discriminator_repr', 'expected_tags', 'custom_error', 'strict', 'from_attributes')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.choices = {tag: ctx.build(choice) for tag, choice in schema['choices'].items()}
        discriminator = schema['discriminator']
        self.discriminator = discriminator
        if isinstance(discriminator, str):
            self.paths = [[discriminator]]
        elif callable(discriminator):
            self.paths = None
        elif discriminator and isinstance(discriminator[0], list):
            self.paths = discriminator
        else:
            self.paths = [discriminator]
        self.discriminator_repr = _discriminator_repr(discriminator)
        self.expected_tags = ', '.join(repr(tag) if isinstance(tag, str) else repr(tag) for tag in self.choices)
        self.custom_error = _custom_error(schema)
        self.strict = ctx.is_strict(schema)
        self.from_attributes = schema.get('from_attributes', True)
        self.name = f'tagged-union[{",".join(v.name for v in self.choices.values())}]'
        return self

    def debug_struct(self):
        from .._debug import Raw, Tuple
        from .model_fields import _lookup_path_debug

        if self.paths is None:
            discriminator = Tuple('Function', Raw('Py(0x0)'))
        else:
            discriminator = Tuple('LookupPaths', [_lookup_path_debug(p) for p in self.paths])
        return 'TaggedUnion', 'TaggedUnionValidator', [
            ('discriminator', discriminator),
            ('from_attributes', bool(self.from_attributes)),
            ('custom_error', None),
            ('tags_repr', self.expected_tags),
            ('discriminator_repr', self.discriminator_repr),
            ('name', self.name),
        ]

    def _tag(self, input, state):
        if self.paths is None:
            tag = self.discriminator(input)
            if tag is None:
                raise self._error(input, 'union_tag_not_found', {'discriminator': self.discriminator_repr})
            return tag
        if not isinstance(input, Mapping):
            if state.mode is not PYTHON or not self.from_attributes:
                raise self._error(input, 'dict_type', None)
            if isinstance(input, (str, bytes, int, float, list, tuple)) or input is None or not hasattr(input, '__dict__'):
                raise self._error(input, 'model_attributes_type', None)
        for path in self.paths:
            tag = _lookup_path(input, path, self.from_attributes)
            if tag is not _MISSING:
                return tag
        raise self._error(input, 'union_tag_not_found', {'discriminator': self.discriminator_repr})

    def _error(self, input, error_type, context) -> ValError:
        if self.custom_error is not None:
            custom_type, message, custom_context = self.custom_error
            return ValError([LineError(custom_type, input, custom_context, message)])
        return val_error(error_type, input, context)

    def validate(self, input, state):
        tag = self._tag(input, state)
        validator = self._choice(tag)
        if validator is None:
            raise self._error(
                input,
                'union_tag_invalid',
                {'discriminator': self.discriminator_repr, 'tag': str(tag), 'expected_tags': self.expected_tags},
            )
        try:
            return validator.validate(input, state)
        except ValError as exc:
            raise exc.with_loc(tag if isinstance(tag, (str, int)) else str(tag)) from None

    def _choice(self, tag):
        try:
            validator = self.choices.get(tag)
        except TypeError:
            return None
        if validator is None and not isinstance(tag, str):
            value = getattr(tag, 'value', None)
            if value is not None:
                try:
                    validator = self.choices.get(value)
                except TypeError:
                    validator = None
        return validator

