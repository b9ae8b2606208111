"""SchemaSerializer, and the schema-less `to_json` / `to_jsonable_python` functions."""

from __future__ import annotations

from ._json import JsonWriteError, dumps
from .errors import PydanticOmit, PydanticSerializationError
from .serializers import SerState, build_serializer
from .serializers.infer import infer

__all__ = ['SchemaSerializer', 'to_json', 'to_jsonable_python']

_WARNING_MODES = (True, False, 'none', 'warn', 'error')


def _check_warnings(warnings):
    if warnings not in _WARNING_MODES:
        raise ValueError(f"Invalid warnings parameter: {warnings!r}, expected one of 'none', 'warn', 'error'")


def _write(value, indent, ensure_ascii, inf_nan_mode) -> bytes:
    try:
        return dumps(value, indent=indent, ensure_ascii=ensure_ascii, inf_nan_mode=inf_nan_mode)
    except JsonWriteError as exc:
        raise PydanticSerializationError(f'Error serializing to JSON: {exc}') from None


class SchemaSerializer:
    __slots__ = ('_schema', '_config', '_serializer', '__weakref__')

    def __init__(self, schema, config=None, _use_prebuilt: bool = True):
        self._schema = schema
        self._config = config
        self._serializer = build_serializer(schema, config, _use_prebuilt)

    def __reduce__(self):
        return type(self), (self._schema, self._config, False)  # rebuilt without prebuilt serializers

    def __repr__(self) -> str:
        from ._debug import render

        return f'SchemaSerializer(serializer={render(self._serializer)}, definitions=[])'

    def _state(self, mode, by_alias, exclude_unset, exclude_defaults, exclude_none, exclude_computed_fields, round_trip,
               warnings, fallback, serialize_as_any, polymorphic_serialization, context):
        _check_warnings(warnings)
        return SerState(
            mode, by_alias, exclude_unset, exclude_defaults, exclude_none, exclude_computed_fields, round_trip,
            warnings, fallback, serialize_as_any, polymorphic_serialization, context, self._config,
        )

    def to_python(self, value, *, mode=None, include=None, exclude=None, by_alias=None, exclude_unset=False,
                  exclude_defaults=False, exclude_none=False, exclude_computed_fields=False, round_trip=False,
                  warnings=True, fallback=None, serialize_as_any=False, polymorphic_serialization=None, context=None):
        state = self._state(mode or 'python', by_alias, exclude_unset, exclude_defaults, exclude_none,
                            exclude_computed_fields, round_trip, warnings, fallback, serialize_as_any,
                            polymorphic_serialization, context)
        result = self._serializer.to_python(value, state, include, exclude)
        state.emit_warnings()
        return result

    def to_json(self, value, *, indent=None, ensure_ascii=False, include=None, exclude=None, by_alias=None,
                exclude_unset=False, exclude_defaults=False, exclude_none=False, exclude_computed_fields=False,
                round_trip=False, warnings=True, fallback=None, serialize_as_any=False,
                polymorphic_serialization=None, context=None) -> bytes:
        state = self._state('json', by_alias, exclude_unset, exclude_defaults, exclude_none, exclude_computed_fields,
                            round_trip, warnings, fallback, serialize_as_any, polymorphic_serialization, context)
        state.to_json = True
        try:
            result = self._serializer.to_python(value, state, include, exclude)
        except PydanticSerializationError as exc:
            if getattr(exc, '_from_function', False):
                raise PydanticSerializationError(f'Error serializing to JSON: PydanticSerializationError: {exc}') from None
            raise
        except (PydanticOmit, RecursionError):
            raise
        except Exception as exc:
            # Errors from user code (properties, ...) are reported as the JSON writer's.
            raise PydanticSerializationError(f'Error serializing to JSON: {type(exc).__name__}: {exc}') from exc
        state.emit_warnings()
        inf_nan = self._config.get('ser_json_inf_nan', 'null') if self._config else 'null'
        return _write(result, indent, ensure_ascii, inf_nan)


def _standalone_state(mode, by_alias, exclude_none, round_trip, timedelta_mode, temporal_mode, bytes_mode,
                      inf_nan_mode, serialize_unknown, fallback, serialize_as_any, polymorphic_serialization, context):
    state = SerState(mode, by_alias, False, False, exclude_none, False, round_trip, True, fallback, serialize_as_any,
                     polymorphic_serialization, context, None)
    state.timedelta_mode = timedelta_mode
    state.temporal_mode = temporal_mode
    from ._temporal.serialize import mode_for

    config = {'ser_json_timedelta': timedelta_mode}
    if temporal_mode != 'iso8601':
        config['ser_json_temporal'] = temporal_mode
    state.temporal_infer_mode = mode_for(config, None)
    state.bytes_mode = bytes_mode
    state.inf_nan_mode = inf_nan_mode
    state.serialize_unknown = serialize_unknown
    return state


def _too_many_positional(name, args):
    # The native functions' wording (always "arguments").
    return TypeError(f'{name}() takes 1 positional arguments but {len(args) + 1} were given')


def to_json(value, *args, indent=None, ensure_ascii=False, include=None, exclude=None, by_alias=True, exclude_none=False,
            round_trip=False, timedelta_mode='iso8601', temporal_mode='iso8601', bytes_mode='utf8',
            inf_nan_mode='constants', serialize_unknown=False, fallback=None, serialize_as_any=False,
            polymorphic_serialization=None, context=None) -> bytes:
    if args:
        raise _too_many_positional('to_json', args)
    state = _standalone_state('json', by_alias, exclude_none, round_trip, timedelta_mode, temporal_mode, bytes_mode,
                              inf_nan_mode, serialize_unknown, fallback, serialize_as_any, polymorphic_serialization,
                              context)
    state.to_json = True
    try:
        result = infer(value, state, include, exclude)
    except (PydanticSerializationError, PydanticOmit, RecursionError):
        raise
    except Exception as exc:
        # Errors from user code (fallback, ...) are reported as the JSON writer's.
        raise PydanticSerializationError(f'Error serializing to JSON: {type(exc).__name__}: {exc}') from exc
    state.emit_warnings()
    return _write(result, indent, ensure_ascii, inf_nan_mode)


def to_jsonable_python(value, *args, include=None, exclude=None, by_alias=True, exclude_none=False, round_trip=False,
                       timedelta_mode='iso8601', temporal_mode='iso8601', bytes_mode='utf8',
                       inf_nan_mode='constants', serialize_unknown=False, fallback=None, serialize_as_any=False,
                       polymorphic_serialization=None, context=None):
    if args:
        raise _too_many_positional('to_jsonable_python', args)
    state = _standalone_state('json', by_alias, exclude_none, round_trip, timedelta_mode, temporal_mode, bytes_mode,
                              inf_nan_mode, serialize_unknown, fallback, serialize_as_any, polymorphic_serialization,
                              context)
    result = infer(value, state, include, exclude)
    state.emit_warnings()
    return result
