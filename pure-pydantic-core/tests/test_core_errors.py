"""The error machinery against the native core: error table, messages, ValidationError."""

import pickle

import pytest
from core_support import both, native, pure


def test_list_all_errors_is_identical():
    assert pure.list_all_errors() == native.list_all_errors()


def test_known_error_type_count():
    assert len(pure.list_all_errors()) == 104


@pytest.mark.parametrize('info', native.list_all_errors(), ids=lambda info: info['type'])
def test_known_error_messages(info):
    def make(core):
        error = core.PydanticKnownError(info['type'], info['example_context'])
        return (error.message(), repr(error), error.message_template, error.context)

    native_outcome, pure_outcome = both(make)
    assert pure_outcome == native_outcome


@pytest.mark.parametrize(
    ('error_type', 'context'),
    [('greater_than', None), ('greater_than', {'gt': [1]}), ('no_such_type', None), ('too_short', {'field_type': 'x', 'min_length': -1, 'actual_length': 0})],
)
def test_known_error_bad_contexts(error_type, context):
    native_outcome, pure_outcome = both(lambda core: core.PydanticKnownError(error_type, context).message())
    assert pure_outcome == native_outcome


@pytest.mark.parametrize('value', ['s', 1, 4.0, 1.5, True, None, [1, 'a'], 10**20, 1e-7])
def test_custom_error_rendering(value):
    native_outcome, pure_outcome = both(lambda core: repr(core.PydanticCustomError('t', 'v={v} w={w}', {'v': value})))
    assert pure_outcome == native_outcome


LINES = [
    {'type': 'int_type', 'loc': ('a', 1), 'input': 1},
    {'type': 'greater_than', 'loc': ['b.c'], 'input': 3, 'ctx': {'gt': 1.0}},
    {'type': 'missing', 'input': {'a': 'x' * 100}},
]


@pytest.mark.parametrize('input_type', ['python', 'json'])
@pytest.mark.parametrize('hide_input', [False, True])
def test_validation_error_from_exception_data(input_type, hide_input):
    def make(core):
        e = core.ValidationError.from_exception_data('Title', LINES, input_type, hide_input)
        return (str(e), e.errors(), e.json(), e.json(indent=2), e.error_count(), e.title)

    native_outcome, pure_outcome = both(make)
    assert pure_outcome == native_outcome


def test_validation_error_pickles():
    e = pure.ValidationError.from_exception_data('T', LINES)
    assert pickle.loads(pickle.dumps(e)).errors() == e.errors()


def test_validation_error_is_a_value_error():
    assert issubclass(pure.ValidationError, ValueError)
    assert pure.ValidationError.__module__ == pure.__name__


def test_this_test_can_fail():
    # The comparison really distinguishes outcomes.
    native_outcome, pure_outcome = both(lambda core: core.__name__)
    assert native_outcome != pure_outcome
