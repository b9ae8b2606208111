#!/usr/bin/env python3
"""Runs inside the chroot: writes /wasm-build/out/manifest.json from what the
build steps left in /wasm-build and /srv/wasm-sources, prints a summary."""
import hashlib, json, os

W, SRC = '/wasm-build', '/srv/wasm-sources'
OUT = os.path.join(W, 'out')


def sha256(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        for chunk in iter(lambda: f.read(1 << 20), b''):
            h.update(chunk)
    return h.hexdigest()


def fetched(pkg):
    p = os.path.join(SRC, pkg + '.fetched')
    if not os.path.exists(p) or os.path.getsize(p) == 0:
        return None
    name, digest, version = open(p).read().split()[:3]
    return {'name': pkg, 'debianVersion': version, 'origTarball': name, 'origSha256': digest}


toolchain = json.load(open(os.path.join(W, 'toolchain.json')))
scripts = open(os.path.join(W, 'scripts.sha256')).read()
sources = {p: fetched(p) for p in ('rustc', 'pydantic-core', 'sqlite3')}
pure_py = json.load(open(os.path.join(W, 'site-packages.json')))
blocked = [l for l in open(os.path.join(W, 'blocked.txt')).read().splitlines() if l.strip()]

# Everything that can change the artifacts' bytes: the chroot's exact package set
# (toolchain and librust-*-dev crates), the flags, the source tarballs, the scripts.
inputs = {
    'chrootPackagesSha256': toolchain['chrootPackagesSha256'],
    'rustflags': toolchain['rustflags'],
    'rustflagsPathRemap': toolchain['rustflagsPathRemap'],
    'sources': {k: v['origSha256'] if v else None for k, v in sources.items()},
    'scriptsSha256': hashlib.sha256(scripts.encode()).hexdigest(),
}
inputs_hash = hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()


def so_entry(rel, extra):
    p = os.path.join(OUT, rel)
    e = {'file': rel, 'sha256': sha256(p), 'size': os.path.getsize(p)}
    e.update(extra)
    lock = os.path.join(os.path.dirname(rel), os.path.basename(rel).split('.cpython-')[0] + '.Cargo.lock')
    if os.path.exists(os.path.join(OUT, lock)):
        e['extraFiles'] = [{'file': lock, 'sha256': sha256(os.path.join(OUT, lock)),
                            'what': 'crate versions cargo resolved from Debian\'s registry'}]
    return e


def pkgver(deb):
    for d in pure_py:
        if d['package'] == deb:
            return d['version']
    return None


artifacts = []
probe = 'toolchain-probe/_course_wasm_probe.cpython-312-wasm32-emscripten.so'
if os.path.exists(os.path.join(OUT, probe)):
    artifacts.append(so_entry(probe, {
        'role': 'toolchain probe (not for the bundle): a pyo3 0.22 module on the crates of '
                'pydantic-core\'s Debian Build-Depends (jiter, speedate, serde_json, regex, url, ...), '
                'built like _pydantic_core, to test the toolchain and crate set in Pyodide',
        'pythonModule': '_course_wasm_probe',
        'sourcePackage': {'name': 'scripts/wasm-extensions/probe (this repo)'},
    }))
pc = '_pydantic_core.cpython-312-wasm32-emscripten.so'
if os.path.exists(os.path.join(OUT, pc)):
    src = sources['pydantic-core']
    artifacts.append(so_entry(pc, {
        'role': 'bundle: goes to site-packages/pydantic_core/ next to the pure-Python part '
                'of python3-pydantic-core',
        'pythonModule': 'pydantic_core._pydantic_core',
        'pythonPackage': {'name': 'pydantic-core', 'version': src['debianVersion'].split('-')[0]},
        'forPythonPackage': {'name': 'pydantic', 'debianPackage': 'python3-pydantic ' + str(pkgver('python3-pydantic'))},
        'sourcePackage': src,
    }))
sq = '_sqlite3.cpython-312-wasm32-emscripten.so'
if os.path.exists(os.path.join(OUT, sq)):
    artifacts.append(so_entry(sq, {'role': 'bundle: lib-dynload', 'pythonModule': '_sqlite3',
                                   'sourcePackage': sources['sqlite3']}))

intermediates = []
lib = os.path.join(W, 'sqlite3', 'libsqlite3.a')
if os.path.exists(lib):
    intermediates.append({'file': 'libsqlite3.a (not shipped)', 'sha256': sha256(lib),
                          'size': os.path.getsize(lib), 'sourcePackage': sources['sqlite3'],
                          'defines': open(os.path.join(W, 'sqlite3', 'sqlite-defs.txt')).read().split()})

manifest = {
    'schemaVersion': 1,
    'generatedBy': 'scripts/wasm-extensions/build.sh',
    'target': {'pyodide': '0.26.4', 'python': '3.12.1', 'platform': 'emscripten_3_1_58 (Pyodide) / '
               'built with Debian emscripten 3.1.69', 'extSuffix': '.cpython-312-wasm32-emscripten.so'},
    'toolchain': toolchain,
    'inputsHash': inputs_hash,
    'inputs': inputs,
    'pythonPackagesUsedInSmokeTest': pure_py,
    'artifacts': artifacts,
    'intermediates': intermediates,
    'blocked': blocked,
}
with open(os.path.join(OUT, 'manifest.json'), 'w') as f:
    json.dump(manifest, f, indent=2)
    f.write('\n')
print('inputsHash', inputs_hash)
for a in artifacts:
    print(a['file'], a['size'], a['sha256'])
for b in blocked:
    print('blocked:', b)
