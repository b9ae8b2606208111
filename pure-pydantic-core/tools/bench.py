"""Timings of pydantic on whichever pydantic_core is importable; prints one JSON object.

    python3 tools/bench.py [--repeats N] [--profile CASE]

Run with the native core and with the pure one (tools/in-chroot.sh [--pure]);
scripts/bench/pydantic-core.ts alternates the two a few times and divides the
best figures. Each figure is the best over `repeats` timings (default 3) of the
time per operation, in microseconds (the best is the least disturbed by other
work on the machine):

- validate_python / validate_json: a nested model (an order with a customer,
  an address and 10 lines) from a dict and from JSON text;
- dump_python / dump_json: the same model to a dict and to JSON;
- build_validator_20_fields: SchemaValidator(schema) of a 20-field model's fields schema;
- import_pydantic_fastapi: `import pydantic; import fastapi` in a fresh interpreter
  (its own time, measured inside it; interpreter start-up excluded).

--profile CASE prints a cProfile of one case instead (e.g. validate_python).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time


def models():
    from datetime import datetime
    from typing import Literal, Optional
    from uuid import UUID

    from pydantic import BaseModel, Field

    class Address(BaseModel):
        street: str
        city: str
        postcode: str = Field(pattern=r'^[0-9]{5}$')
        country: str = 'FR'

    class Customer(BaseModel):
        id: int
        name: str = Field(min_length=1, max_length=100)
        email: str
        address: Address
        tags: list[str] = []

    class Line(BaseModel):
        sku: str
        quantity: int = Field(gt=0)
        unit_price: float = Field(ge=0)
        note: Optional[str] = None

    class Order(BaseModel):
        id: UUID
        created: datetime
        status: Literal['new', 'paid', 'shipped']
        customer: Customer
        lines: list[Line]
        discount: float = 0.0
        metadata: dict[str, int] = {}

    data = {
        'id': '5a4b5ad6-60b2-4b7c-9d4b-6c1f7a2e9d11',
        'created': '2026-03-04T05:06:07.123456+01:00',
        'status': 'paid',
        'customer': {
            'id': 42, 'name': 'Ada Lovelace', 'email': 'ada@example.com', 'tags': ['vip', 'early'],
            'address': {'street': '1 Analytical Way', 'city': 'London', 'postcode': '12345'},
        },
        'lines': [{'sku': f'SKU-{i:03d}', 'quantity': i + 1, 'unit_price': 9.5 + i, 'note': None if i % 2 else 'gift'}
                  for i in range(10)],
        'discount': 0.1,
        'metadata': {'source': 1, 'campaign': 7},
    }
    return Order, data


def twenty_field_schema():
    from datetime import date
    from typing import Optional

    from pydantic import BaseModel, Field

    namespace = {'__annotations__': {}}
    kinds = [int, str, float, bool, Optional[int], list[str], dict[str, int], date,
             tuple[int, ...], Optional[str]]
    for i in range(20):
        namespace['__annotations__'][f'field_{i}'] = kinds[i % len(kinds)]
        if i % 3 == 0:
            namespace[f'field_{i}'] = Field(default=None) if i % 2 else Field(description=f'field {i}')
    model = type('Wide', (BaseModel,), namespace)
    # The model's fields: SchemaValidator of the model schema itself would reuse the
    # model's own (prebuilt) validator instead of building one.
    return model.__pydantic_core_schema__['schema']


def timed(fn, min_seconds: float) -> float:
    """Microseconds per call: enough calls to last min_seconds."""
    calls = 1
    while True:
        started = time.perf_counter()
        for _ in range(calls):
            fn()
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return elapsed / calls * 1e6
        calls = max(calls * 2, int(calls * min_seconds / max(elapsed, 1e-6) * 1.2))


def import_time() -> float:
    code = ('import time; t = time.perf_counter(); import pydantic; import fastapi; '
            'print((time.perf_counter() - t) * 1e6)')
    out = subprocess.run([sys.executable, '-c', code], check=True, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


def cases():
    from pydantic_core import SchemaValidator

    Order, data = models()
    text = json.dumps(data)
    order = Order.model_validate(data)
    schema = twenty_field_schema()
    return {
        'validate_python': lambda: Order.model_validate(data),
        'validate_json': lambda: Order.model_validate_json(text),
        'dump_python': lambda: order.model_dump(),
        'dump_json': lambda: order.model_dump_json(),
        'build_validator_20_fields': lambda: SchemaValidator(schema),
    }


def main(argv: list[str]) -> int:
    repeats = int(argv[argv.index('--repeats') + 1]) if '--repeats' in argv else 3
    if '--profile' in argv:
        import cProfile
        import pstats

        fn = cases()[argv[argv.index('--profile') + 1]]
        profile = cProfile.Profile()
        profile.runcall(lambda: [fn() for _ in range(2000)])
        pstats.Stats(profile).sort_stats('tottime').print_stats(30)
        return 0
    import pydantic_core

    results = {'core': 'pure' if pydantic_core._pydantic_core.__file__.endswith('.py') else 'native',
               'python': sys.version.split()[0]}
    for name, fn in cases().items():
        fn()  # warm-up (lazy imports, caches)
        results[name] = min(timed(fn, 0.1) for _ in range(repeats))
    results['import_pydantic_fastapi'] = min(import_time() for _ in range(repeats))
    print(json.dumps(results))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
