"""include / exclude: which keys (or indices) of a container to serialize, and what to pass down.

Both are None, a set of keys, or a dict from key to a nested include/exclude
(or True/Ellipsis for "all of it"). `'__all__'` applies to every key. The
walk over a container yields (key, value, include for the value, exclude for
the value) for the items to keep.
"""

from __future__ import annotations

__all__ = ['filter_dict_items', 'filter_seq_items', 'next_filters', 'is_excluded']


def _lookup(spec, key):
    """The entry of `spec` for `key` (merging '__all__'), or None when absent."""
    if isinstance(spec, dict):
        own = spec.get(key)
        everyone = spec.get('__all__')
        if everyone is None:
            return own
        if own is None:
            return everyone
        return _merge(own, everyone)
    if key in spec or '__all__' in spec:
        return True
    return None


def _merge(a, b):
    if a is True or a is Ellipsis or b is True or b is Ellipsis:
        return True
    a = a if isinstance(a, dict) else dict.fromkeys(a, True)
    b = b if isinstance(b, dict) else dict.fromkeys(b, True)
    out = dict(b)
    for key, value in a.items():
        out[key] = _merge(value, out[key]) if key in out else value
    return out


def next_filters(key, include, exclude):
    """(keep, include for the value, exclude for the value) for one key."""
    sub_include = None
    if include is not None:
        entry = _lookup(include, key)
        if entry is None or entry is False:
            return False, None, None
        if entry is not True and entry is not Ellipsis:
            sub_include = entry
    sub_exclude = None
    if exclude is not None:
        entry = _lookup(exclude, key)
        if entry is True or entry is Ellipsis:
            return False, None, None
        if entry is not None and entry is not False:
            sub_exclude = entry
    return True, sub_include, sub_exclude


def is_excluded(key, exclude) -> bool:
    if exclude is None:
        return False
    entry = _lookup(exclude, key)
    return entry is True or entry is Ellipsis


def filter_dict_items(value: dict, include, exclude):
    if include is None and exclude is None:
        for key, item in value.items():
            yield key, item, None, None
        return
    for key, item in value.items():
        keep, sub_include, sub_exclude = next_filters(key, include, exclude)
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
