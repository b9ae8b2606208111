"""The error machinery: the error table, custom and known errors, ValidationError itself."""

import pickle
from decimal import Decimal

from pydantic_core import PydanticCustomError, PydanticKnownError, SchemaValidator, ValidationError
from pydantic_core import core_schema as cs
from pydantic_core._pydantic_core import list_all_errors


def case_list_all_errors(o):
    for info in list_all_errors():
        o.value(info['type'], info)


def case_known_error_messages(o):
    for info in list_all_errors():
        ctx = info['example_context']
        o.call(f'known {info["type"]}', lambda t=info['type'], c=ctx: (repr(PydanticKnownError(t, c)), str(PydanticKnownError(t, c))))


def case_known_error_context_kinds(o):
    values = ['abc', 1, 1.5, 4.0, None, [1], True, 10**30, Decimal('1.20'), 1e20, 1e-7, float('inf'), float('nan'), -0.0]
    for error_type, key in [('greater_than', 'gt'), ('less_than_equal', 'le'), ('multiple_of', 'multiple_of'),
                            ('string_too_short', 'min_length'), ('too_long', 'max_length'), ('literal_error', 'expected'),
                            ('value_error', 'error'), ('timezone_offset', 'tz_expected')]:
        for value in values:
            ctx = {'field_type': 'List', 'max_length': 1, 'actual_length': 2, 'tz_expected': 1, 'tz_actual': 2, key: value}
            o.call(f'{error_type} {key}={value!r}', lambda t=error_type, c=ctx: (PydanticKnownError(t, c).message(), PydanticKnownError(t, c).context))
    o.call('missing context', PydanticKnownError, 'greater_than')
    o.call('unknown type', PydanticKnownError, 'no_such_error')
    o.call('plural one', lambda: PydanticKnownError('too_short', {'field_type': 'Set', 'min_length': 1, 'actual_length': 0}).message())
    o.call('plural many', lambda: PydanticKnownError('too_long', {'field_type': 'Set', 'max_length': 2, 'actual_length': None}).message())


def case_custom_errors(o):
    e = PydanticCustomError('my_error', 'a {x} b {y} c {z} {missing}', {'x': 'str', 'y': 1.5, 'z': [1, 'a']})
    o.value('message', e.message())
    o.value('repr', repr(e))
    o.value('str', str(e))
    o.value('args', e.args)
    o.value('type', (e.type, e.message_template, e.context))
    o.value('no context', repr(PydanticCustomError('t', 'plain')))
    o.value('float', PydanticCustomError('t', '{a} {b} {c}', {'a': 4.0, 'b': True, 'c': None}).message())
    o.call('reduce', lambda: pickle.loads(pickle.dumps(e)).message())

    class Sub(PydanticCustomError):
        pass

    o.value('subclass', repr(Sub('x', 'y {a}', {'a': 1})))


def case_from_exception_data(o):
    lines = [
        {'type': 'int_type', 'loc': ('a', 1), 'input': 1},
        {'type': PydanticCustomError('my', 'x {a}', {'a': 4.0}), 'input': 2, 'ctx': {'z': 1}},
        {'type': 'greater_than', 'input': 3, 'ctx': {'gt': 1}},
        {'type': PydanticKnownError('less_than', {'lt': 0}), 'loc': ['b'], 'input': 4},
        {'type': 'missing', 'input': {'a': 1}, 'ctx': {'x': 1}},
        {'type': 'model_type', 'loc': ('m',), 'input': 'x', 'ctx': {'class_name': 'M'}},
    ]
    for input_type in ('python', 'json'):
        for hide in (False, True):
            e = o.call(f'build {input_type} hide={hide}', ValidationError.from_exception_data, 'Title', lines, input_type, hide)
            if e is not None:
                o.call('str', str, e)
                o.call('repr', repr, e)
                o.call('errors', e.errors)
                o.call('errors no url/ctx/input', lambda: e.errors(include_url=False, include_context=False, include_input=False))
                o.call('json', e.json)
                o.call('json indent', lambda: e.json(indent=2, include_url=False))
                o.call('count and title', lambda: (e.error_count(), e.title))
    o.call('unknown type', ValidationError.from_exception_data, 'T', [{'type': 'nope', 'input': 1}])
    o.call('missing ctx', ValidationError.from_exception_data, 'T', [{'type': 'greater_than', 'input': 1}])
    o.call('bad loc', ValidationError.from_exception_data, 'T', [{'type': 'int_type', 'loc': [None], 'input': 1}])
    o.call('empty', lambda: str(ValidationError.from_exception_data('T', [])))
    o.call('loc kinds', lambda: str(ValidationError.from_exception_data('T', [{'type': 'int_type', 'loc': [x], 'input': 1} for x in ['a.b', '1', 'a b', '', '-1', 'é.', 2]])))


def case_input_repr_truncation(o):
    v = SchemaValidator(cs.int_schema())

    class X:
        def __repr__(self):
            return 'é' * 60

    class Bad:
        def __repr__(self):
            raise ValueError('no')

    for inp in ['a' * 48, 'a' * 49, 'a' * 51, list(range(30)), {'a': 'b' * 100}, X(), b'x' * 60, 'é' * 60, Bad(), 'a\nb', '\x00\u200b']:
        o.call('str', lambda i=inp: str(_error(v, i)))


def _error(v, value):
    try:
        v.validate_python(value)
    except ValidationError as e:
        return e
    raise AssertionError('no error')


def case_validation_error_pickle(o):
    v = SchemaValidator(cs.int_schema())
    e = _error(v, 'x')
    o.call('roundtrip', lambda: pickle.loads(pickle.dumps(e)).errors())
    o.call('type', lambda: (type(e).__module__, type(e).__qualname__, [c.__name__ for c in type(e).__mro__]))


def case_hide_input(o):
    v = o.validator(cs.list_schema(cs.int_schema()), {'hide_input_in_errors': True})
    v.python(['x', 1, 'y'])
    v.json('["x"]')


def case_title_from_config(o):
    o.validator(cs.int_schema(), {'title': 'Custom'}).python('x')
