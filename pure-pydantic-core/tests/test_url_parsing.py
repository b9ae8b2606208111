"""Parsing URLs: every component, str(), unicode_string() and the errors, against the native core.

Hand-picked WHATWG edge cases first, then hypothesis over generated URL-ish
strings. Each input is compared three ways: the lax `Url(...)` constructor,
the strict url schema (syntax violations) and `MultiHostUrl(...)`.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_url_support import (
    MultiHostUrl,
    SchemaValidator,
    Url,
    core_schema,
    native_outcome,
    native_validate,
    needs_native,
    pure,
    pure_outcome,
    pure_validate,
)

pytestmark = needs_native

STRICT_NATIVE = SchemaValidator(core_schema.url_schema(strict=True))
STRICT_PURE = pure.UrlValidator(strict=True)
MULTI_STRICT_NATIVE = SchemaValidator(core_schema.multi_host_url_schema(strict=True))
MULTI_STRICT_PURE = pure.MultiHostUrlValidator(strict=True)


def _strict_native(schema_validator, text):
    from test_url_support import ValidationError, describe

    try:
        return describe(schema_validator.validate_python(text))
    except ValidationError as error:
        return ('error', [(e['type'], e.get('ctx')) for e in error.errors()])


def assert_same(text: str) -> None:
    assert pure_outcome(pure.Url, text) == native_outcome(Url, text)
    assert pure_validate(STRICT_PURE, text) == _strict_native(STRICT_NATIVE, text)
    assert pure_outcome(pure.MultiHostUrl, text) == native_outcome(MultiHostUrl, text)
    assert pure_validate(MULTI_STRICT_PURE, text) == _strict_native(MULTI_STRICT_NATIVE, text)


CASES = [
    # plain shapes, default ports, case
    'http://example.com', 'https://example.com:443/', 'HTTP://EXAMPLE.ORG', 'POSTGRES://EXAMPLE.ORG',
    'http://example.com:65535', 'http://example.com:65536', 'http://h:0080/', 'http://h:/', 'ftp://h:21/',
    'ws://h:80', 'wss://h:443/x', 'foo://h:1/', 'https://example.com/foo/bar?baz=qux#quux',
    'mongodb+srv://server.example.com/', 'postgresql+py-postgresql://user:pass@localhost:5432/app',
    'data:text/plain,Stuff', "javascript:a='@google.com:12345/';alert(0)", 'mailto:a@b', 'a:', 'a:/', 'a://',
    # no scheme, empty, whitespace
    '', ' ', '\t', 'xxx', '/more', '//google.com/a', ':,', '1http://a', 'ht💣tp://example.org', 'ht\ttp://a',
    '  https://www.example.com \n', '\x00http://h\x01', 'http://exa\nmple.com', 'http://h/a\tb c',
    # special scheme slashes and backslashes
    'http:example.com', 'http:/foo', 'http:///foo', 'http:////foo', 'http:\\\\example.com', 'http:/\\h',
    'http://\\h', 'http:\\/h', 'https:more', 'http:\\\\foobar\\more', 'mongo:\\\\foobar\\more',
    'http://h\\x', 'http://h/x\\', 'http://u@h\\x', 'foo://h:1\\x', 'foo://h:\\x',
    # userinfo
    'http://user:@example.org', 'http://us@er:p[ass@example.org', 'http://us%40er:p%5Bass@example.org',
    'http://us[]er:p,ass@example.org', 'http://%2F:@example.org', 'foo://us@er:p[ass@example.org',
    'http://u@@h/', 'http://u:p@@h/', 'http://u:p@h@/', 'http://u:p:q@h/', 'https://app le:pie@example.com/foo',
    'http://:@h', 'http://@h', 'foo://:@', 'foo://@', 'foo://@#h', 'foo://u@', 'foo://:p@', 'foo://:@/x',
    'foo://@/x', 'foo://:@:5', 'http://%zz@h/', 'http://a%4g:b%4g@h/', 'http://u{@a', 'http://usßer:pasℝs@a💣b.com:123/c?d=e&d=f#g',
    'https://user:' + '@' * 200 + 'example.com', 'https://' + '@' * 200 + '[',
    # hosts: domains, IDNA
    'http://exam_ple.com', 'http://example-.com', 'http://-', 'http://example.com.', 'http://a..b/',
    'https://£££.com', 'https://foo.£$.money.com', 'https://xn--9aaa.com/', 'https://münchen/', 'http://à.א̈.com',
    'https://www.аррӏе.com/', 'https://example.珠宝', 'https://example.vermögensberatung', 'https://example.рф',
    'https://xn---', 'http://xn--a.com/', 'http://XN--MNCHEN-3YA.com/', 'http://xn--zca/', 'http://ｘｎ--mnchen-3ya/',
    'http://xn--xn--a-ecp/', 'http://xn--zzzzzzzzzzzzzzzzzzzz/', 'http://\xad/', 'http://\xad.com/', 'http://ß.de',
    'http://ab\u200cc/', 'http://\u0628\u200c\u0628/', 'http://1a.אב/', 'http://a1.אב/', 'http://..אב/', 'http://אב.1/',
    'https://example com', 'http://exam%ple.com', 'http:// /', 'http://%41.com/', 'http://%zz.com/', 'http://%C3%BC/',
    'http://ex|ample/', 'http://ex^ample/', 'http://a"b/', 'http://a{b}/', 'http://Ⅻ/', 'http://ﬃ.com', 'http://a\u3002b/',
    # IPv4 and IPv6
    'http://0x7f.1/', 'http://1.2.3.4.5/', 'http://1.2.3.09/', 'http://foo.09/', 'http://foo.0x/', 'http://4294967295/',
    'http://4294967296/', 'http://1.2.3.4./', 'http://1.2.3.4../', 'http://0x/', 'http://00/', 'http://127.1/',
    'http://1...1', 'http://[::1]:80/', 'http://[::ffff:1.2.3.4]/', 'http://[0:0:0:0:0:0:0:0]/', 'http://[1:0:0:2:0:0:0:3]/',
    'http://[1::2::3]/', 'https://[2001:0db8:85a3:0000:0000:8a2e:0370:7334[', 'https://[', 'ftp://[2001:0db8:85a3::8a2e:0370:7334]',
    'snap://[::1]', 'foo://[::1]x/', 'http://[1:2:3:4:5:6:1.2.3.4]/', 'http://[::1.2.3.04]/', 'foobar://127.0.0.1',
    # opaque hosts
    'ssh://münchen.com/', 'ssh://£££/', 'foo://exa mple/', 'foo://exa%20mple/', 'foo://exa<mple/', 'foo://a%zz,b',
    'foobar://:80', 'foo://\x01h/',
    # paths: dots, drive letters, encode sets
    'https://host:443/a/./b/../c/%2e%2E/d', 'http://h/a/../../c', 'a:/b/../../c', 'a://h/b/../../c', 'foo:/.//x',
    'http://h/.//x', 'http://h/C:/..', 'http://h/x/C:/..', 'http://h/c|/../..', "foo://a'b/x|\\/../C|",
    'http://h/[]{}|^`"<>', 'http://h/?[]{}|^`"<>', 'http://h/#[]{}|^`"<>', "foo://h/a?b'c#d`e", "http://h/a?b'c#d`e",
    'http://h/\x01\x7f\u00e9', 'http://h/\ud7ff', 'http://h/\U0010fffe', 'http://h/\ufdd0', 'http://h/a%', 'http://h/a%4g',
    'http://google.com/\uff2e\uff2e/abc', 'https://twitter.com/@handle', 'http://h#a\x00b', 'http://h/#%', 'a:b c ',
    'sc:\\../', 'a:\x01', 'a://h/?\x01',
    # file URLs
    'file:///foobar', 'file:///:80', 'file://:80', 'file:\\\\foobar\\more', 'file:///C|/x', 'file:///C|', 'file:////C|/x',
    'file://h/C|/x', 'file://h/C:x', 'file://localhost/C|/x', 'file://C|', 'file://C|x', 'file://C:/x', 'file:C|', 'file:/C|',
    'file:C|x', 'file:/C:/../..', 'file:///C:/../../D:', 'file:///a/../C|/x', 'file:///../C|', 'file:///x/../../C|',
    'file:///%2e%2e/C|', 'file://h/x/../C|', 'file:////../C|', 'file:.//C|', 'file://h//C|', 'file:////', 'file:///x//y',
    'file:h', 'file:/h', 'file:\\h', 'file:', 'file://', 'file://localhost', 'file://LOCALHOST/', 'file://loc%61lhost/',
    'file://[::1]/C|/', 'file://1.2.3.4/', 'file://0x7f.1/', 'file://h:80/', 'file://u@h/', 'file://h?x', 'FILE:\\\\foo,bar\\more',
    # queries and fragments
    'http://h/a?b c#d e', 'http://h?a=1&a=2', 'http://h?a+b=%20&c', 'http://h?a=%FF', 'http://h?&&=x', 'http://google.com#@evil.com/',
    'http://10.251.0.83:7777?a=1 HTTP/1.1\r\nX-injected: header', 'http://127.0.0.1%0d%0aConnection%3a%20keep-alive',
    'https://user:pass@xdavidhu.me\\test.corp.google.com:8080/path/to/something?param=value#hash',
    # multi-host shapes
    'http://a,b', 'http://a:1,b:2/p', 'http://a:80,b:443/p', 'http://u:p@a,v@b/p', 'foo://a,b', 'foo://a,,b', 'foo://a,b,',
    'foo://,a', 'foo:a,b', 'foo:///a,b', 'http:a,b', 'http:////a,b', 'http://a,b?x#y', 'http://a,b\\c', 'file://a,b/c',
    'http://a%2Cb,c', 'http://xn--mnchen-3ya,münchen', 'http://a,', 'redis://', 'redis://,', 'redis://@', 'redis://u@,a',
    'http://u,v:p@foo,bar', 'a://b,c://d', 'foo://[::1,a]', 'foo://[::1,a],b', 'http://1.2.3.4.5,b|', 'http://a,,b|',
    'ws://,/\\a b@%zz\\:21?#', 'http:/a,b\\c', 'http://u@@a,b/%zz', 'http://u{@a,u@@b', '1x:,\\\\a', 'fil\te://a,b',
    'http:\t//a,b', 'foo://a,b\\,c', 'file://a,/x', 'foo://a,/x', 'file://a,b/C|', '\x00http:////a,/c:/../..',
    'mongodb://x:y@[::1],1.1.1.1:888/xxx', 'foobar://foo[]bar:x@y@whatever,foo[]bar:x@y@whichever',
    'http://u@ü,v:p@ß:5/x', 'postgres://£££.co.uk,münchen.com/foo?bar=baz#qux', 'mongodb://foo\n,b\nar,\nspam/xxx',
]


@pytest.mark.parametrize('text', CASES)
def test_cases(text):
    assert_same(text)


# --- hypothesis: URL-ish strings assembled from tricky pieces, then mutated -------------------

_pieces = dict(
    lead=['', '', '', ' ', '\t', '\x00', '\n '],
    scheme=['http', 'https', 'HTTP', 'ws', 'wss', 'ftp', 'file', 'FILE', 'foo', 'a+b', 'mailto', 'data', '',
            '1x', 'postgres', 'redis', 'javascript'],
    colon=[':', ':', ':', '', '::'],
    slashes=['//', '//', '//', '', '/', '///', '\\', '\\\\', '/\\', '////'],
    userinfo=['', '', '', 'u@', 'u:p@', ':p@', '@', ':@', 'u@@', 'u:p:q@', 'ü@', 'u%zz@', 'u{@', 'a b@', 'u%40:p%3A@'],
    host=['a', 'A', 'example.com', 'EXAMPLE.com.', 'xn--mnchen-3ya', 'münchen', '£££', '1.2.3.4', '0x7f.1',
          '1.2.3.4.5', '999', '[::1]', '[1:2::3]', '[::ffff:1.2.3.4]', '[', '', 'a b', 'a%20b', '%41', 'a..b', '.',
          'ex|ample', 'a,b', 'a,b,c', 'xn--', 'אב', '١٢', 'a\u200cb', 'ß', 'a\xadb', 'Ⅻ', 'x.0x', '0x', 'a_b',
          'localhost', 'C:', 'c|', 'a,', ',a', '%zz', '%C3%BC', 'XN--ZCA', 'Ｅｘａｍｐｌｅ．com', '\U0001f4a9', '\u0301a'],
    port=['', '', '', ':', ':80', ':443', ':0', ':65535', ':65536', ':x', ':0080', ':21', ':1a'],
    path=['', '', '/', '/a', '/a/../b', '/./', '/%2e%2E/', '/a b', '/ü', '/C|/x', '/C:', '\\x', '//x', '/[]{}|^`',
          '/..', '/a/./b', '/%zz', '/C|', '/../C|', '/x/../C|', '/c:/../..', '/\\C|\\x', '/.%2e/x', '/a/b/'],
    query=['', '', '?', '?a=1&b', '?a b', "?'", '?ü', '?%zz', '?a+b=%20', '?`{}', '?#'],
    fragment=['', '', '#', '#f', '#a b', '#\x00', '#`', '#%', '#ü', '##', '#<>'],
    trail=['', '', '', ' ', '\x01', '\t'],
)
_ORDER = ['lead', 'scheme', 'colon', 'slashes', 'userinfo', 'host', 'port', 'path', 'query', 'fragment', 'trail']
_INSERTS = ['\t', '\n', '/', '\\', '.', '%', '@', ':', '#', '?', ',', ' ', '\x00', 'é', 'A', '[', ']', '..', '%2e', '|']


@st.composite
def url_texts(draw):
    text = ''.join(draw(st.sampled_from(_pieces[name])) for name in _ORDER)
    for _ in range(draw(st.integers(0, 2))):
        index = draw(st.integers(0, len(text)))
        text = text[:index] + draw(st.sampled_from(_INSERTS)) + text[index:]
    return text


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(url_texts())
def test_generated(text):
    assert_same(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec='utf-8'), max_size=30))
def test_arbitrary_text(text):
    for prefix in ('http://', 'foo://', 'file:///', 'x:'):
        assert_same(prefix + text)


@pytest.mark.parametrize(
    'text',
    ['file:/u:\tp', 'file:/%2e/u:\tp', 'file://h/u:\tp', 'file:///u:\tp', 'file:/x/../u:\tp', 'file:/u:\t..',
     'file:/u:\t../..', 'file:/C:\t\tx/..', 'file:/u:\t/p', 'file:/u|\tp', 'file:/u:\t?x', 'file://localhost/u:\tp'],
)
def test_tab_after_drive_letter(text):
    """The url crate splits a file path's first segment after a drive letter that a tab follows."""
    assert_same(text)


def test_url_code_points():
    """Which code points strict mode calls 'non-URL code point', over all of Unicode."""
    import importlib
    import random

    bad_unit = importlib.import_module(pure.__name__ + '._units').BAD_UNIT
    checked = []
    for cp in range(0x21, 0x110000):
        ch = chr(cp)
        if 0xD800 <= cp < 0xE000 or ch in '#?%':
            continue
        native_bad = _strict_native(STRICT_NATIVE, 'x:' + ch)[0] == 'error'
        assert bool(bad_unit.match(ch)) == native_bad, hex(cp)
        checked.append(ch)
    for ch in random.Random(1).sample(checked, 2000):
        assert_same('x:' + ch)


# --- hypothesis: ordinary URLs, the shapes the fast path takes ---------------------------------

_name = st.text(alphabet='abcdefghijklmnopqrstuvwxyzABCXYZ0123456789-_~', min_size=1, max_size=12)
_unicode_name = st.text(alphabet='abcxyzäöüßéñçøœ中文日本ابتאב', min_size=1, max_size=8)
_component = st.text(alphabet="abcXYZ019!$&'()*+,-._~%:;=@/?é中😀 ", max_size=15)


@st.composite
def ordinary_urls(draw):
    scheme = draw(st.sampled_from(['http', 'https', 'ws', 'wss', 'ftp', 'HTTPS', 'postgres', 'redis', 'mongodb+srv', 'foo']))
    labels = draw(st.lists(st.one_of(_name, _unicode_name), min_size=1, max_size=4))
    host = draw(st.one_of(st.just('.'.join(labels)), st.sampled_from(['127.0.0.1', '10.0.0.255', '256.1.1.1', '0x7f.1', '1.2.3'])))
    text = scheme + '://'
    if draw(st.booleans()):
        text += draw(_name) + (':' + draw(st.text(alphabet='abc%20é:', max_size=6)) if draw(st.booleans()) else '') + '@'
    text += host
    if draw(st.booleans()):
        text += ':' + str(draw(st.integers(0, 70000)))
    for separator in ('/', '?', '#'):
        if draw(st.booleans()):
            text += separator + draw(_component)
    return text


@settings(max_examples=2000, deadline=None)
@given(ordinary_urls())
def test_ordinary_urls(text):
    assert_same(text)
