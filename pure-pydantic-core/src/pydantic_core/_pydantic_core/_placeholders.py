"""Url, MultiHostUrl and TzInfo until their packages (`_url`, `_temporal`) land.

They exist so that `import pydantic_core` works; using them says plainly that
they are not implemented yet (no imitation of their behaviour).
"""

from __future__ import annotations

import datetime

__all__ = ['Url', 'MultiHostUrl', 'TzInfo']


def _not_yet(name: str):
    raise NotImplementedError(f'pure pydantic_core: {name} is not implemented yet')


class Url:
    def __init__(self, url: str):
        _not_yet('Url')


class MultiHostUrl:
    def __init__(self, url: str):
        _not_yet('MultiHostUrl')


class TzInfo(datetime.tzinfo):
    def __init__(self, seconds: float = 0.0):
        _not_yet('TzInfo')
