"""Error edge cases: rust-regex syntax refusals, custom error contexts that cannot render, the
validation_error_cause exception group, cycles in error input, user exceptions whose str() fails,
mapping items that are not pairs, decimals from JSON (sign, digits, exponent) arrays, tuple defaults."""

from collections.abc import Mapping

from pydantic_core import PydanticCustomError, PydanticKnownError, ValidationError, core_schema as cs

PATTERNS = [r'(abc', r'abc)', r'[abc', r'*a', r'a{2,1}', r'\1', r'(a)\1', r'a(?=b)', r'a(?!b)', r'(?<=a)b', r'(?<!a)b',
            r'a{', r'a{3', r'a{,3}', r'(?i', r'\ ', r'x\Ky', r'\u0041', r'\d+(?=x)', r'[a(?=b)]', r'\\1', r'(?:a', 'abc\\',
            r'((a)', r'(a(b', r'a|*', r'(*a)', r'a(?i)*', r'[]a]', r'[^]a]', r'[a', r'[[:alpha:]', r'a\Z', r'\G', r'\e',
            r'(?=a', r'[\1]', r'\k<n>', r'+', r'|+', r'a||*', r'(?:)*', r'()+', r'a\z', r'\<a', r'(?P<n>a)b', r'a{2}b{1,}']


def case_regex_engines(o):
    for pattern in PATTERNS:
        for engine in (None, 'rust-regex', 'python-re'):
            kwargs = {} if engine is None else {'regex_engine': engine}
            v = o.validator(cs.str_schema(pattern=pattern, **kwargs), label=f'pattern {pattern!r} {engine}')
            v.python('abc')
    for schema in (cs.str_schema(), cs.str_schema(min_length=1), cs.str_schema(pattern='a'),
                   cs.str_schema(strip_whitespace=True), cs.str_schema(max_length=10)):
        v = o.validator(schema)
        v.python('a\ud800')
        v.python('🐈 a')


def case_custom_error_contexts(o):
    for context in ([('foo', 1)], (), 'x', 1, {(): 'x'}, {1: 'x'}, {'foo': 1}, None):
        error = o.call(f'PydanticCustomError({context!r})', PydanticCustomError, 'my_error', 'custom {foo}', context)
        if error is None:
            continue
        o.call(f'str(custom {context!r})', str, error)

        def raise_it(value, info, error=error):
            raise error

        v = o.validator(cs.with_info_plain_validator_function(raise_it), label=f'raises {context!r}')
        try:
            v.v.validate_python(42)
        except ValidationError as exc:
            o.call(f'errors {context!r}', exc.errors, include_url=False)
            o.call(f'json {context!r}', exc.json)
    for context in ([('gt', 1)], {'gt': 1}, {(): 1}):
        o.call(f'PydanticKnownError({context!r})', PydanticKnownError, 'greater_than', context)


class _BadStr(ValueError):
    def __str__(self):
        raise RuntimeError('internal error')


def case_user_errors(o):
    def bad_str(value):
        raise _BadStr()

    def value_error(value):
        raise ValueError('Oh no!')

    def assertion(value):
        assert False, 'bad'

    v = o.validator(cs.no_info_plain_validator_function(bad_str))
    v.python(1)
    config = {'validation_error_cause': True}
    schema = cs.typed_dict_schema({
        'a': cs.typed_dict_field(cs.no_info_plain_validator_function(value_error)),
        'b': cs.typed_dict_field(cs.list_schema(cs.no_info_after_validator_function(assertion, cs.int_schema()))),
    })
    for cfg in (config, None):
        built = o.validator(schema, cfg, label=f'cause {cfg}')
        try:
            built.v.validate_python({'a': 1, 'b': [1, 'x', 2]})
        except ValidationError as exc:
            cause = exc.__cause__
            o.value(f'cause type {cfg}', type(cause).__name__)
            if cause is not None:
                o.value(f'cause message {cfg}', cause.message)
                o.value(f'cause members {cfg}', [(repr(e), e.__notes__) for e in cause.exceptions])


def case_cycles_in_error_input(o):
    v = o.validator(cs.str_schema())
    cycle = []
    cycle.append(cycle)
    loop = {}
    loop['a'] = loop
    deep = [1, {'x': None}]
    deep[1]['x'] = deep
    shared = [1]
    for value in (cycle, loop, deep, [shared, shared], [cycle]):
        try:
            v.v.validate_python(value)
        except ValidationError as exc:
            o.call('json', exc.json)


class _BadMapping(Mapping):
    def __init__(self, items):
        self._items = items

    def items(self):
        return self._items

    def __iter__(self):
        return iter(())

    def __getitem__(self, key):
        raise KeyError(key)

    def __len__(self):
        return 1


def case_mapping_items_not_pairs(o):
    v = o.validator(cs.dict_schema(cs.int_schema(), cs.int_schema()))
    for items in ([(1,)], ['foobar'], [(1, 2, 3)], 'not list', [(1, 2)], [[1, 2]]):
        o.call(f'items {items!r}', lambda items=items: _norm(v.v.validate_python(_BadMapping(items))))


def _norm(value):
    return value


def case_decimal_arrays(o):
    v = o.validator(cs.decimal_schema())
    for doc in ('[0, [1, 4], -3]', '[1, [1, 2, 3], 2]', '[0, [1], "a"]', '[2, [1], 0]', '[0, [10], 0]', '[0, 1, 0]',
                '[0, [1]]', '[0, [1], 0, 1]', '[true, [1], 0]', '[0, [], 0]', '[0, [1], 1.5]', '[]', '[0, [1], "F"]',
                '[0, [1], "n"]', '[0, [true], 0]'):
        v.json(doc)
        v.json(doc, strict=True)
    v.python_each([(0, (1, 4), -3), [0, [1, 4], -3], (0, (1,), 'F'), (2, (1,), 0)])


def case_tuple_defaults(o):
    v = o.validator(cs.tuple_schema([cs.int_schema(), cs.with_default_schema(cs.int_schema(), default=42)]))
    v.python_each([(1, '2'), (1,), ()])
    v.json_each(['[1]', '[1, "2"]'])
    v = o.validator(cs.tuple_schema([cs.with_default_schema(cs.int_schema(), default='wrong', validate_default=True)]))
    v.python_each([('2',), ()])
    v = o.validator(cs.tuple_schema([cs.int_schema(), cs.with_default_schema(cs.int_schema(), default=1), cs.str_schema()],
                                    variadic_item_index=2))
    v.python_each([(1,), (1, 2), (1, 2, 'a', 'b')])
    o.build('arguments omit', lambda: o.validator(cs.arguments_schema([cs.arguments_parameter(
        'a', cs.with_default_schema(cs.int_schema(), default=1, on_error='omit'))])))
