#!/usr/bin/env bash
# ./mosaic bench graph [--nodes N] [--edges M] [other options of the headless part]:
#   1. headless (the `bench graph` command): exact betweenness next to JGraphT, the layouts next to
#      ELK, on one G(n, m) random graph, in the same JVM;
#   2. in the workbench (under xvfb-run when there is no display): a chart of 2,000 nodes (or
#      --chart-nodes N) built and painted, and the paint time of zoom and scroll steps
#      (mosaic.bench.ui.ChartBenchmark, started by -Dmosaic.bench.graph=N in the workbench of the
#      mosaic-bench product, MOSAIC_BENCH=1).
# Targets (issue 5): betweenness of 10,000 nodes / 30,000 edges under 8 s and >= 20x faster than
# JGraphT; the large-graph layout of 10,000 nodes under 10 s; paint steps under 33 ms at 2,000 nodes.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
chart_nodes=2000
args=()
while [ $# -gt 0 ]; do
  case $1 in
    --chart-nodes) chart_nodes=$2; shift 2 ;;
    --chart-nodes=*) chart_nodes=${1#--chart-nodes=}; shift ;;
    *) args+=("$1"); shift ;;
  esac
done
MOSAIC_BENCH_GRAPH_HEADLESS=1 ./mosaic bench graph "${args[@]}"

x=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "mosaic: bench graph needs a display or xvfb-run (apt-get install -y xvfb) for the chart part" >&2; exit 1; }
  x=(xvfb-run -a -s "-screen 0 1600x1000x24")
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export MOSAIC_HOME="$scratch/home"
./mosaic init --workspace "$scratch/ws" >/dev/null
line=$(MOSAIC_BENCH=1 MOSAIC_VMARGS="-Dmosaic.bench.graph=$chart_nodes ${MOSAIC_VMARGS:-}" "${x[@]}" ./mosaic --workspace "$scratch/ws" 2>/dev/null \
  | grep '^mosaic: bench graph ui ' || true)
[ -n "$line" ] || { echo "mosaic: bench graph: the workbench printed no chart measurement" >&2; exit 1; }
field() { sed -n "s/.* $1=\\([0-9.]*\\).*/\\1/p" <<<"$line"; }
printf 'chart of %s nodes, %s edges (in the workbench)\n' "$(field nodes)" "$(field edges)"
printf '  edit parts and figures (setContents)  %8s ms\n' "$(field set_contents_ms)"
printf '  first paint                           %8s ms\n' "$(field first_paint_ms)"
printf '  zoom step paint, median (max)         %8s ms (%s)  (target < 33 ms)\n' "$(field zoom_paint_median_ms)" "$(field zoom_paint_max_ms)"
printf '  scroll step paint, median (max)       %8s ms (%s)  (target < 33 ms)\n' "$(field scroll_paint_median_ms)" "$(field scroll_paint_max_ms)"
