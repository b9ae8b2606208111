"""JSON text produced by the core itself (ValidationError.json()); writing is the `_json` package's."""

from __future__ import annotations

from ._json import dumps

__all__ = ['errors_to_json']


def errors_to_json(details: list, indent) -> str:
    from .serializers.infer import to_jsonable_fallback

    return dumps(to_jsonable_fallback(details), indent=indent).decode()
