"""The 'url' and 'multi-host-url' schema validators: settings, input types, errors, against the native core.

The pure validators take the schema's settings as keyword arguments and raise
ErrorSpec; the native side runs a SchemaValidator. Errors are compared as
(type, context), and rendered through the native ValidationError to compare
the messages too.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_url_support import (
    ErrorSpec,
    MultiHostUrl,
    SchemaValidator,
    Url,
    ValidationError,
    core_schema,
    describe,
    needs_native,
    pure,
)

pytestmark = needs_native


def native_run(schema, value, **kwargs):
    try:
        result = SchemaValidator(schema).validate_python(value, **kwargs)
    except ValidationError as error:
        return ('error', [(e['type'], e.get('ctx'), str(error).split('\n')[1]) for e in error.errors()])
    return describe(result) + (result is value,)


def pure_run(validator, value, **kwargs):
    try:
        result = validator.validate(value, **kwargs)
    except ErrorSpec as spec:
        line = {'type': spec.error_type, 'loc': (), 'input': value}
        if spec.context is not None:
            line['ctx'] = spec.context
        rendered = ValidationError.from_exception_data('url', [line])
        return ('error', [(spec.error_type, spec.context, str(rendered).split('\n')[1])])
    return describe(result) + (result is value,)


def both(multi: bool, value, native_value=None, runtime_strict=None, **settings_):
    """(native outcome, pure outcome) of validating `value` with the given schema settings."""
    kwargs = {k: v for k, v in settings_.items() if v is not None}
    schema = (core_schema.multi_host_url_schema if multi else core_schema.url_schema)(**kwargs)
    validator = (pure.MultiHostUrlValidator if multi else pure.UrlValidator)(**kwargs)
    extra = {} if runtime_strict is None else {'strict': runtime_strict}
    native = native_run(schema, value if native_value is None else native_value, **extra)
    return native, pure_run(validator, value, **extra)


@pytest.mark.parametrize('multi', [False, True])
@pytest.mark.parametrize(
    'value',
    [
        'https://example.com', b'https://example.com', bytearray(b'http://a'), b'http://\xff', memoryview(b'http://a'),
        1, 1.5, None, ['http://a'], {'a': 1}, '', 'xx', 'http://h/\ud800', 'http://\udcff',
    ],
)
@pytest.mark.parametrize('strict', [None, True, False])
def test_input_types(multi, value, strict):
    native, ours = both(multi, value, strict=strict)
    assert ours == native


class StrSub(str):
    pass


@pytest.mark.parametrize('multi', [False, True])
@pytest.mark.parametrize('strict', [False, True])
def test_str_subclass(multi, strict):
    native, ours = both(multi, StrSub('http://a/b'), strict=strict)
    assert ours == native


@pytest.mark.parametrize('multi', [False, True])
@pytest.mark.parametrize('strict', [False, True])
@pytest.mark.parametrize('text', ['http://a/', 'foobar://x:y@foo,x:y@bar.com', 'http://a,b/', 'data:,x', 'http://xn--tda/'])
@pytest.mark.parametrize('kind', ['url', 'multi'])
def test_url_instances(multi, strict, text, kind):
    try:
        native_value = (Url if kind == 'url' else MultiHostUrl)(text)
    except ValidationError:
        pytest.skip('not a valid input of that class')
    value = (pure.Url if kind == 'url' else pure.MultiHostUrl)(text)
    native, ours = both(multi, value, native_value, strict=strict)
    assert ours == native
    native, ours = both(multi, value, native_value, strict=strict, default_port=5, max_length=40)
    assert ours == native


@pytest.mark.parametrize('runtime_strict', [True, False])
@pytest.mark.parametrize('schema_strict', [None, True, False])
@pytest.mark.parametrize('value', ['http:/a', b'http://a', ' http://a', 'http://a\tb'])
def test_runtime_strict(runtime_strict, schema_strict, value):
    native, ours = both(False, value, strict=schema_strict, runtime_strict=runtime_strict)
    assert ours == native


@pytest.mark.parametrize(
    'multi,settings_,message',
    [
        (False, {'allowed_schemes': []}, '`allowed_schemes` should have length > 0'),
        (True, {'allowed_schemes': []}, '`allowed_schemes` should have length > 0'),
        (True, {'default_host': 'a,b'}, 'default_host cannot contain a comma, see pydantic-core#326'),
    ],
)
def test_schema_errors(multi, settings_, message):
    with pytest.raises(Exception, match=message):
        SchemaValidator((core_schema.multi_host_url_schema if multi else core_schema.url_schema)(**settings_))
    with pytest.raises(ValueError, match=message):
        (pure.MultiHostUrlValidator if multi else pure.UrlValidator)(**settings_)


@pytest.mark.parametrize('port', [-1, 65536])
def test_default_port_out_of_range(port):
    with pytest.raises(Exception, match='out of range integral type conversion attempted'):
        SchemaValidator(core_schema.url_schema(default_port=port))
    with pytest.raises(OverflowError, match='out of range integral type conversion attempted'):
        pure.UrlValidator(default_port=port)


TEXTS = [
    'http://example.com', 'https://a:443/x', 'foo://', 'foo:', 'foo:/', 'foo:x', 'file:///x', 'file://h/', 'redis://',
    'http://a,b', 'foo://a,b/p', 'http:/a', '  http://a  ', 'http://ü/x', 'http://üüü/', 'http://u@@a', '', 'xx',
    'http://a/' + 'x' * 30, 'postgres://u:p@h:5432/db', 'ws://a?q', 'http://a#f', 'foo://h?q', 'mailto:a@b',
    'data:,x', 'foo:///x', 'http://a\t/b', 'HTTP://A/', 'http://a:80', 'foo://h:1/', 'http://[::1]', 'unix:/run/foo.socket',
    'http://a\\', 'file:/', 'http:a', 'http://a?/', 'redis://u@h', 'http://a,b?x',
]
SETTINGS = dict(
    max_length=[None, None, 5, 10, 11, 20, 2083],
    allowed_schemes=[None, None, ['http'], ['http', 'https'], ['foo', 'file', 'redis'], ['HTTP'], ['a', 'b', 'c']],
    host_required=[None, None, True, False],
    default_host=[None, None, 'h', 'h:1', '', 'ü', 'H', '[::1]', '[::1]:5', 'h/x', 'xn--a', 'localhost', '1.2.3.4', ':1'],
    default_port=[None, None, 0, 5, 80, 443, 21],
    default_path=[None, None, '/x', 'x', '', '/', '?q', '#f', '/a/../b', 'a b', '\\x'],
    preserve_empty_path=[None, None, True, False],
    strict=[None, None, True, False],
)


@st.composite
def schema_settings(draw):
    chosen = {name: draw(st.sampled_from(values)) for name, values in SETTINGS.items()}
    if chosen['default_path'] is not None and chosen['preserve_empty_path']:
        chosen['preserve_empty_path'] = None  # the native core panics on this combination
    return chosen


@settings(max_examples=1500, deadline=None)
@given(st.booleans(), schema_settings(), st.sampled_from(TEXTS), st.sampled_from(['str', 'bytes', 'url', 'multi']))
def test_generated_settings(multi, settings_, text, kind):
    native_value = value = text
    if kind == 'bytes':
        native_value = value = text.encode()
    elif kind in ('url', 'multi'):
        native_cls, pure_cls = (Url, pure.Url) if kind == 'url' else (MultiHostUrl, pure.MultiHostUrl)
        try:
            native_value = native_cls(text)
        except ValidationError:
            return
        value = pure_cls(text)
    native, ours = both(multi, value, native_value, **settings_)
    assert ours == native


@pytest.mark.parametrize(
    'settings_,text',
    [
        ({'max_length': 25}, 'https://example.com/foo/bar'),
        ({'allowed_schemes': ['http', 'https']}, 'unix:/run/foo.socket'),
        ({'allowed_schemes': ['a', 'b', 'c']}, 'unix:/run/foo.socket'),
        ({'allowed_schemes': ['http', 'https']}, ' https://example.com '),
        ({'host_required': True}, 'test:'),
        ({'host_required': True}, 'sftp://'),
        ({'default_port': 1234, 'default_path': '/baz'}, 'http://example.org'),
        ({'default_host': 'localhost'}, 'redis://'),
        ({'default_host': 'h'}, 'foo:x'),
        ({'preserve_empty_path': True}, 'http://example.com'),
        ({'preserve_empty_path': True}, 'file:///'),
        ({'preserve_empty_path': True}, 'http://a\\'),
        ({'preserve_empty_path': True}, 'foo:/'),
    ],
)
@pytest.mark.parametrize('multi', [False, True])
def test_documented_settings(settings_, text, multi):
    native, ours = both(multi, text, **settings_)
    assert ours == native
