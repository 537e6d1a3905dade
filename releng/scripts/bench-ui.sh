#!/usr/bin/env bash
# ./mosaic bench ui [RUNS]: the workbench's responsiveness, median of RUNS (default 5) runs each:
#   - time to first window, on a copy of the Carana demo workspace;
#   - time to open a Threat editor, on the Carana demo, until it is drawn, and until every
#     section is filled (those below the fold are filled just after the first paint);
#   - time to show the navigator on a 50,000-object workspace (and the load job before it).
# Each run starts the workbench of the mosaic-bench product (MOSAIC_BENCH=1) with
# -Dmosaic.bench.ui=true (mosaic.bench.ui.UiBenchmark), which measures, prints one line and closes. Runs under xvfb-run when there is no display.
# Targets (issue 4): first window < 4 s warm, navigator < 2 s, editor < 300 ms.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
runs=${1:-5}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export MOSAIC_HOME="$scratch/home"

x=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "mosaic: bench ui needs a display or xvfb-run (apt-get install -y xvfb)" >&2; exit 1; }
  x=(xvfb-run -a -s "-screen 0 1600x1000x24")
fi

cp -r demo/carana "$scratch/carana"
echo "bench ui: generating a 50,000-object workspace ..." >&2
./mosaic bench workspace --objects 50000 --runs 1 --dir "$scratch/big" --generate-only >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
run() { # workspace -> the bench line's fields
  MOSAIC_BENCH=1 MOSAIC_VMARGS="-Dmosaic.bench.ui=true ${MOSAIC_VMARGS:-}" "${x[@]}" ./mosaic --workspace "$1" 2>/dev/null | grep '^mosaic: bench ui ' || true
}
field() { sed -n "s/.* $1=\\([0-9-]*\\).*/\\1/p"; }

run "$scratch/carana" >/dev/null # warm-up: caches, configuration area
small="" big=""
for i in $(seq "$runs"); do
  small+=$(run "$scratch/carana")$'\n'
  big+=$(run "$scratch/big")$'\n'
done
[ -n "$(grep . <<<"$small")" ] && [ -n "$(grep . <<<"$big")" ] || { echo "mosaic: bench ui: the workbench printed no measurement" >&2; exit 1; }
window=$(field first_window_ms <<<"$small" | median)
editor=$(field threat_editor_ms <<<"$small" | median)
again=$(field threat_editor_again_ms <<<"$small" | median)
editor_cpu=$(field threat_editor_cpu_ms <<<"$small" | median)
again_cpu=$(field threat_editor_again_cpu_ms <<<"$small" | median)
complete=$(field threat_editor_complete_ms <<<"$small" | median)
again_complete=$(field threat_editor_again_complete_ms <<<"$small" | median)
nav_small=$(field navigator_ms <<<"$small" | median)
load_big=$(field workspace_load_ms <<<"$big" | median)
nav_big=$(field navigator_ms <<<"$big" | median)
objects_big=$(field objects <<<"$big" | head -1)
printf 'first window (Carana, %s objects)    %6d ms  (target < 4000 ms)\n' "$(field objects <<<"$small" | head -1)" "$window"
printf 'Threat editor open (Carana)             %6d ms  (target < 300 ms; UI thread CPU %s ms)\n' "$editor" "$editor_cpu"
printf 'another Threat editor (Carana)          %6d ms  (UI thread CPU %s ms)\n' "$again" "$again_cpu"
printf '  ... with every section filled          %6d ms, %d ms  (sections below the fold are filled just after the editor is drawn)\n' "$complete" "$again_complete"
printf 'navigator shown (Carana)                %6d ms\n' "$nav_small"
printf 'navigator shown (%s objects)          %6d ms  (target < 2000 ms)\n' "$objects_big" "$nav_big"
printf 'workspace load job (%s objects)       %6d ms\n' "$objects_big" "$load_big"
printf 'median of %d runs each\n' "$runs"
