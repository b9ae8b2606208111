#!/usr/bin/env bash
# Run a command with the forky chroot's CPython through bubblewrap: nothing is
# mounted on the host, the repository is bound read-write, everything else of
# the chroot read-only.
#
#   tools/in-chroot.sh [--pure] [--bind DIR]... [--] COMMAND...
#
#   --pure              put the assembled pure-Python pydantic_core first on PYTHONPATH
#                       (without it the chroot's native Rust core is used)
#   --bind DIR          also bind DIR (read-write), e.g. an upstream checkout
#   --bind-as SRC DEST  bind SRC at DEST inside the sandbox
#   --chdir DIR         run there (default: the current directory, which must then be
#                       inside the repository or a bound DIR)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pkg="$(cd "$here/.." && pwd)"
repo="$(cd "$pkg/.." && pwd)"
chroot_dir="${FORKY_CHROOT:-$repo/.cache/forky-chroot}"

pure=0
binds=("$repo")
extra=()
workdir="$PWD"
while [ $# -gt 0 ]; do
  case "$1" in
    --pure) pure=1; shift ;;
    --bind) binds+=("$(cd "$2" && pwd)"); shift 2 ;;
    --bind-as) extra+=(--bind "$(cd "$2" && pwd)" "$3"); shift 3 ;;
    --chdir) workdir="$2"; shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: $0 [--pure] [--bind DIR]... [--] COMMAND..." >&2; exit 64; }
[ -x "$chroot_dir/usr/bin/python3" ] || { echo "in-chroot: no forky chroot at $chroot_dir (run tools/forky-chroot.sh)" >&2; exit 2; }

pythonpath="${PYTHONPATH:-}"
if [ "$pure" = 1 ]; then
  site="$("$here/assemble.sh")"
  pythonpath="$site${pythonpath:+:$pythonpath}"
fi

# The chroot's top-level directories are bound one by one onto a fresh root so
# that bind targets (the repository's path) can be created whatever the chroot holds.
args=(
  --ro-bind "$chroot_dir/usr" /usr --ro-bind "$chroot_dir/etc" /etc --ro-bind "$chroot_dir/var" /var
  --symlink usr/bin /bin --symlink usr/sbin /sbin --symlink usr/lib /lib --symlink usr/lib64 /lib64
  --proc /proc --dev /dev --tmpfs /tmp --tmpfs /run
  --unshare-ipc --unshare-uts --die-with-parent
  --clearenv --setenv PATH /usr/local/bin:/usr/bin:/bin --setenv HOME /tmp --setenv LANG C.UTF-8
)
for b in "${binds[@]}"; do args+=(--bind "$b" "$b"); done
args+=("${extra[@]}")
[ -n "$pythonpath" ] && args+=(--setenv PYTHONPATH "$pythonpath")
for var in PYTHONHASHSEED PYDANTIC_ERRORS_INCLUDE_URL HYPOTHESIS_PROFILE ORACLE_FILTER PURE_CORE_EXAMPLES; do
  [ -n "${!var:-}" ] && args+=(--setenv "$var" "${!var}")
done
exec bwrap "${args[@]}" --chdir "$workdir" "$@"
