#!/usr/bin/env bash
# Builds the same generated corpus with redline and with Hugo, in the same run, and prints for
# each size: wall time (hyperfine, mean of several runs), pages written, pages per second, peak
# resident memory (/usr/bin/time -v) and the redline/Hugo time ratio.
#
#   bench/compare.sh [SIZES...]      sizes as PxVxL, default: 10x10x10 50x20x10
#   BEFORE=path/to/old/redline bench/compare.sh 50x20x10
#                                    adds an older redline binary to the same run, so a change
#                                    is measured before and after against the same Hugo figures
#
# Needs python3, hugo and hyperfine (apt-get install hugo hyperfine) and ../shared/bench/.
# Output goes to /dev/shm when it exists, so the disk does not dominate the figures.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10x10x10 50x20x10)
generator=../shared/bench/gen_corpus.py
for tool in python3 hugo hyperfine; do
  command -v "$tool" >/dev/null || { echo "bench/compare.sh needs $tool (apt-get install $tool)" >&2; exit 2; }
done
[ -f "$generator" ] || { echo "bench/compare.sh needs $generator" >&2; exit 2; }

cargo build --release --quiet
redline="$PWD/target/release/redline"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/redline-bench.XXXXXX")
out_base=/dev/shm
[ -d "$out_base" ] || out_base="$scratch"
out="$out_base/redline-bench-$$"
trap 'rm -rf "$scratch" "$out"' EXIT
mkdir -p "$out"

peak_mib() { # command... -> peak resident MiB of one run
  /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }'
}

printf '%-10s %-8s %9s %8s %10s %9s %12s\n' size tool "wall (s)" pages "pages/s" "peak MiB" "redline/Hugo"
for size in "${sizes[@]}"; do
  IFS=x read -r P V L <<<"$size"
  corpus="$scratch/$size"
  python3 "$generator" --out "$corpus" -P "$P" -V "$V" -L "$L" --layouts hugo,neutral >/dev/null
  rm -f "$corpus/neutral/redline.lock"
  redline_cmd="$redline build --root $corpus/neutral --today 2026-06-01 --output $out/redline-$size"
  hugo_cmd="hugo --source $corpus/hugo --destination $out/hugo-$size --quiet"
  before_args=()
  if [ -n "${BEFORE:-}" ]; then
    before_cmd="$BEFORE build --root $corpus/neutral --today 2026-06-01 --output $out/before-$size"
    before_args=(--prepare "rm -rf $out/before-$size" "$before_cmd")
  fi
  # Every run starts without an output folder, as a build on a fresh clone in CI does (and
  # neither tool spends time replacing or comparing a previous output).
  hyperfine --warmup 1 --runs 5 -N --export-json "$scratch/$size.json" \
    --prepare "rm -rf $out/redline-$size" "$redline_cmd" \
    --prepare "rm -rf $out/hugo-$size" "$hugo_cmd" \
    "${before_args[@]}" >/dev/null
  read -r redline_s hugo_s < <(python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results']; print(r[0]['mean'], r[1]['mean'])" "$scratch/$size.json")
  if [ -n "${BEFORE:-}" ]; then
    before_s=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][2]['mean'])" "$scratch/$size.json")
    before_pages=$(find "$out/before-$size" -name '*.html' | wc -l)
    rm -rf "$out/before-$size"
    before_mib=$(peak_mib $before_cmd)
    rm -rf "$out/before-$size"
  fi
  redline_pages=$(find "$out/redline-$size" -name '*.html' | wc -l)
  hugo_pages=$(find "$out/hugo-$size" -name '*.html' | wc -l)
  rm -rf "$out/redline-$size" "$out/hugo-$size"
  redline_mib=$(peak_mib $redline_cmd)
  hugo_mib=$(peak_mib $hugo_cmd)
  rm -rf "$out/redline-$size" "$out/hugo-$size" "$corpus" # the next size needs the room
  ratio=$(python3 -c "print(f'{$redline_s / $hugo_s:.2f}')")
  printf '%-10s %-8s %9.3f %8d %10.0f %9s %12s\n' "$size" redline "$redline_s" "$redline_pages" "$(python3 -c "print($redline_pages / $redline_s)")" "$redline_mib" "$ratio"
  printf '%-10s %-8s %9.3f %8d %10.0f %9s\n' "$size" hugo "$hugo_s" "$hugo_pages" "$(python3 -c "print($hugo_pages / $hugo_s)")" "$hugo_mib"
  if [ -n "${BEFORE:-}" ]; then
    ratio=$(python3 -c "print(f'{$before_s / $hugo_s:.2f}')")
    printf '%-10s %-8s %9.3f %8d %10.0f %9s %12s\n' "$size" before "$before_s" "$before_pages" "$(python3 -c "print($before_pages / $before_s)")" "$before_mib" "$ratio"
  fi
done
