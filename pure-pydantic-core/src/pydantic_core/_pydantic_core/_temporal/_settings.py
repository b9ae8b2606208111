"""Schema and config keys shared by the temporal validators, read once at build time."""

from ._timestamps import UNITS


class SchemaError(Exception):
    """Raised at build time with a native message.

    Deliberately not the package's SchemaError: the builder wraps any other
    exception as 'Error building "datetime" validator:\\n  SchemaError: ...',
    which is the native text for these errors.
    """


def is_strict(schema: dict, config: dict | None) -> bool:
    strict = schema.get('strict')
    if strict is None and config:
        strict = config.get('strict')
    return bool(strict)


def fraction_error(schema: dict) -> bool:
    """`microseconds_precision`: True when more than 6 fraction digits is an error."""
    precision = schema.get('microseconds_precision', 'truncate')
    if precision == 'truncate':
        return False
    if precision == 'error':
        return True
    raise SchemaError('Invalid `microseconds_precision`, must be one of "truncate" or "error"')


def temporal_unit(config: dict | None) -> int:
    unit = config.get('val_temporal_unit', 'infer') if config else 'infer'
    try:
        return UNITS[unit]
    except (KeyError, TypeError):
        raise SchemaError(
            f'Invalid temporal_unit_mode serialization mode: `{unit}`, expected seconds, milliseconds or infer'
        ) from None


# tz_constraint compiled: None (no constraint), NAIVE, AWARE, or an int offset in seconds.
NAIVE = 'naive'
AWARE = 'aware'


def tz_constraint(schema: dict):
    value = schema.get('tz_constraint')
    if value is None:
        return None
    if value == 'naive' and isinstance(value, str):
        return NAIVE
    if value == 'aware' and isinstance(value, str):
        return AWARE
    if isinstance(value, int) and not isinstance(value, bool):
        if not -(2**63) <= value < 2**63:
            raise OverflowError('Python int too large to convert to C long')
        return int(value)
    raise SchemaError(f'Invalid tz_constraint "{value}"')


def now_op(schema: dict):
    """('past' | 'future' | None, now_utc_offset or None)."""
    op = schema.get('now_op')
    if op is not None and op not in ('past', 'future'):
        raise SchemaError(f'Invalid now_op "{op}"')
    return op, schema.get('now_utc_offset')

