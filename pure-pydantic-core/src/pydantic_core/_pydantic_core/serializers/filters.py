"""include / exclude: which keys (or indices) of a container to serialize, and what to pass down.

Both are None, a set of keys, or a dict from key to a nested include/exclude
(or True/Ellipsis for "all of it"). `'__all__'` applies to every key. The
walk over a container yields (key, value, include for the value, exclude for
the value) for the items to keep.
"""

from __future__ import annotations

__all__ = ['filter_dict_items', 'filter_seq_items', 'next_filters', 'is_excluded', 'check_filter']


_ABSENT = object()


def check_filter(spec, kind: str) -> None:
    """A call-time include/exclude must be a dict or something supporting `in` (set, list, keys...)."""
    if spec is None or isinstance(spec, dict):
        return
    if getattr(type(spec), '__contains__', None) is None:
        raise TypeError(f'`{kind}` argument must be a set or dict.')


def _entry(spec, key, include=False):
    """The entry of `spec` for `key`, '__all__' merged in: _ABSENT, True (all of it) or a nested spec.

    Natively an include entry None includes the whole item and an exclude entry None excludes
    nothing; other values (False, numbers, strings) keep the item and are passed down as they are
    (a model then refuses them)."""
    if isinstance(spec, dict):
        own = spec.get(key, _ABSENT)
        everyone = spec.get('__all__', _ABSENT)
        if own is Ellipsis or (include and own is None):
            own = True
        elif own is None:
            own = _ABSENT
        if everyone is Ellipsis or (include and everyone is None):
            everyone = True
        elif everyone is None:
            everyone = _ABSENT
        if everyone is _ABSENT:
            return own
        if own is _ABSENT:
            return everyone
        return _merge(own, everyone)
    try:
        if key in spec or '__all__' in spec:
            return True
    except TypeError:
        return _ABSENT
    return _ABSENT


def _lookup(spec, key):
    entry = _entry(spec, key)
    return None if entry is _ABSENT else entry


def _merge(a, b):
    """An index's own entry `a` merged with '__all__' entry `b`: a whole-exclusion (True) on the
    own side wins, on the '__all__' side it yields to the own entry; otherwise keys are united."""
    if a is True or a is Ellipsis or a is None:
        return True
    if b is True or b is Ellipsis or b is None:
        return a
    a = a if isinstance(a, dict) else dict.fromkeys(a, True)
    b = b if isinstance(b, dict) else dict.fromkeys(b, True)
    out = dict(b)
    for key, value in a.items():
        out[key] = _merge(value, out[key]) if key in out else value
    return out


def next_filters(key, include, exclude, schema_include=None, schema_exclude=None):
    """(keep, include for the value, exclude for the value) for one key.

    Schema-level filters (include-exclude-sequence / -dict serialization) combine with the
    call's: includes are united, excludes too, and a call-time include wins over a schema exclude.
    """
    sub_include = None
    call_included = False
    if include is not None or schema_include is not None:
        entry = _entry(include, key, True) if include is not None else _ABSENT
        call_included = entry is not _ABSENT
        if not call_included and schema_include is not None:
            entry = _entry(schema_include, key, True)
        if entry is _ABSENT:
            return False, None, None
        if entry is not True:
            sub_include = entry
    sub_exclude = None
    if exclude is not None:
        entry = _entry(exclude, key)
        if entry is True:
            return False, None, None
        if entry is not _ABSENT:
            sub_exclude = entry
    if schema_exclude is not None and not call_included and _entry(schema_exclude, key) is True:
        return False, None, None
    return True, sub_include, sub_exclude


def is_excluded(key, exclude) -> bool:
    if exclude is None:
        return False
    entry = _lookup(exclude, key)
    return entry is True or entry is Ellipsis


def filter_dict_items(value: dict, include, exclude, schema_include=None, schema_exclude=None):
    if include is None and exclude is None and schema_include is None and schema_exclude is None:
        for key, item in value.items():
            yield key, item, None, None
        return
    for key, item in value.items():
        keep, sub_include, sub_exclude = next_filters(key, include, exclude, schema_include, schema_exclude)
        if keep:
            yield key, item, sub_include, sub_exclude


def normalize_negative(spec, length: int):
    """include/exclude for a sequence of `length` items with negative indices made positive."""
    if spec is None:
        return None
    keys = spec.keys() if isinstance(spec, dict) else spec
    if not any(isinstance(k, int) and k < 0 for k in keys):
        return spec
    if isinstance(spec, dict):
        return {(k + length if isinstance(k, int) and k < 0 else k): v for k, v in spec.items()}
    return {k + length if isinstance(k, int) and k < 0 else k for k in spec}


def filter_seq_items(value, include, exclude):
    if include is None and exclude is None:
        for item in value:
            yield item, None, None
        return
    if hasattr(value, '__len__'):
        include = normalize_negative(include, len(value))
        exclude = normalize_negative(exclude, len(value))
    for index, item in enumerate(value):
        keep, sub_include, sub_exclude = next_filters(index, include, exclude)
        if keep:
            yield item, sub_include, sub_exclude
