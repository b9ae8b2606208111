#!/usr/bin/env python3
"""compare-manifest.py COMMITTED_MANIFEST REBUILT_MANIFEST REBUILT_DIR
Used by build.sh --verify: tells whether the build inputs changed and whether
each rebuilt artifact is byte-identical to the committed one. Prints a line
'VERIFY: identical' when every committed artifact was rebuilt bit for bit."""
import json, sys

old = json.load(open(sys.argv[1]))
new = json.load(open(sys.argv[2]))
ok = True
if old.get('inputsHash') == new.get('inputsHash'):
    print('inputs: unchanged (inputsHash %s)' % new['inputsHash'][:16])
else:
    print('inputs: CHANGED (committed %s, now %s)' % (old.get('inputsHash', '?')[:16], new['inputsHash'][:16]))
    for k in sorted(set(old.get('inputs', {})) | set(new['inputs'])):
        if old.get('inputs', {}).get(k) != new['inputs'].get(k):
            print('  differs:', k, old.get('inputs', {}).get(k), '->', new['inputs'].get(k))
newby = {a['file']: a for a in new['artifacts']}
for a in old.get('artifacts', []):
    b = newby.get(a['file'])
    if b is None:
        print('MISSING in rebuild:', a['file']); ok = False
    elif a['sha256'] == b['sha256']:
        print('identical: %s (%d bytes, sha256 %s)' % (a['file'], a['size'], a['sha256']))
    else:
        ok = False
        print('DIFFERENT: %s committed %s (%d bytes) rebuilt %s (%d bytes)'
              % (a['file'], a['sha256'][:16], a['size'], b['sha256'][:16], b['size']))
for f in newby:
    if f not in {a['file'] for a in old.get('artifacts', [])}:
        print('new artifact (not in committed manifest):', f)
print('VERIFY: identical' if ok and old.get('artifacts') else 'VERIFY: NOT identical')
