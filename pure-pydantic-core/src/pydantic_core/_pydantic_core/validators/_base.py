"""The validator protocol, the registry from schema type to validator class, and the build context.

A core schema is built ONCE into a tree of small validator objects; each call
then runs `validator.validate(input, state)` down that tree. To add a schema
type: write a `Validator` subclass in the module of its family, decorate it
with `@register('the-type')`, give it a `build(cls, schema, ctx)` classmethod
that reads the schema and config (all lookups happen here, not per call) and
a `validate(self, input, state)` method that returns the validated value or
raises `ValError` (see `errors/line_error.py`). Then list the module in
`validators/__init__.py`.
"""

from __future__ import annotations

from .._state import PYTHON
from ..errors import SchemaError

__all__ = ['Validator', 'BuildContext', 'register', 'VALIDATORS', 'DefinitionSlot', 'Omit']

VALIDATORS: dict[str, type[Validator]] = {}


def register(*schema_types: str):
    """Class decorator: this validator class handles these core schema `type`s."""

    def decorate(cls):
        for schema_type in schema_types:
            VALIDATORS[schema_type] = cls
        return cls

    return decorate


class Validator:
    """Base of all validators.

    Attributes every validator has:
      name: the short description used in error titles and union locations
            (e.g. 'int', 'list[int]', 'function-after[f(), int]').
    """

    __slots__ = ('name',)

    @classmethod
    def build(cls, schema: dict, ctx: BuildContext) -> Validator:
        raise NotImplementedError

    def validate(self, input, state):
        """Return the validated value, or raise ValError."""
        raise NotImplementedError

    # Optional hooks, overridden where they make sense:

    def validate_assignment(self, obj, field_name: str, field_value, state):
        """`SchemaValidator.validate_assignment` (models, dataclasses, typed dicts)."""
        raise TypeError(f'validate_assignment is not supported for {self.name}')

    def default_value(self, state):
        """For `get_default_value`: a `Some` holding the default, or None when there is none."""
        return None

    def debug_struct(self):
        """(variant, struct name, fields or None) for the native-like repr (see _debug.py)."""
        from .._debug import variant_of

        cls_name = type(self).__name__
        fields = [('strict', self.strict)] if hasattr(self, 'strict') and not callable(getattr(self, 'strict')) else None
        return variant_of(cls_name, 'Validator'), cls_name, fields

    def __repr__(self) -> str:
        from .._debug import render_compact

        return render_compact(self)


class Omit(Exception):
    """Internal signal (from `on_error='omit'` or PydanticOmit): the containing collection drops this item."""


class DefinitionSlot:
    """A named definition (`ref`): filled once its schema is built, so references may precede it."""

    __slots__ = ('ref', 'schema', 'validator', 'building', 'used_recursively', 'defined_by')

    def __init__(self, ref: str, schema: dict | None):
        self.ref = ref
        self.schema = schema
        self.validator: Validator | None = None
        self.building = False
        self.used_recursively = False
        self.defined_by = None  # the `definitions` entry that gave it (another one is a duplicate)


class BuildContext:
    """What building a schema needs besides the schema: the config in effect and the definitions."""

    __slots__ = ('config', 'definitions', 'use_prebuilt')

    def __init__(self, config: dict | None, definitions: dict[str, DefinitionSlot] | None = None, use_prebuilt: bool = True):
        self.config = config  # as given (None when absent): ValidationInfo.config shows it
        self.definitions = definitions if definitions is not None else {}
        # a complete model's (or dataclass's) own validator is reused for its schema (as natively)
        self.use_prebuilt = use_prebuilt

    def with_config(self, config: dict | None) -> BuildContext:
        """The context for a sub-schema with its own config (a model's or a dataclass's)."""
        if config is None:
            return self
        return BuildContext(config, self.definitions, self.use_prebuilt)

    def get_config(self, key: str, default=None):
        config = self.config
        return default if config is None else config.get(key, default)

    def is_strict(self, schema: dict) -> bool:
        """The schema's own `strict`, else the config's, else False."""
        strict = schema.get('strict')
        if strict is None:
            strict = self.get_config('strict', False)
        return bool(strict)

    def build(self, schema: dict) -> Validator:
        if not isinstance(schema, dict):
            raise TypeError(f"'{type(schema).__name__}' object is not an instance of 'dict'")
        schema_type = schema['type']
        cls = VALIDATORS.get(schema_type)
        if cls is None:
            raise SchemaError(f'Unknown schema type: "{schema_type}"')
        ref = schema.get('ref')
        slot = None
        if ref is not None and schema_type not in ('definitions', 'definition-ref'):
            # A schema carrying its own `ref`: references to it (even from inside it) resolve to this build.
            slot = self.slot(ref)
            if slot.validator is not None and slot.schema is schema:
                return slot.validator
            if slot.schema is None:
                slot.schema = schema
            slot.building = True
        try:
            validator = cls.build(schema, self)
        except RecursionError:
            raise
        except UnwrappedSchemaError as exc:
            raise SchemaError(str(exc)) from None
        except Exception as exc:
            # Every level adds its own line, as natively: 'Error building "list" validator:\n  SchemaError: ...'
            raise SchemaError(f'Error building "{schema_type}" validator:\n  {type(exc).__name__}: {exc}') from exc
        finally:
            if slot is not None:
                slot.building = False
        if slot is not None and (slot.validator is None or slot.schema is schema):
            slot.validator = validator
        return validator

    def slot(self, ref: str) -> DefinitionSlot:
        slot = self.definitions.get(ref)
        if slot is None:
            slot = self.definitions[ref] = DefinitionSlot(ref, None)
        return slot


def without_partial(validate, input, state):
    """`validate(input, state)` with `allow_partial` off: validators that do not support partial
    input (tuples, model fields, dataclass and call arguments) start with
    `if state.allow_partial: return without_partial(self.validate, input, state)`."""
    partial = state.allow_partial
    state.allow_partial = False
    try:
        return validate(input, state)
    finally:
        state.allow_partial = partial


def python_input(validate, input, state):
    """`validate(input, state)` reading `input` as a Python object: for values Python code made
    during a JSON or validate_strings call (a before-function's result, a wrap handler's
    argument, a chain step's output, a default)."""
    mode = state.mode
    if mode is PYTHON:
        return validate(input, state)
    state.mode = PYTHON
    try:
        return validate(input, state)
    finally:
        state.mode = mode


class UnwrappedSchemaError(Exception):
    """A build error reported as it is at its own level (no 'Error building ...' line)."""


def prebuilt(cls, attribute: str, root_type):
    """For the schema of a complete class: the validator it already carries, wrapped as natively
    (a PrebuiltValidator), when that validator's root is a `root_type` for the class itself or a
    plain/before function validator (wrap and after function validators are not reused)."""
    namespace = getattr(cls, '__dict__', None)
    if not namespace or not namespace.get('__pydantic_complete__'):
        return None
    schema_validator = namespace.get(attribute)
    root = getattr(schema_validator, '_validator', None)
    if root is None:
        return None
    from .functions import FunctionBeforeValidator, FunctionPlainValidator

    if not (isinstance(root, (FunctionPlainValidator, FunctionBeforeValidator))
            or (isinstance(root, root_type) and getattr(root, 'cls', None) is cls)):
        return None
    wrapper = PrebuiltValidator()
    wrapper.root = root
    wrapper.name = root.name
    return wrapper


class PrebuiltValidator(Validator):
    """The validator of another SchemaValidator (a complete class's own), used as it is."""

    __slots__ = ('root',)

    def validate(self, input, state):
        return self.root.validate(input, state)

    def validate_assignment(self, obj, field_name, field_value, state):
        return self.root.validate_assignment(obj, field_name, field_value, state)

    def default_value(self, state):
        return self.root.default_value(state)

    def debug_struct(self):
        from .._debug import Raw

        return 'Prebuilt', 'PrebuiltValidator', [('schema_validator', Raw('Py(0x0)'))]
