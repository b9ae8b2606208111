#!/bin/bash
# Runs inside the chroot. Builds SQLite (Debian's sqlite3 orig tarball) for
# wasm32-emscripten as a PIC static library, then CPython 3.12's _sqlite module
# linked with it as a Pyodide side module.
# Exit 3 (BLOCKED) when CPython 3.12's sources are not available: the module
# must be compiled against the exact headers of Pyodide 0.26.4's CPython 3.12.1.
set -euo pipefail
. "$(dirname "$0")/env.sh"
read -r orig sha ver < "$SRC/sqlite3.fetched"
echo "  source: $orig (sha256 $sha, Debian $ver)"
rm -rf "$W/sqlite3"; mkdir -p "$W/sqlite3/src"
tar -xf "$SRC/$orig" -C "$W/sqlite3/src" --strip-components=1
cd "$W/sqlite3/src"
# the amalgamation (sqlite3.c) is generated with tclsh by SQLite's own makefile
CC=gcc ./configure --disable-tcl --disable-readline --disable-editline > ../configure.log 2>&1
make -j"$CARGO_BUILD_JOBS" sqlite3.c > ../make-amalgamation.log 2>&1
cd "$W/sqlite3"
SQLITE_DEFS="-DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_ENABLE_FTS4 -DSQLITE_ENABLE_FTS5 \
  -DSQLITE_ENABLE_RTREE -DSQLITE_ENABLE_MATH_FUNCTIONS -DSQLITE_DQS=0 -DSQLITE_DEFAULT_MEMSTATUS=0"
emcc -O2 -fPIC -ffile-prefix-map="$W"=/build $SQLITE_DEFS -c src/sqlite3.c -o sqlite3.o
emar rcsD libsqlite3.a sqlite3.o
echo "$SQLITE_DEFS" > sqlite-defs.txt
echo "  built libsqlite3.a (SQLite $(cat src/VERSION)): $(stat -c %s libsqlite3.a) bytes, sha256 $(sha256sum libsqlite3.a | cut -c1-16)"

if [ ! -f "$SRC/cpython312.fetched" ]; then
  echo "  BLOCKED: CPython 3.12 sources (Modules/_sqlite/*.c, Include/) are not in Debian's archive (trixie, sid, forky, bookworm and their backports carry only python3.11/3.13/3.14/3.15)"
  exit 3
fi
echo "  cpython312.fetched present but building Modules/_sqlite is not implemented yet" >&2
exit 1
