"""Hypothesis example budgets: capped for the everyday run, the files' own counts on demand.

The property tests ask for up to 2,000 examples each, compared with the native core one by
one; that is what a change to a parser deserves, but `npm test` and CI run these tests on
every change. The default run caps every test at MAX_EXAMPLES (fresh examples every run,
so coverage still grows over time); `PURE_CORE_EXAMPLES=full` runs the counts written in
the files, `PURE_CORE_EXAMPLES=<n>` caps at n.
"""

import os

from hypothesis import settings

MAX_EXAMPLES = 200


def _cap() -> int | None:
    value = os.environ.get('PURE_CORE_EXAMPLES', '').strip()
    if value == 'full':
        return None
    return int(value) if value.isdigit() and int(value) > 0 else MAX_EXAMPLES


def pytest_collection_modifyitems(items):
    cap = _cap()
    if cap is None:
        return
    seen = set()
    for item in items:
        test = getattr(item, 'obj', None)
        # @given tests carry their settings here; @settings(...) above @given writes it.
        own = getattr(test, '_hypothesis_internal_use_settings', None)
        if own is None or id(test) in seen:
            continue
        seen.add(id(test))
        if own.max_examples > cap:
            test._hypothesis_internal_use_settings = settings(own, max_examples=cap)
