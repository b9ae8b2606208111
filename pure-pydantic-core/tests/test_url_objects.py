"""Url and MultiHostUrl as Python objects: comparison, hashing, copying, pickling, subclassing, build().

Compared with the native classes wherever the native behaviour is observable
(hash values are not: ours are consistent with equality but differ).
"""

import copy
import itertools
import operator
import pickle
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_url_support import MultiHostUrl, Url, ValidationError, describe, needs_native, pure

pytestmark = needs_native

NATIVE = {'Url': Url, 'MultiHostUrl': MultiHostUrl}
PURE = {'Url': pure.Url, 'MultiHostUrl': pure.MultiHostUrl}


def outcome(fn):
    try:
        result = fn()
    except ValidationError as error:
        return ('ValidationError', error.title, [(e['type'], e.get('ctx'), e['input']) for e in error.errors()])
    except Exception as error:
        return (type(error).__name__, str(error))
    if isinstance(result, (Url, MultiHostUrl, pure.Url, pure.MultiHostUrl)):
        return describe(result)
    return result


TEXTS = [
    'http://example.com', 'http://example.com/', 'http://example.com/123', 'http://a', 'https://a', 'http://a,b',
    'http://a,c', 'http://b,a', 'http://a,b/x', 'http://a/y', 'foo://a', 'foo:x', 'http://xn--9aaa.com', 'file:///',
]


@pytest.mark.parametrize('left_cls,right_cls', list(itertools.product(['Url', 'MultiHostUrl'], repeat=2)))
@pytest.mark.parametrize('op', [operator.eq, operator.ne, operator.lt, operator.le, operator.gt, operator.ge])
def test_comparisons(left_cls, right_cls, op):
    for left, right in itertools.product(TEXTS, repeat=2):
        for preserve in (False, True):
            native = outcome(lambda: op(NATIVE[left_cls](left, preserve_empty_path=preserve), NATIVE[right_cls](right)))
            ours = outcome(lambda: op(PURE[left_cls](left, preserve_empty_path=preserve), PURE[right_cls](right)))
            if isinstance(native, tuple):  # TypeError messages name the classes' modules alike
                assert ours[0] == native[0]
            else:
                assert ours == native, (left, right, preserve)


@pytest.mark.parametrize('cls', ['Url', 'MultiHostUrl'])
@pytest.mark.parametrize('other', ['http://a/', 1, None, b'http://a/'])
def test_comparison_with_other_types(cls, other):
    assert (PURE[cls]('http://a') == other) == (NATIVE[cls]('http://a') == other)
    assert (PURE[cls]('http://a') != other) == (NATIVE[cls]('http://a') != other)
    for op in (operator.lt, operator.ge):
        assert outcome(lambda: op(PURE[cls]('http://a'), other))[0] == outcome(lambda: op(NATIVE[cls]('http://a'), other))[0]


@pytest.mark.parametrize('cls', ['Url', 'MultiHostUrl'])
def test_hash_follows_equality(cls):
    urls = [PURE[cls](text, preserve_empty_path=p) for text in TEXTS for p in (False, True)]
    for a, b in itertools.product(urls, repeat=2):
        if a == b:
            assert hash(a) == hash(b)
    data = {PURE[cls]('http://example.com'): 1}
    data[PURE[cls]('http://example.com/')] = 2
    assert data == {PURE[cls]('http://example.com'): 2}
    assert bool(PURE[cls]('http://a')) is True


@pytest.mark.parametrize('cls', ['Url', 'MultiHostUrl'])
@pytest.mark.parametrize('text,preserve', [('http://a', False), ('http://a', True), ('https://£££.com/x', False)])
def test_copies(cls, text, preserve):
    class NativeSub(NATIVE[cls]):
        pass

    class PureSub(PURE[cls]):
        pass

    for native_cls, pure_cls in ((NATIVE[cls], PURE[cls]), (NativeSub, PureSub)):
        native_url = native_cls(text, preserve_empty_path=preserve)
        our_url = pure_cls(text, preserve_empty_path=preserve)
        for fn in (copy.deepcopy, copy.copy):
            native_copy, our_copy = fn(native_url), fn(our_url)
            assert describe(our_copy)[1:] == describe(native_copy)[1:]
            assert (type(our_copy) is pure_cls) == (type(native_copy) is native_cls)
            assert (our_copy is our_url) == (native_copy is native_url)
        assert our_url.__getnewargs__() == native_url.__getnewargs__()
        assert our_url.__getstate__() == native_url.__getstate__()
        native_reduced, our_reduced = native_url.__reduce_ex__(2), our_url.__reduce_ex__(2)
        assert our_reduced[0] is native_reduced[0]
        assert our_reduced[1][1:] == native_reduced[1][1:] and our_reduced[2:] == native_reduced[2:]


@pytest.mark.parametrize('cls', ['Url', 'MultiHostUrl'])
def test_pickle_round_trip(cls, monkeypatch):
    # what the pure core exports is what pickle finds under pydantic_core._pydantic_core
    assert PURE[cls].__module__ == NATIVE[cls].__module__ and PURE[cls].__qualname__ == NATIVE[cls].__qualname__
    monkeypatch.setattr(sys.modules[NATIVE[cls].__module__], cls, PURE[cls])
    for text in ('https://example.com', 'https://ex.com,ex.org/path', 'http://a'):
        url = PURE[cls](text, preserve_empty_path=True)
        restored = pickle.loads(pickle.dumps(url))
        assert type(restored) is PURE[cls]
        assert describe(restored) == describe(NATIVE[cls](*url.__getnewargs__()))


@pytest.mark.parametrize('cls', ['Url', 'MultiHostUrl'])
def test_subclass_and_attributes(cls):
    class NativeSub(NATIVE[cls]):
        def some_method(self):
            return self.path + '-success'

    class PureSub(PURE[cls]):
        def some_method(self):
            return self.path + '-success'

    native_url, our_url = NativeSub('http://ex.com/path'), PureSub('http://ex.com/path')
    assert our_url.some_method() == native_url.some_method()
    assert repr(our_url) == repr(native_url)
    assert describe(our_url)[1:] == describe(native_url)[1:]
    our_url.extra = native_url.extra = 1  # subclasses have a __dict__
    for url in (PURE[cls]('http://a'), NATIVE[cls]('http://a')):
        with pytest.raises(AttributeError):
            url.extra = 1
        with pytest.raises(AttributeError):
            url.scheme = 'x'


@pytest.mark.parametrize('cls', ['Url', 'MultiHostUrl'])
@pytest.mark.parametrize(
    'args,kwargs',
    [
        ((), {}),
        (('http://a', 1), {}),
        ((), {'url': 'http://a'}),
        (('http://a',), {'preserve_empty_path': 1}),
        (('http://a',), {'preserve_empty_path': None}),
        (('http://a',), {'foo': 1}),
        ((1,), {}),
        ((b'http://a',), {}),
        (('http://h/\ud800',), {}),
        (('',), {}),
    ],
)
def test_constructor_arguments(cls, args, kwargs):
    native = outcome(lambda: NATIVE[cls](*args, **kwargs))
    ours = outcome(lambda: PURE[cls](*args, **kwargs))
    if native[0] == 'TypeError' and 'missing' not in native[1] and 'preserve_empty_path' not in native[1]:
        assert ours[0] == 'TypeError'  # the interpreter words argument-binding errors itself
    else:
        assert ours == native


@pytest.mark.parametrize('target', ['Url', 'MultiHostUrl'])
@pytest.mark.parametrize('source', ['Url', 'MultiHostUrl'])
@pytest.mark.parametrize('text', ['http://a', 'foobar://x:y@foo,x:y@bar.com', 'http://a,b/', 'https://£££.com'])
def test_constructing_from_urls(target, source, text):
    native = outcome(lambda: NATIVE[target](NATIVE[source](text)))
    ours = outcome(lambda: PURE[target](PURE[source](text)))
    if native[0] == 'ValidationError':
        assert ours[:2] == native[:2]  # (the input is the URL object)
    else:
        assert ours == native


def test_multi_host_unicode_string_quirk():
    # the native core writes the Unicode host over the userinfo: reproduced as it is
    for text in ('http://u@ü,v:p@ß:5/x', 'http://ü,u@ß/x', 'http://u:p@ü/x', 'http://u@xn--9aaa:0/C|#'):
        assert pure.MultiHostUrl(text).unicode_string() == MultiHostUrl(text).unicode_string()
        assert pure.Url(text.replace(',', '.')).unicode_string() == Url(text.replace(',', '.')).unicode_string()


STRS = ['', 'a', 'ü', 'a b', 'p@ss/word?#__', 'x:y', '/p', '//p', '?q', '#f', '%zz', '[::1]', 'h:5', 'H', 'u@h', 'a,b']


@st.composite
def build_kwargs(draw):
    multi = draw(st.booleans())
    value = st.one_of(st.none(), st.sampled_from(STRS), st.sampled_from([1, b'x']))
    port = st.sampled_from([None, 0, 1, 80, 443, 65535, 65536, -1, True, '80', 5.0])
    kwargs = {'scheme': draw(st.sampled_from(['http', 'https', 'foo', 'file', 'HTTP', 'postgres', 'h t', None]))}
    for name in ('username', 'password', 'path', 'query', 'fragment'):
        if draw(st.booleans()):
            kwargs[name] = draw(value)
    if multi and draw(st.booleans()):
        items = []
        for _ in range(draw(st.integers(0, 3))):
            item = {}
            for name in ('host', 'username', 'password', 'port'):
                if draw(st.integers(0, 3)) == 0 if name != 'host' else draw(st.integers(0, 9)):
                    item[name] = draw(port) if name == 'port' else draw(st.one_of(st.sampled_from(STRS), st.none()))
            items.append(item)
        kwargs['hosts'] = items
    elif draw(st.integers(0, 20)):
        kwargs['host'] = draw(st.one_of(st.sampled_from(STRS), st.sampled_from([None, 1])))
        if draw(st.booleans()):
            kwargs['port'] = draw(port)
    return ('MultiHostUrl' if multi else 'Url'), kwargs


@settings(max_examples=1500, deadline=None)
@given(build_kwargs())
def test_build(case):
    cls, kwargs = case
    native = outcome(lambda: NATIVE[cls].build(**kwargs))
    ours = outcome(lambda: PURE[cls].build(**kwargs))
    assert ours == native


def test_build_documented():
    for kwargs in (
        dict(scheme='postgresql', username='testuser', password='testpassword', host='127.0.0.1', port=5432,
             path='database', query='sslmode=require', fragment='test'),
        dict(scheme='postgresql', username='user name', password='p@ss/word?#__', host='example.com', port=5432),
    ):
        for cls in ('Url', 'MultiHostUrl'):
            assert outcome(lambda: PURE[cls].build(**kwargs)) == outcome(lambda: NATIVE[cls].build(**kwargs))
    hosts = [
        {'host': 'example.com', 'password': 'p@ss/word?#__', 'username': 'user name', 'port': 5431},
        {'host': 'example.org', 'password': 'p@%ss__', 'username': 'other', 'port': 5432},
    ]
    assert outcome(lambda: pure.MultiHostUrl.build(scheme='postgresql', hosts=hosts)) == outcome(
        lambda: MultiHostUrl.build(scheme='postgresql', hosts=hosts)
    )

    class NativeSub(Url):
        pass

    class PureSub(pure.Url):
        pass

    assert type(PureSub.build(scheme='http', host='a')) is PureSub and type(NativeSub.build(scheme='http', host='a')) is NativeSub
