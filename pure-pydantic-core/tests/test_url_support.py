"""Shared helpers of the URL tests (no tests here).

The URL tests are differential: they run the native core and our `_url`
subpackage side by side in the chroot's CPython. `_url` is loaded from the
source tree under a private package name, so it works whatever state the rest
of the pure core is in; that package borrows the native ValidationError.
"""

import importlib
import pathlib
import sys
import types

import pytest

import pydantic_core
from pydantic_core import MultiHostUrl, SchemaValidator, ValidationError, Url, core_schema

NATIVE = pydantic_core._pydantic_core.__file__.endswith('.so')
SRC = pathlib.Path(__file__).resolve().parents[1] / 'src' / 'pydantic_core' / '_pydantic_core'
_PKG = '_pure_core_under_test'

needs_native = pytest.mark.skipif(not NATIVE, reason='differential URL tests need the native core')


def load_pure_url():
    """Our `_url` subpackage, imported from the source tree."""
    if _PKG not in sys.modules:
        pkg = types.ModuleType(_PKG)
        pkg.__path__ = [str(SRC)]
        pkg.ValidationError = ValidationError
        sys.modules[_PKG] = pkg
    return importlib.import_module(_PKG + '._url')


pure = load_pure_url()
ErrorSpec = importlib.import_module(_PKG + '._error_spec').ErrorSpec


def native_outcome(cls, text, **kwargs):
    """A comparable summary of constructing a native Url/MultiHostUrl."""
    try:
        return describe(cls(text, **kwargs))
    except ValidationError as error:
        return ('error', [(e['type'], e.get('ctx')) for e in error.errors()])


def pure_outcome(cls, text, **kwargs):
    try:
        return describe(cls(text, **kwargs))
    except ValidationError as error:
        return ('error', [(e['type'], e.get('ctx')) for e in error.errors()])


def describe(url):
    if hasattr(url, 'hosts'):
        return (
            type(url).__name__,
            str(url),
            repr(url),
            url.scheme,
            url.hosts(),
            url.path,
            url.query,
            url.query_params(),
            url.fragment,
            url.unicode_string(),
        )
    return (
        type(url).__name__,
        str(url),
        repr(url),
        url.scheme,
        url.username,
        url.password,
        url.host,
        url.unicode_host(),
        url.port,
        url.path,
        url.query,
        url.query_params(),
        url.fragment,
        url.unicode_string(),
    )


def native_validate(schema, value, **kwargs):
    try:
        return describe(SchemaValidator(schema).validate_python(value, **kwargs))
    except ValidationError as error:
        return ('error', [(e['type'], e.get('ctx')) for e in error.errors()])


def pure_validate(validator, value, **kwargs):
    try:
        return describe(validator.validate(value, **kwargs))
    except ErrorSpec as spec:
        return ('error', [(spec.error_type, spec.context)])
