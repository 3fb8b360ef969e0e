#!/usr/bin/env bash
# Generates the synthetic provinces of shared/perf into scoring-core/target/perf (never committed) and the
# oracle's results.csv for each. Usage: src/jmh/prepare-province.sh [sizes...]   (default: 1k 10k 100k)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"            # scoring-core
perf="${KAOHE_PERF_DIR:-$here/../../shared/perf}"
out="$here/target/perf"
mkdir -p "$out"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1k 10k 100k)
for s in "${sizes[@]}"; do
  case "$s" in
    *k) n=$(( ${s%k} * 1000 )) ;;
    *) n="$s" ;;
  esac
  if [ -f "$out/p$s/results.csv" ]; then
    echo "p$s: already there"
    continue
  fi
  echo "p$s: generating $n units x 200 indicators (seed 42)"
  python3 "$perf/gen_province.py" --out "$out/p$s" --units "$n" --indicators 200 --seed 42
  python3 "$perf/reference.py" "$out/p$s"
done
