"""uuid: UUID objects, and in lax mode their text forms and 16 raw bytes."""

from __future__ import annotations

import uuid

from .._state import LAX, PYTHON
from ..errors import val_error
from ._base import Validator, register

_HEX = frozenset('0123456789abcdefABCDEF')
_GROUPS = (8, 4, 4, 4, 12)


def _layout_error(text: str) -> str:
    """The native description of why `text` is not a UUID."""
    data = text.encode('utf-8', 'surrogatepass')
    if len(data) > 45:  # longer than any UUID form
        return f'invalid length: found {len(data)}'
    offset = 0
    body = text
    if len(text) >= 2 and text[0] == '{' and text[-1] == '}':
        # positions count from the brace, but not when the text has the braced form's length
        body, offset = text[1:-1], (0 if len(data) == 38 else 1)
    elif text.startswith('urn:uuid:'):
        body, offset = text[9:], (0 if len(data) == 45 else 9)
    position = offset
    for char in body:
        if char != '-' and char not in _HEX:
            return f'invalid character: found `{char}` at {position}'
        position += len(char.encode('utf-8', 'surrogatepass'))
    groups = body.split('-')
    if len(groups) == 1 and offset == 0:
        return f'invalid length: found {len(body)}'
    if len(groups) != 5:
        return f'invalid group count: expected 5, found {len(groups)}'
    for index, (group, expected) in enumerate(zip(groups, _GROUPS)):
        if len(group) != expected:
            return f'invalid group length in group {index}: expected {expected}, found {len(group)}'
    return f'invalid length: found {len(body)}'


def parse_uuid_text(text: str) -> uuid.UUID | str:
    """The UUID a text means, or the error description."""
    body = text
    if len(text) == 38 and text[0] == '{' and text[-1] == '}':
        body = text[1:-1]
    elif len(text) == 45 and text.startswith('urn:uuid:'):
        body = text[9:]
    if len(body) == 32:
        if all(c in _HEX for c in body):
            return uuid.UUID(hex=body)
    elif len(body) == 36:
        groups = body.split('-')
        if [len(g) for g in groups] == list(_GROUPS) and all(c in _HEX for g in groups for c in g):
            return uuid.UUID(hex=''.join(groups))
    return _layout_error(text)


@register('uuid')
class UuidValidator(Validator):
    __slots__ = ('strict', 'version')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.strict = ctx.is_strict(schema)
        self.version = schema.get('version')
        self.name = 'uuid'
        return self

    def validate(self, input, state):
        if isinstance(input, uuid.UUID):
            value = input
        else:
            if state.call_mode is PYTHON:  # natively by the call's mode (a wrap handler's str too)
                strict = self.strict if state.strict is None else state.strict
                if strict:
                    raise val_error('is_instance_of', input, {'class': 'UUID'})
            value = self._parse(input, state)
            # A JSON (or validate_strings) string is the natural form of a UUID there (an exact
            # match, as natively).
            if state.mode is PYTHON:
                state.floor_exactness(LAX)
        if self.version is not None and value.version != self.version:
            raise val_error('uuid_version', input, {'expected_version': self.version})
        return value

    def _parse(self, input, state) -> uuid.UUID:
        if isinstance(input, str):
            result = parse_uuid_text(input)
        elif isinstance(input, bytes) and state.mode is PYTHON:
            if len(input) == 16:
                return uuid.UUID(bytes=input)
            try:
                text = input.decode()
            except UnicodeDecodeError:
                text = None
            if text is None or len(text) not in (32, 36, 38, 45):
                raise val_error('uuid_parsing', input, {'error': f'invalid length: expected 16 bytes, found {len(input)}'})
            result = parse_uuid_text(text)
        else:
            raise val_error('uuid_type', input)
        if isinstance(result, str):
            raise val_error('uuid_parsing', input, {'error': result})
        return result
