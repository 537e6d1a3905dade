#!/usr/bin/env bash
# Start-up benchmark: the baselines later work is held to.
#   - ./mosaic version, warm, median of N runs (every headless command pays this start);
#   - time to first window of the workbench, warm, median of N runs (from JVM start to the first
#     paint, as the application reports it with -Dmosaic.timing=true), and the wall time of a
#     whole ./mosaic --screenshot run;
#   - the same machine's bare JVM start (java -version), measured in the same run, as the baseline
#     the figures are given as ratios of.
# Usage: releng/scripts/bench-startup.sh [RUNS]   (needs built products; uses xvfb-run)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
. releng/scripts/env.sh
mosaic_pick_jdk
runs=${1:-5}
export MOSAIC_NO_BUILD=1 MOSAIC_HOME
MOSAIC_HOME=$(mktemp -d)
trap 'rm -rf "$MOSAIC_HOME"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
time_ms() { local t0; t0=$(now_ms); "$@" >/dev/null 2>&1; echo $(( $(now_ms) - t0 )); }

# warm-up: caches, the configuration area, the page cache
"$JAVA_HOME/bin/java" -version >/dev/null 2>&1
./mosaic version >/dev/null
xvfb-run -a ./mosaic --screenshot "$MOSAIC_HOME/warm.png" >/dev/null 2>&1

jvm=$(for _ in $(seq "$runs"); do time_ms "$JAVA_HOME/bin/java" -version; done | median)
version=$(for _ in $(seq "$runs"); do time_ms ./mosaic version; done | median)
window="" wall=""
for i in $(seq "$runs"); do
  t0=$(now_ms)
  out=$(MOSAIC_VMARGS=-Dmosaic.timing=true xvfb-run -a ./mosaic --screenshot "$MOSAIC_HOME/w$i.png" 2>/dev/null)
  wall="$wall $(( $(now_ms) - t0 ))"
  window="$window $(sed -n 's/^mosaic: first window painted \([0-9]*\) ms.*/\1/p' <<<"$out")"
done
window=$(tr ' ' '\n' <<<"$window" | grep . | median)
wall=$(tr ' ' '\n' <<<"$wall" | grep . | median)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }
echo "bench: medians of $runs warm runs on $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
printf '  %-44s %6d ms  (1.0x)\n' "bare JVM start (java -version), baseline" "$jvm"
printf '  %-44s %6d ms  (%sx baseline)\n' "./mosaic version" "$version" "$(ratio "$version" "$jvm")"
printf '  %-44s %6d ms  (%sx baseline)\n' "workbench: JVM start to first window painted" "$window" "$(ratio "$window" "$jvm")"
printf '  %-44s %6d ms  (%sx baseline)\n' "./mosaic --screenshot, whole run under xvfb" "$wall" "$(ratio "$wall" "$jvm")"
