#!/usr/bin/env python3
"""relax-deps.py CARGO_TOML REGISTRY_DIR
Debian builds Rust software against the crate versions it packages, and its
packaging patches lower upstream's minimum versions where Debian is a little
behind (e.g. uuid 1.11 -> 1.10). This does the same for a Cargo.toml: every
plain/caret requirement that no crate in REGISTRY_DIR satisfies is lowered to
the newest semver-compatible version Debian has. Prints each change; exits 1
if a requirement cannot be met by any compatible version."""
import os, re, sys, tomllib

toml_path, registry = sys.argv[1], sys.argv[2]
text = open(toml_path).read()
doc = tomllib.loads(text)


def parse(v):
    parts = [int(x) for x in re.findall(r'\d+', v)[:3]]
    return tuple(parts + [0] * (3 - len(parts)))


def compatible(avail, req):
    a, r = parse(avail), parse(req)
    if r[0] > 0:
        return a[0] == r[0]
    if r[1] > 0:
        return a[0] == 0 and a[1] == r[1]
    return a[:3] == r[:3]


available = {}
for d in os.listdir(registry):
    m = re.match(r'^(.+)-(\d+\.\d+\.\d+)$', d)
    if m:
        available.setdefault(m.group(1), []).append(m.group(2))

changes, failures = [], []
tables = [doc.get(k, {}) for k in ('dependencies', 'build-dependencies', 'dev-dependencies')]
for tgt in doc.get('target', {}).values():  # [target.'cfg(...)'.dependencies] and friends
    tables += [tgt.get(k, {}) for k in ('dependencies', 'build-dependencies', 'dev-dependencies')]
for table in tables:
    for name, spec in table.items():
        req = spec if isinstance(spec, str) else spec.get('version')
        if req is None or isinstance(spec, dict) and ('path' in spec or 'git' in spec):
            continue
        crate = spec.get('package', name) if isinstance(spec, dict) else name
        if not re.fullmatch(r'\^?\d+(\.\d+){0,2}', req.strip()):
            continue  # only plain/caret requirements are handled
        r = req.strip().lstrip('^')
        vers = sorted(available.get(crate, []), key=parse)
        ok = [v for v in vers if compatible(v, r) and parse(v) >= parse(r)]
        if ok:
            continue
        lower = [v for v in vers if compatible(v, r)]
        if not lower:
            failures.append(f'{crate} {req}: Debian has {vers or "nothing"}')
            continue
        new = lower[-1]
        pat = re.compile(r'^(\s*' + re.escape(name) + r'\s*=\s*(?:\{[^\n]*?version\s*=\s*)?)"' + re.escape(req) + '"', re.M)
        text, n = pat.subn(lambda m: m.group(1) + '"' + new + '"', text, count=1)
        if n != 1:
            failures.append(f'{crate} {req}: could not rewrite the line')
        else:
            changes.append(f'{crate} {req} -> {new}')
for c in changes:
    print('  relaxed', c)
if failures:
    for f in failures:
        print('  UNSATISFIABLE', f, file=sys.stderr)
    sys.exit(1)
open(toml_path, 'w').write(text)
