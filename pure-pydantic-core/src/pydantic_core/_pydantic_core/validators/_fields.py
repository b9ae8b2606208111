"""What model-fields, typed-dict and dataclass-args share: finding a field's value in the input.

A field is found by its validation alias (a key, a path of keys and indices,
or several alternative paths) and/or by its name, depending on the config's
`validate_by_alias`/`validate_by_name` and the call's `by_alias`/`by_name`.
All of that is prepared once per field at build time (`FieldLookup`).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import SchemaError, val_error

MISSING = object()


def _paths(alias) -> list[list] | None:
    """A validation alias as a list of paths (each a list of str and int), or None; SchemaError-worthy
    ValueError/TypeError for malformed ones (as the native builder words them)."""
    if alias is None:
        return None
    if isinstance(alias, str):
        return [[alias]]
    if not alias:
        raise ValueError('Lookup paths should have at least one element')
    if isinstance(alias[0], list):
        paths = []
        for path in alias:
            if not isinstance(path, list):
                raise TypeError(f"'{type(path).__name__}' object is not an instance of 'list'")
            if not path:
                raise ValueError('Each alias path should have at least one element')
            if not isinstance(path[0], str):
                raise TypeError('The first item in an alias path should be a string')
            paths.append(list(path))
        return paths
    if not isinstance(alias[0], str):
        raise TypeError(f"'{type(alias[0]).__name__}' object is not an instance of 'list'")
    return [list(alias)]


def exception_text(exc: BaseException) -> str:
    """'<type>: <message>' of an exception raised while reading the input (qualname, as natively)."""
    try:
        message = str(exc)
    except Exception:  # noqa: BLE001
        message = '<exception str() failed>'
    if not message:
        return type(exc).__qualname__
    return f'{type(exc).__qualname__}: {message}'


class ObjectAndMapping:
    """The (object, mapping) pair form of from_attributes input: the mapping wins."""

    __slots__ = ('obj', 'mapping')

    def __init__(self, obj, mapping):
        self.obj = obj
        self.mapping = mapping


def resolve_by_alias_by_name(ctx, schema=None) -> tuple[bool, bool]:
    by_alias = ctx.get_config('validate_by_alias', True)
    by_name = ctx.get_config('validate_by_name', False)
    if schema is not None:
        if schema.get('validate_by_alias') is not None:
            by_alias = schema['validate_by_alias']
        if schema.get('validate_by_name') is not None:
            by_name = schema['validate_by_name']
    return by_alias, by_name


class FieldLookup:
    """How to find one field in a mapping or an object."""

    __slots__ = ('name', 'alias_paths', 'simple_alias', 'alias_loc', 'first_keys')

    def __init__(self, name: str, validation_alias):
        self.name = name
        self.alias_paths = _paths(validation_alias)
        # The common case, one plain key, gets a fast path.
        if self.alias_paths is not None and len(self.alias_paths) == 1 and len(self.alias_paths[0]) == 1:
            self.simple_alias = self.alias_paths[0][0]
        else:
            self.simple_alias = None
        self.alias_loc = tuple(self.alias_paths[0]) if self.alias_paths else None
        keys = {name}
        if self.alias_paths:
            keys.update(p[0] for p in self.alias_paths if p)
        self.first_keys = keys

    def missing_loc(self, use_alias: bool, use_name: bool) -> tuple:
        if self.alias_paths is not None and (use_alias or not use_name):
            return self.alias_loc
        return (self.name,)

    def find(self, input, use_alias: bool, use_name: bool, from_attributes: bool):
        """(value, loc, used first key) or (MISSING, None, None)."""
        if self.alias_paths is not None and use_alias:
            if self.simple_alias is not None:
                value = _get(input, self.simple_alias, from_attributes)
                if value is not MISSING:
                    return value, (self.simple_alias,), self.simple_alias
            else:
                for path in self.alias_paths:
                    value = _get_path(input, path, from_attributes)
                    if value is not MISSING:
                        return value, tuple(path), path[0]
            if not use_name:
                return MISSING, None, None
        elif self.alias_paths is not None and not use_name:
            # Neither lookup allowed: the native core refuses this at build time.
            return MISSING, None, None
        value = _get(input, self.name, from_attributes)
        if value is not MISSING:
            return value, (self.name,), self.name
        return MISSING, None, None


def _get(input, key, from_attributes: bool):
    if type(input) is dict:
        return input.get(key, MISSING)
    if isinstance(input, dict):  # dict.get: a defaultdict must not invent missing fields
        return dict.get(input, key, MISSING)
    if isinstance(input, Mapping):
        try:
            return input[key]
        except KeyError:
            return MISSING
        except Exception as exc:
            raise val_error('mapping_type', input, {'error': exception_text(exc)}) from None
    if type(input) is ObjectAndMapping:
        value = _get(input.mapping, key, False)
        return value if value is not MISSING else _get(input.obj, key, from_attributes)
    if from_attributes and isinstance(key, str):
        try:
            return getattr(input, key)
        except AttributeError:
            return MISSING
        except Exception as exc:
            raise val_error('get_attribute_error', input, {'error': exception_text(exc)}) from None
    return MISSING


def _get_path(input, path, from_attributes: bool):
    value = _get(input, path[0], from_attributes)
    for item in path[1:]:
        if value is MISSING:
            return MISSING
        if isinstance(item, int):
            if isinstance(value, (list, tuple)):
                try:
                    value = value[item]
                except IndexError:
                    return MISSING
            elif isinstance(value, Mapping):
                value = value.get(item, MISSING)
            else:
                return MISSING
        elif isinstance(value, Mapping):
            value = value.get(item, MISSING)
        elif from_attributes and not isinstance(value, (str, bytes, list, tuple, int, float)):
            try:
                value = getattr(value, item, MISSING)
            except Exception as exc:  # noqa: BLE001
                raise val_error('get_attribute_error', input, {'error': exception_text(exc)}) from None
        else:
            return MISSING
    return value


def build_field(ctx, name, schema):
    """A field's validator; build errors say which field (as natively)."""
    try:
        return ctx.build(schema)
    except SchemaError as exc:
        raise SchemaError(f'Field "{name}":\n  SchemaError: {exc}') from exc


def check_lookup_flags(by_alias: bool, by_name: bool) -> None:
    if not by_alias and not by_name:
        raise SchemaError('`validate_by_name` and `validate_by_alias` cannot both be set to `False`.')
