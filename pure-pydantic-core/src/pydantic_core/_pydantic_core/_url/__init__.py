"""URLs: the `Url` and `MultiHostUrl` classes and the 'url' / 'multi-host-url' validators.

A pure-Python reproduction of what the native core does with the Rust `url`
crate (WHATWG URL Standard) and `idna` (UTS #46). Public to the rest of the
package:

- `Url`, `MultiHostUrl`: the classes exported as pydantic_core.Url / MultiHostUrl.
- `UrlValidator(**settings)`, `MultiHostUrlValidator(**settings)`: built once per
  schema (settings: max_length, allowed_schemes, host_required, default_host,
  default_port, default_path, preserve_empty_path, strict); `.validate(value,
  strict=None)` returns the URL or raises ErrorSpec.
"""

from ._types import MultiHostUrl, Url

__all__ = ['Url', 'MultiHostUrl', 'UrlValidator', 'MultiHostUrlValidator']


def __getattr__(name):
    # the parser and its tables load on the first URL schema or URL, not with the package
    if name in ('UrlValidator', 'MultiHostUrlValidator'):
        from . import _validate

        return getattr(_validate, name)
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
