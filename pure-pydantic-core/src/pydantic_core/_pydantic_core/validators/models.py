"""model: builds an instance of a BaseModel-like class from its validated fields.

The instance gets `__dict__`, `__pydantic_extra__`, `__pydantic_fields_set__`
and `__pydantic_private__` set directly (object.__setattr__), without calling
`__init__`, unless the class has a custom `__init__` (`custom_init`).
"""

from __future__ import annotations

from collections.abc import Mapping

from .._state import STRICT
from .._undefined import PydanticUndefined
from ..errors import LineError, ValError, val_error
from ._base import Validator, prebuilt, register
from .functions import call_user

_setattr = object.__setattr__


def revalidate_setting(schema, ctx) -> str:
    value = schema.get('revalidate_instances')
    if value is None:
        value = ctx.get_config('revalidate_instances', 'never')
    return value


@register('model')
class ModelValidator(Validator):
    __slots__ = (
        'cls',
        'inner',
        'custom_init',
        'root_model',
        'post_init',
        'frozen',
        'revalidate',
        'strict',
        'from_attributes',
        'class_name',
        'generic_origin',
    )

    @classmethod
    def build(cls, schema, ctx):
        if ctx.use_prebuilt:
            reused = prebuilt(schema['cls'], '__pydantic_validator__', cls)
            if reused is not None:
                return reused
        self = cls()
        self.cls = schema['cls']
        if not isinstance(self.cls, type):
            raise TypeError(f"'{type(self.cls).__name__}' object is not an instance of 'type'")
        inner_ctx = ctx.with_config(schema.get('config'))
        self.strict = inner_ctx.is_strict(schema)
        self.inner = inner_ctx.build(schema['schema'])
        self.custom_init = schema.get('custom_init', False)
        self.generic_origin = schema.get('generic_origin')
        self.root_model = schema.get('root_model', False)
        self.post_init = schema.get('post_init')
        self.frozen = schema.get('frozen', False)
        self.revalidate = revalidate_setting(schema, inner_ctx)
        self.from_attributes = inner_ctx.get_config('from_attributes', False)
        self.name = getattr(self.cls, '__name__', repr(self.cls))
        # Errors name the model as its fields schema does ('Model' when it says nothing).
        inner_schema = schema['schema']
        self.class_name = self.name if self.root_model else inner_schema.get('model_name', 'Model')
        return self

    def debug_struct(self):
        from .._debug import Raw

        revalidate = {'never': 'Never', 'always': 'Always', 'subclass-instances': 'SubclassInstances'}.get(self.revalidate, 'Never')
        return 'Model', 'ModelValidator', [
            ('revalidate', Raw(revalidate)),
            ('validator', self.inner),
            ('class', Raw('Py(0x0)')),
            ('post_init', self.post_init),
            ('frozen', bool(self.frozen)),
            ('custom_init', bool(self.custom_init)),
            ('root_model', bool(self.root_model)),
            ('name', self.name),
        ]

    def validate(self, input, state):
        self_instance = state.self_instance
        if self_instance is not None:
            # Validation from the model's __init__: fill the given instance (only at the top).
            state.self_instance = None
            return self._fill(self_instance, input, state)
        cls = self.cls
        if isinstance(input, cls):
            revalidate = self.revalidate
            if revalidate == 'never' or (revalidate == 'subclass-instances' and type(input) is cls):
                return input
            return self._revalidate(input, state)
        origin = self.generic_origin
        if origin is not None and isinstance(input, origin):
            # An instance of the same generic model with other parameters: validated again.
            return self._revalidate(input, state)
        if self.custom_init:
            if isinstance(input, dict):
                return self._call_init(input)
        instance = self._fill(None, input, state)
        state.floor_exactness(STRICT)
        return instance

    def _call_init(self, input):
        # errors of the class's own __init__ (ValueError, AssertionError) are validation errors
        return call_user(lambda: self.cls(**input), (), input)

    def _fill(self, instance, input, state):
        """Validate `input` and set the result on `instance` (None: create it once validation passed,
        so that an invalid input never instantiates the class)."""
        if self.root_model:
            outer_field = state.field_name
            state.field_name = 'root'  # what ValidationInfo.field_name says inside a root model
            try:
                value = self.inner.validate(input, state)
            finally:
                state.field_name = outer_field
            if instance is None:
                instance = self.cls.__new__(self.cls)
            _setattr(instance, '__dict__', {'root': value})
            # natively a root model has no __pydantic_extra__ attribute at all
            _setattr(instance, '__pydantic_private__', None)
            _setattr(instance, '__pydantic_fields_set__', set() if input is PydanticUndefined else {'root'})
        else:
            if isinstance(input, self.cls):
                input = _instance_as_dict(input)
            model_dict, model_extra, fields_set = self.inner.validate(input, state)
            if instance is None:
                instance = self.cls.__new__(self.cls)
            _setattr(instance, '__dict__', model_dict)
            _setattr(instance, '__pydantic_extra__', model_extra)
            _setattr(instance, '__pydantic_private__', None)
            _setattr(instance, '__pydantic_fields_set__', fields_set)
        if self.post_init:
            call_user(getattr(instance, self.post_init), (state.context,), input)
        return instance

    def _revalidate(self, input, state):
        if self.custom_init and not self.root_model:
            return self._call_init(_instance_as_dict(input))
        if self.root_model:
            data = input.__dict__.get('root')
        else:
            data = _instance_as_dict(input)
        # natively an instance without __pydantic_fields_set__ is an AttributeError
        fields_set = input.__pydantic_fields_set__ if not self.root_model else getattr(input, '__pydantic_fields_set__', None)
        instance = self._fill(None, data, state)
        if fields_set is not None:
            _setattr(instance, '__pydantic_fields_set__', set(fields_set))
        return instance

    def validate_assignment(self, obj, field_name, field_value, state):
        if self.frozen:
            raise ValError([LineError('frozen_instance', field_value)])
        if self.root_model:
            if field_name != 'root':
                raise ValError([LineError('no_such_attribute', field_value, {'attribute': field_name}, None, [field_name])])
            outer_field = state.field_name
            state.field_name = 'root'
            try:
                value = self.inner.validate(field_value, state)
            finally:
                state.field_name = outer_field
            _setattr(obj, '__dict__', {'root': value})
            return obj
        extra = getattr(obj, '__pydantic_extra__', None)
        data = {**obj.__dict__, **extra} if extra else dict(obj.__dict__)
        result = self.inner.validate_assignment(data, field_name, field_value, state)
        if isinstance(result, tuple):
            new_dict, new_extra, fields_update = result
        else:
            new_dict, new_extra, fields_update = result, None, {field_name}
        _setattr(obj, '__dict__', new_dict)
        if new_extra is not None:
            _setattr(obj, '__pydantic_extra__', new_extra)
        fields_set = getattr(obj, '__pydantic_fields_set__', None)
        if fields_set is not None:
            fields_set.update(fields_update)
        return obj


def _instance_as_dict(instance) -> dict:
    data = dict(instance.__dict__)
    extra = getattr(instance, '__pydantic_extra__', None)
    if extra:
        data.update(extra)
    return data
