#!/usr/bin/env bash
# Builds every tree in ../shared/corpus with apiref and scores it against os-api-ref's reference model with
# ../shared/conformance/compare.py. Prints one line per tree and the category lines with --details.
#   scripts/conformance.sh [project ...]      (default: all ten)
set -uo pipefail
cd "$(dirname "$0")/.."
shared=../shared
[ -d "$shared/corpus" ] || { echo "conformance: ../shared/corpus not found; nothing to measure" >&2; exit 0; }
out=${APIREF_CONFORMANCE_OUT:-/tmp/apiref-conformance}
mkdir -p "$out"
details=0
projects=()
for a in "$@"; do
  if [ "$a" = "--details" ]; then details=1; else projects+=("$a"); fi
done
[ ${#projects[@]} -gt 0 ] || projects=($(ls "$shared/corpus" | grep -v MANIFEST))
for p in "${projects[@]}"; do
  node bin/apiref.js build "$shared/corpus/$p/api-ref/source" -o "$out/$p/html" -q > "$out/$p.build.txt" 2> "$out/$p.diagnostics.txt"
  python3 "$shared/conformance/extract.py" "$out/$p/html" > "$out/$p.model.json"
  if [ $details = 1 ]; then
    python3 "$shared/conformance/compare.py" "$shared/reference/$p.model.json" "$out/$p.model.json" --details > "$out/$p.compare.txt"
  else
    python3 "$shared/conformance/compare.py" "$shared/reference/$p.model.json" "$out/$p.model.json" > "$out/$p.compare.txt"
  fi
  low=$(grep -E '^[a-z ]+ +[0-9]+/[0-9]+ +[0-9.]+%' "$out/$p.compare.txt" | grep -v '(info)' | awk '{v=$NF; sub("%","",v); if (v+0 < 95) printf "%s ", $0}')
  printf '%-10s %s  %s\n' "$p" "$(tail -1 "$out/$p.compare.txt")" "${low:+below 95: $low}"
done
