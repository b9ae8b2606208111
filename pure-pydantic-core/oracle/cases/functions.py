"""function-before/after/plain/wrap, ValidationInfo, errors raised by user functions."""

from pydantic_core import PydanticCustomError, PydanticKnownError, PydanticOmit, PydanticUseDefault, SchemaValidator
from pydantic_core import core_schema as cs


def double(v):
    return v * 2


def raise_value_error(v):
    raise ValueError(f'bad {v!r}')


def raise_assertion(v):
    assert v > 3, 'too small'
    return v


def raise_bare_assertion(v):
    assert v > 3
    return v


def raise_custom(v):
    raise PydanticCustomError('my_error', 'custom {v}', {'v': v})


def raise_known(v):
    raise PydanticKnownError('greater_than', {'gt': 10})


def raise_type_error(v):
    raise TypeError('not caught')


inner = SchemaValidator(cs.int_schema())


def nested_validation(v):
    return inner.validate_python(v)


def case_plain_before_after(o):
    for fn in (double, raise_value_error, raise_assertion, raise_bare_assertion, raise_custom, raise_known, raise_type_error, nested_validation):
        for make in (cs.no_info_before_validator_function, cs.no_info_after_validator_function):
            v = o.validator(make(fn, cs.int_schema()), label=f'{make.__name__}({fn.__name__})')
            v.python_each([1, '2', 5, 'x'], strict_too=False)
            v.json('5')
        v = o.validator(cs.no_info_plain_validator_function(fn), label=f'plain({fn.__name__})')
        v.python_each([1, '2', 5, 'x'], strict_too=False)
    v = o.validator(cs.list_schema(cs.no_info_plain_validator_function(nested_validation)))
    v.python([1, 'x', 'y'])


def info_repr(v, info):
    return (v, info.mode, info.data, info.field_name, info.context, info.config, repr(info))


def case_with_info(o):
    v = o.validator(cs.with_info_plain_validator_function(info_repr))
    v.python(1, context={'c': 1})
    v.json('1')
    v.strings('1')
    v = o.validator(cs.with_info_after_validator_function(info_repr, cs.int_schema()), {'title': 'T', 'strict': False})
    v.python('1')
    schema = cs.typed_dict_schema({'a': cs.typed_dict_field(cs.int_schema()), 'b': cs.typed_dict_field(cs.with_info_before_validator_function(info_repr, cs.int_schema()))})
    v = o.validator(schema)
    v.python({'a': 1, 'b': 2})
    v.python({'a': 'x', 'b': 2})


def wrap_ok(v, handler):
    return ('wrapped', handler(v))


def wrap_catch(v, handler):
    try:
        return handler(v)
    except Exception as exc:
        return ('caught', type(exc).__name__, str(exc), type(handler).__name__)


def wrap_loc(v, handler):
    return handler(v, 'extra')


def wrap_tuple_loc(v, handler):
    return handler(v, ('a', 1))


def wrap_info(v, handler, info):
    return (handler(v), info.mode)


def case_wrap(o):
    for fn in (wrap_ok, wrap_catch, wrap_loc, wrap_tuple_loc):
        v = o.validator(cs.no_info_wrap_validator_function(fn, cs.list_schema(cs.int_schema())), label=fn.__name__)
        v.python_each([[1], ['x'], 'x'], strict_too=False)
    v = o.validator(cs.with_info_wrap_validator_function(wrap_info, cs.int_schema()))
    v.python('1')
    v.json('"1"')
    v = o.validator(cs.list_schema(cs.no_info_wrap_validator_function(wrap_ok, cs.int_schema())))
    v.python([1, 'x'])


def omit(v):
    if v == 2:
        raise PydanticOmit
    return v


def use_default(v):
    raise PydanticUseDefault()


def case_omit_use_default(o):
    v = o.validator(cs.list_schema(cs.no_info_plain_validator_function(omit)))
    v.python([1, 2, 3])
    v = o.validator(cs.with_default_schema(cs.no_info_plain_validator_function(use_default), default=7))
    v.python(1)
    v = o.validator(cs.no_info_plain_validator_function(use_default))
    v.python(1)
