"""Dates, times, datetimes and durations written as text: every accepted and rejected
shape, compared with the native core (Python, JSON and validate_strings input,
strict and lax, the config keys that change parsing), then fuzzed near the grammar."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_temporal_support import KINDS, assert_same

DATETIMES = [
    '2022-01-01T00:00:00', '2022-01-01T00:00:00Z', '2022-01-01T00:00:00z', '2022-01-01T00:00:00+01:00',
    '2022-01-01T00:00:00-00:00', '2022-01-01T00:00:00+0100', '2022-01-01T00:00:00+01', '2022-01-01T00:00:00+1',
    '2022-01-01T00:00:00 +01:00', '2022-01-01T00:00:00+24:00', '2022-01-01T00:00:00+23:60', '2022-01-01T00:00:00+99:99',
    '2022-01-01T00:00:00+ab:00', '2022-01-01T00:00:00+01:ab', '2022-01-01T00:00:00+01:0', '2022-01-01T00:00:00X',
    '2022-01-01T00:00:00Zx', '2022-01-01t00:00', '2022-01-01 00:00', '2022-01-01_00:00', '2022-01-01X00:00',
    '2022-01-01T', '2022-01-01T0', '2022-01-01T00', '2022-01-01T00:0', '2022-01-01T00:00:', '2022-01-01T00:00:0',
    '2022-01-01T00:00:60', '2022-01-01T23:59:60', '2022-01-01T24:00:00', '2022-01-01T25:00:00', '2022-01-01T00:60:00',
    '2022-01-01T00:00:00.', '2022-01-01T00:00:00.a', '2022-01-01T00:00:00,5', '2022-01-01T00:00:00.1234567',
    '2022-01-01T00:00:00.123456789012345', '2022-01-01T00:00a', '2022-01-01T0a:00', '2022-01-01Ta0:00',
    '2022-01-01T00;00', '2022-01-01T12:13.5', '0000-12-31T23:59:59.999999Z', '0000-01-01T00:00', '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59.999999', '2022-01-01T00:00:00\x00', '2022-01-01T00:00:00é', 'é2022-01-01T00:00:00',
]
DATES = [
    '2022-01-01', '2000-02-29', '2001-02-29', '2022-02-30', '2022-1-01', '2022-13-01', '2022-00-01', '2022-01-00',
    '2022-01-32', '+2022-01-01', '12345-01-01', '20220101', 'abcd-01-01', '20a2-01-01', '2022x01-01', '2022-0a-01',
    '2022-01x01', '2022-01-0a', '2022-01-1', '0000-01-01', '0001-01-01', '9999-12-31', ' 2022-01-01', '2022-01-01 ',
    '2022-01-01x', '', 'x', '-', '+', 'wrong', '١٢٣٤-01-01',
]
TIMES = [
    '12:13:14', '12:13', '12', '1', '12:1', '12:13:1', '12:13:', '12:13:14.', '12:13:14.1', '12:13:14,1',
    '12:13:14.1234567', '12:13:14Z', '12:13:14z', '12:13:14+01:00', '12:13:14+0100', '12:13:14+01', '12:13:14-23:59',
    '12:13:14+24:00', '12:13Z', '12:13+01:00', '12Z', '24:00', '24:00:00', '23:59:60', '12:60', '12:13:14 ',
    '12:13:14.5 +01:00', 'ab:cd', '1a:00', '12a00', '12:a0', '12:0a', '12:00:a0', '12:00:0a', '12:00:00.a',
    '12:00:00x', 'T12:00', '10:33:30.56Zx', '14:11:21.19928+', '12:46:,1234567', '12:46:00.1234567x', '12:46.5',
]
NUMBERS = [
    '0', '1', '-1', '+1', '-0', '00', '0001', '1.', '.5', '-.5', '+.5', '-1.', '1.5', '-0.25', '-', '+', '.', '-.',
    '+-1', '-+1', '1e3', '1.5e3', '1.0e3', '1.e3', '.5e3', '1.5E+3', '1.5e-3', '1.5e', '1.5e+', '1.5ee3', '1.5e400',
    '-1.5e400', '1.0e22', '9.223372036854784000e21', '1.5.5', '1..', '1.a', '1a', '1 ', ' 1', '1_000',
    '1654646400', '1654646400.5', '1654646400123', '1654646400123.5', '1654646400.1234565', '1654646401',
    '19999999999', '20000000000', '20000000000.5', '20000000001', '-20000000000', '-20000000001', '253402300799',
    '253402300799.5', '253402300799999', '253402300800000', '253402300799999.5', '-62135596800000',
    '-62167219200000', '-62167219200001', '-62167219200', '7.0000015', '0.5000005', '1.0000005', '0.9999999',
    '-0.9999996', '9223372036854775807', '9223372036854775808', '-9223372036854775808', '18446744073709551616',
    '22408102439613256782', '99999999999999999999', '9223372036854775807.5', '99999999999999999999.5',
    '0' * 40 + '1.5', '1.' + '1' * 40, '86400', '86399.9999999',
]
DURATIONS = [
    'P1D', 'P1DT2H3M4.5S', 'PT0S', 'P0D', 'P', 'PT', '-P', '-PT', '-P1D', '+P1D', 'p1d', 'P1d', 'P1DT', 'P1W', 'P1Y',
    'P1M', 'PT1M', 'P1Y2M3W4DT5H6M7S', 'P1.5D', 'PT1.5H', 'PT1.5M', 'PT1.5S', 'PT1,5S', 'P1.5Y', 'P1.5W', 'P1.5M',
    'P1D2D', 'P1H', 'PT1D', 'P1DT1Y', 'PT1H1H', 'PT1S1M', 'P-1D', 'P1DT-1H', 'PTT1S', 'P1DTT1S', 'PT1HT', 'P1Dt1H',
    'P1.5DT1H', 'P1.5DT', 'P1.5Y1D', 'P1Y1.5D', 'P1.D', 'P.5D', 'P1..5D', 'PT.5S', 'PT1.S', 'P1e3D', 'P1 D', 'PTD',
    'PT4294967295S', 'PT4294967296S', 'PT4294967295S1S', 'PT1193046H', 'PT1193047H', 'P4294967295D',
    'P4294967296D', 'P4294967295D1D', 'P1000000000D', 'P999999999D', 'P999999999DT86400S', 'P2739726Y', 'P2739727Y',
    'P142857143W', 'P33333333M', 'PT0.0000005S', 'PT1.1234567S', 'P1.99999999999D', 'PT1.99999999999S',
    'P3.14159265358979D', 'P1.00000000001Y', 'P00000000000000000001D',
    '1', '1.5', '-1', '1:00', '01:00', '10:00', '100:00', '1:00:00', '01:02:03', '01:02:03.5', '01:02:03,5',
    '01:02:03.1234567', '1 day', '1 day, 01:00:00', '1 days, 01:00:00', '2 days 01:00:00', '1d', '1d,01:00',
    '1d, 01:00:00', '-1 day, 23:59:59', '-01:00:00', '+01:00:00', '25:00:00', '00:60:00', '00:00:60', '1day',
    '1days', '1 d', '1 D', '1 Day', '1 DAY', '1DAYS', '1Days', '1dAy', '1 dAY', '1DAYs', '1 DAy', '1 Dayss', '1dayx',
    '1dday', '1 dy', '1 da', '1  day', '1 day,', '1 day, ', '1d,  ', '1d ', ' 1d', 'd', '1.5d', '-1d', '+1d', '-+1d',
    '99999999999d', '4294967295d', '4294967296d', '999999999 days', '1000000000 days', '1000000000d 00:00',
    '999999999d 23:59:59.9999999', '999999998d 24:00:00', '1d 24:00:00', '1d 24:0a', '1d 23:59:59', '0d 24:00:00',
    '2400000000:59:59', '2400000001:00:00', '4294967295:00:00', '1000000000x:00', '999999999x:00',
    '02400000000:00:00', '12345:00', '00000', '12345', '000:0', '0000:', ':00', ':00:00', ':0000', '0:000',
    '1 01:00', 'xx:00', 'x:00', 'x', '--1', '', '-', ' P1D', 'P1D ', 'P 1D', '12:13:14x', '12:13:14.x',
    '2022-01-01T00:00', '2022-01-01', '1.5e3', 'abcde', '01:00d', '7150667 DAYS :46:,471471900',
    '+3673346388:2534', '1d 00:46:00xxxxxxxx', '12:4a:00.1234567', '12:46:00xxxxxxxx',
]
ALL = DATETIMES + DATES + TIMES + NUMBERS + DURATIONS


@pytest.mark.parametrize('kind', KINDS)
@pytest.mark.parametrize('strict', [None, True])
def test_curated_python(kind, strict):
    for text in ALL:
        assert_same(kind, text, strict=strict)
        assert_same(kind, text.encode(), strict=strict)


@pytest.mark.parametrize('kind', KINDS)
@pytest.mark.parametrize('strict', [None, True])
def test_curated_json_and_strings(kind, strict):
    for text in ALL:
        assert_same(kind, json.dumps(text), mode='json', strict=strict)
        if '\x00' not in text:
            assert_same(kind, text, mode='strings', strict=strict)


@pytest.mark.parametrize('kind', KINDS)
@pytest.mark.parametrize(
    'schema, config',
    [
        ({'microseconds_precision': 'error'}, None),
        ({}, {'val_temporal_unit': 'seconds'}),
        ({}, {'val_temporal_unit': 'milliseconds'}),
        ({'strict': True}, None),
        ({}, {'strict': True}),
    ],
)
def test_curated_settings(kind, schema, config):
    if kind == 'date':
        schema = {k: v for k, v in schema.items() if k != 'microseconds_precision'}
    for text in ALL:
        assert_same(kind, text, config=config, **schema)
        assert_same(kind, text, mode='strings', config=config, **schema)


# Text near the grammar: real shapes with wrong digits, separators and zones, then a few edits.

_digits = st.text('0123456789', min_size=0, max_size=14)
_two = st.one_of(st.integers(0, 99).map(lambda n: f'{n:02}'), st.sampled_from(['0', '000', 'a0', '', '٣٣', '60', '24']))
_zone = st.sampled_from(['', '', 'Z', 'z', '+01:00', '-01:30', '+0130', '-0000', '+01', '+1', '+24:00', '+23:59',
                         '-23:59', '+23:60', '+ab:cd', ' +01:00', 'Zx', 'x', ' ', '+01:', '+', '-', '+1200'])
_fraction = st.one_of(st.just(''), st.builds(lambda sep, d: sep + d, st.sampled_from(['.', ',', '.']), _digits))
_year = st.one_of(st.integers(0, 9999).map(lambda n: f'{n:04}'), _digits, st.sampled_from(['+2022', '-2022', '20a2']))
_date = st.builds(lambda y, s1, m, s2, d: y + s1 + m + s2 + d, _year, st.sampled_from(['-', '-', '/', '']), _two,
                  st.sampled_from(['-', '-', '']), _two)
_time = st.builds(lambda h, s1, m, rest, z: h + s1 + m + rest + z, _two, st.sampled_from([':', ':', '', '.']), _two,
                  st.one_of(st.just(''), st.builds(lambda s, sec, f: s + sec + f, st.sampled_from([':', ':', '.']), _two, _fraction)),
                  _zone)
_number = st.builds(lambda sign, body: sign + body, st.sampled_from(['', '', '-', '+', '--']),
                    st.one_of(_digits, st.builds(lambda a, b: a + '.' + b, _digits, _digits),
                              st.builds(lambda a, b, e: f'{a}.{b}e{e}', _digits, _digits, st.integers(-30, 30))))
_iso_part = st.builds(lambda n, f, u: str(n) + f, st.integers(0, 10**11), _fraction, st.just('')).flatmap(
    lambda n: st.sampled_from('YMWDHSdh').map(lambda u: n + u))
_iso = st.builds(lambda sign, p, date_parts, t, time_parts: sign + p + ''.join(date_parts) + t + ''.join(time_parts),
                 st.sampled_from(['', '-', '+']), st.sampled_from(['P', 'P', 'p', '']), st.lists(_iso_part, max_size=3),
                 st.sampled_from(['', 'T', 'TT', 't']), st.lists(_iso_part, max_size=3))
_day_form = st.builds(lambda sign, n, sp, word, punct, clock: sign + n + sp + word + punct + clock,
                      st.sampled_from(['', '-', '+']), st.integers(0, 10**11).map(str), st.sampled_from(['', ' ', '  ']),
                      st.sampled_from(['d', 'day', 'days', 'D', 'DAY', 'DAYS', 'Day', 'dAY', 'DAYs', 'dAy', 'da']),
                      st.sampled_from(['', ',', ', ', ' ', ',  ']),
                      st.one_of(st.just(''), st.builds(lambda h, m, rest: h + ':' + m + rest, st.one_of(_two, _digits), _two,
                                                       st.one_of(st.just(''), st.builds(lambda s, f: ':' + s + f, _two, _fraction)))))


@st.composite
def _edited(draw, base):
    text = list(draw(base))
    for _ in range(draw(st.integers(0, 2))):
        where = draw(st.integers(0, len(text)))
        char = draw(st.sampled_from(list('0123456789TtZz:-+.,_ xPDHMSYWdé\x00')))
        action = draw(st.integers(0, 2))
        if action == 0 and text:
            text[min(where, len(text) - 1)] = char
        elif action == 1:
            text.insert(where, char)
        elif text:
            del text[min(where, len(text) - 1)]
    return ''.join(text)


temporal_text = _edited(st.one_of(
    st.builds(lambda d, sep, t: d + sep + t, _date, st.sampled_from(['T', 't', ' ', '_', 'x', '']), _time),
    _date, _time, _number,
))
duration_text = _edited(st.one_of(_iso, _day_form, _time, _number))

_settings = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_settings
@given(temporal_text, st.sampled_from(['date', 'time', 'datetime']), st.sampled_from([None, True]))
def test_fuzz_temporal_text(text, kind, strict):
    assert_same(kind, text, strict=strict)
    assert_same(kind, text, mode='strings', strict=strict)
    if kind != 'date':
        assert_same(kind, text, microseconds_precision='error')


@_settings
@given(duration_text, st.sampled_from([None, True]))
def test_fuzz_duration_text(text, strict):
    assert_same('timedelta', text, strict=strict)
    assert_same('timedelta', text, microseconds_precision='error')


@_settings
@given(st.one_of(temporal_text, duration_text), st.sampled_from(KINDS),
       st.sampled_from([None, {'val_temporal_unit': 'seconds'}, {'val_temporal_unit': 'milliseconds'}]))
def test_fuzz_any_text_any_kind(text, kind, config):
    assert_same(kind, text, config=config)
    assert_same(kind, text.encode(), config=config)


@pytest.mark.parametrize('kind', KINDS)
def test_lone_surrogates(kind):
    for text in ['\ud800', '2022-01-01T00:00:00\ud800', '12:00\udc00', 'P1D\ud800', '\ud800' * 20]:
        assert_same(kind, text)
        assert_same(kind, text, mode='strings')
