#!/usr/bin/env bash
# Checks that a change leaves behaviour byte-identical: builds and checks every given site with
# two redline binaries and compares the output folders, redline.lock, stdout, stderr, exit codes
# and `check`'s output.
#
#   bench/same-output.sh OLD_BINARY NEW_BINARY SITE_DIR...
#
# Each site is copied first, so neither build changes it. Exit status 1 when any site differs.
set -uo pipefail
[ $# -ge 3 ] || { echo "usage: bench/same-output.sh OLD_BINARY NEW_BINARY SITE_DIR..." >&2; exit 2; }
old=$(realpath "$1"); new=$(realpath "$2"); shift 2
scratch=$(mktemp -d "${TMPDIR:-/tmp}/redline-same.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1790000000}
status=0
for site in "$@"; do
  for which in old new; do
    binary=$old; [ "$which" = new ] && binary=$new
    run="$scratch/$which"; rm -rf "$run" "$scratch/out"; mkdir -p "$run"
    mkdir -p "$run/site"
    tar -C "$site" --exclude=./target --exclude=./public --exclude=./.git -cf - . | tar -C "$run/site" -xf -
    # Both build into the same path, which the messages name.
    (cd "$run/site" && "$binary" build --output "$scratch/out" >"$run/stdout" 2>"$run/stderr"; echo $? >"$run/status")
    sed -i 's/ in [0-9.]* s$//' "$run/stdout" # the build's duration
    [ -d "$scratch/out" ] && mv "$scratch/out" "$run/out"
    (cd "$run/site" && "$binary" check >"$run/check" 2>&1; echo $? >>"$run/check")
  done
  if diff -r "$scratch/old" "$scratch/new" >/dev/null; then
    echo "same: $site (exit $(cat "$scratch/new/status"), $(find "$scratch/new/out" -type f 2>/dev/null | wc -l) files)"
  else
    echo "DIFFERENT: $site"
    diff -r "$scratch/old" "$scratch/new" | head -20
    status=1
  fi
done
exit $status
