"""The native validators' debug text (Rust's pretty `{:#?}`), for `repr(SchemaValidator)`.

Some callers read it: pydantic-core's own tests find a timedelta bound there
as `Duration { positive: ..., day: ..., second: ..., microsecond: ... }`.
A tree is built of `Struct`, `Tuple`, unit names (str), ints and bools.
"""

from datetime import date, datetime, time, timedelta

from ._format import duration_parts, offset_seconds


class Struct:
    __slots__ = ('name', 'fields')

    def __init__(self, name: str, fields: list):
        self.name = name
        self.fields = fields


class Tuple:
    __slots__ = ('name', 'items')

    def __init__(self, name: str, items: list):
        self.name = name
        self.items = items


def some(value):
    return 'None' if value is None else Tuple('Some', [value])


def render(node, indent: int = 0) -> str:
    pad = ' ' * indent
    if isinstance(node, Struct):
        inner = ''.join(f'{pad}    {key}: {render(value, indent + 4)},\n' for key, value in node.fields)
        return f'{node.name} {{\n{inner}{pad}}}'
    if isinstance(node, Tuple):
        inner = ''.join(f'{pad}    {render(value, indent + 4)},\n' for value in node.items)
        return f'{node.name}(\n{inner}{pad})'
    if isinstance(node, bool):
        return 'true' if node else 'false'
    return str(node)


def date_node(value: date) -> Struct:
    return Struct('Date', [('year', value.year), ('month', value.month), ('day', value.day)])


def time_node(value) -> Struct:
    offset = value.utcoffset() if value.tzinfo is not None else None
    return Struct('Time', [
        ('hour', value.hour), ('minute', value.minute), ('second', value.second),
        ('microsecond', value.microsecond), ('tz_offset', some(None if offset is None else offset_seconds(offset))),
    ])


def datetime_node(value: datetime) -> Struct:
    return Struct('DateTime', [('date', date_node(value)), ('time', time_node(value))])


def duration_node(value: timedelta, positive: bool) -> Struct:
    _, day, second, micro = duration_parts(value)
    return Struct('Duration', [('positive', positive), ('day', day), ('second', second), ('microsecond', micro)])


def bounds_fields(bounds: dict, make) -> list:
    return [(key, some(None if bounds.get(key) is None else make(bounds[key]))) for key in ('le', 'lt', 'ge', 'gt')]


def now_node(op, offset):
    if op is None:
        return 'None'
    return some(Struct('NowConstraint', [('op', op.capitalize()), ('utc_offset', some(offset))]))


def tz_node(constraint):
    if constraint is None:
        return 'None'
    if constraint == 'naive':
        return some('Naive')
    return some(Tuple('Aware', [some(None if constraint == 'aware' else constraint)]))


UNIT_NAMES = ('Infer', 'Seconds', 'Milliseconds')


def precision_name(fraction_error: bool) -> str:
    return 'Error' if fraction_error else 'Truncate'
