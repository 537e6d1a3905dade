#!/usr/bin/env bash
# End-to-end checks of ./mosaic against the built products, as an analyst or a script calls it:
# exit statuses, one-line errors, the headless product without UI bundles, and a real screenshot.
# Run by ./run-tests after the Maven build; prints "N passed, N failed".
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
export MOSAIC_NO_BUILD=1 MOSAIC_HOME
MOSAIC_HOME=$(mktemp -d)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp" "$MOSAIC_HOME"' EXIT
passed=0 failed=0

check() { # name, then a command that must succeed
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}

# run EXPECTED_STATUS CMD...: runs it without a display, keeps stdout/stderr in $tmp/out, $tmp/err
run() {
  local want=$1 got=0; shift
  env -u DISPLAY -u WAYLAND_DISPLAY "$@" >"$tmp/out" 2>"$tmp/err" || got=$?
  if [ "$got" != "$want" ]; then
    echo "     expected exit $want, got $got from: $*" >&2
    sed 's/^/     err: /' "$tmp/err" | head -5 >&2
    return 1
  fi
}
one_line_err() { # the error is exactly one line, containing $1
  [ "$(wc -l <"$tmp/err")" = 1 ] && grep -qF -- "$1" "$tmp/err" || { echo "     stderr was:" >&2; sed 's/^/     /' "$tmp/err" | head -5 >&2; return 1; }
}

t_help() { run 0 ./mosaic help && grep -q '^  help' "$tmp/out" && grep -q '^  version' "$tmp/out" && grep -q '^  info' "$tmp/out"; }
t_version() { run 0 ./mosaic version && grep -qE '^Mosaic +0\.1\.0' "$tmp/out" && grep -qE '^Equinox OSGi +3\.' "$tmp/out" && [ ! -s "$tmp/err" ]; }
t_version_json() { run 0 ./mosaic version --json && grep -qE '^\{"mosaic":"0\.1\.0[^"]*","components":\[.*\]\}$' "$tmp/out"; }
t_unknown() { run 2 ./mosaic frobnicate && one_line_err "unknown command 'frobnicate'"; }
t_bad_option() { run 2 ./mosaic version --jsn && one_line_err "unknown option --jsn"; }
t_cli_missing_ws() { run 1 ./mosaic info --workspace "$tmp/nowhere" && one_line_err "workspace folder does not exist: $tmp/nowhere"; }
t_info() {
  mkdir -p "$tmp/ws/actors" && touch "$tmp/ws/actors/a.xmi" "$tmp/ws/actors/b.xmi"
  run 0 ./mosaic info --workspace "$tmp/ws" --json && grep -qF '"objects":2,"kinds":{"actors":2}' "$tmp/out"
}
t_debug_trace() { run 1 ./mosaic info --workspace "$tmp/nowhere" --debug && grep -q 'at mosaic.core.workspace.WorkspaceLocation' "$tmp/err"; }
t_gui_missing_ws() { run 1 ./mosaic --workspace "$tmp/nowhere" && one_line_err "workspace folder does not exist: $tmp/nowhere"; }
t_gui_file_ws() { touch "$tmp/file" && run 1 ./mosaic --workspace "$tmp/file" && one_line_err "workspace path is a file, not a folder: $tmp/file"; }
t_gui_no_display() { run 1 ./mosaic && one_line_err "xvfb-run -a ./mosaic"; }
t_gui_bad_option() { run 2 ./mosaic --frobnicate && one_line_err "unknown option '--frobnicate'"; }
t_no_jdk() {
  local old
  old=$(ls -d /usr/lib/jvm/*17* 2>/dev/null | head -1)
  run 1 env JAVA_HOME="${old:-/nonexistent}" MOSAIC_JVM_DIR="$tmp/no-jdks" ./mosaic version && one_line_err "no JDK 21 or newer found"
}
t_headless_has_no_ui() {
  local plugins=releng/mosaic.product/target/products/mosaic-cli/linux/gtk/x86_64/plugins
  [ -d "$plugins" ] && ! ls "$plugins" | grep -qE '^org\.eclipse\.(ui|swt|jface|e4\.ui)[._]'
}
t_analyst_products_hold_no_bench() {
  local p d
  for p in mosaic mosaic-cli; do
    d=releng/mosaic.product/target/products/$p/linux/gtk/x86_64/plugins
    [ -d "$d" ] || return 1
    if ls "$d" | grep -qE '^mosaic\.bench[._]'; then echo "     $p holds a bench bundle" >&2; return 1; fi
    if grep -lqs 'org.eclipse.ui.startup' "$d"/mosaic.*/plugin.xml || for j in "$d"/mosaic.*.jar; do unzip -p "$j" plugin.xml 2>/dev/null; done | grep -q 'org.eclipse.ui.startup'; then
      echo "     $p has an org.eclipse.ui.startup hook" >&2; return 1
    fi
  done
  ls releng/mosaic.product/target/products/mosaic-bench/linux/gtk/x86_64/plugins | grep -qE '^mosaic\.bench_'
}
t_screenshot() {
  local png="$tmp/w.png"
  cp -r demo/carana "$tmp/shot-ws"
  xvfb-run -a -s "-screen 0 1600x1000x24" env MOSAIC_NO_BUILD=1 ./mosaic --workspace "$tmp/shot-ws" --screenshot "$png" \
    >"$tmp/out" 2>"$tmp/err" || { sed 's/^/     /' "$tmp/err" | tail -5 >&2; return 1; }
  # A PNG of the 1280x800 main window, with real content (not a blank frame).
  [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || return 1
  local w h
  w=$(od -An -tu1 -j16 -N4 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
  h=$(od -An -tu1 -j20 -N4 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
  [ "$w" -ge 1000 ] && [ "$h" -ge 600 ] && [ "$(stat -c %s "$png")" -gt 20000 ] || { echo "     ${w}x${h}, $(stat -c %s "$png") bytes" >&2; return 1; }
  mkdir -p target && cp "$png" target/smoke-screenshot.png
}
t_init() {
  run 0 ./mosaic init --workspace "$tmp/new-ws" && [ -f "$tmp/new-ws/mission.xmi" ] && grep -qF '.mosaic/' "$tmp/new-ws/.gitignore" &&
    run 1 ./mosaic init --workspace "$tmp/new-ws" && one_line_err "folder is already a Mosaic workspace: $tmp/new-ws" &&
    mkdir -p "$tmp/notes" && echo keep >"$tmp/notes/mine.txt" &&
    run 1 ./mosaic init --workspace "$tmp/notes" && one_line_err "folder is not empty and not a Mosaic workspace" &&
    [ "$(cat "$tmp/notes/mine.txt")" = keep ]
}
# The installed Carana demo changes no new workspace; --mission carana picks it; an unknown mission lists the installed ones.
t_init_mission() {
  ! grep -qE 'MINUCAR|Carana|cattle-raiding' "$tmp/new-ws/mission.xmi" &&
    run 0 ./mosaic init --workspace "$tmp/carana-ws" --mission carana && grep -qF 'country="Carana"' "$tmp/carana-ws/mission.xmi" &&
    grep -qF 'cattle-raiding' "$tmp/carana-ws/mission.xmi" &&
    run 0 ./mosaic init --workspace "$tmp/named-ws" --name "MINUSCA" --country "Central African Republic" &&
    grep -qF 'mission="MINUSCA"' "$tmp/named-ws/mission.xmi" && grep -qF 'country="Central African Republic"' "$tmp/named-ws/mission.xmi" &&
    run 1 ./mosaic init --workspace "$tmp/nope-ws" --mission nope && one_line_err "mosaic: init: unknown mission 'nope'; missions: carana" &&
    [ ! -e "$tmp/nope-ws" ]
}
t_set_rules() {
  cp -r demo/carana "$tmp/rules-ws" && rm -rf "$tmp/rules-ws/.mosaic" &&
    local threat && threat=$(grep -l 'classification="CONFIDENTIAL"' "$tmp/rules-ws"/threat/*.xmi | head -1) &&
    local id && id=$(basename "$threat" .xmi) &&
    run 0 ./mosaic set --workspace "$tmp/rules-ws" "$id" --audience CONFIDENTIAL likelihood=rare impact=minor impactChildren=minor impactWomenAndGirls=minor &&
    grep -qF 'risk="low"' "$threat" && run 0 ./mosaic validate --workspace "$tmp/rules-ws" && [ ! -s "$tmp/out" ] &&
    run 1 ./mosaic set --workspace "$tmp/rules-ws" "$id" --audience CONFIDENTIAL marking.classification=UNCLASSIFIED && one_line_err "--lower-marking" &&
    grep -qF 'classification="CONFIDENTIAL"' "$threat" &&
    run 0 ./mosaic set --workspace "$tmp/rules-ws" "$id" --audience CONFIDENTIAL marking.classification=UNCLASSIFIED --lower-marking &&
    ! grep -qF 'classification="CONFIDENTIAL"' "$threat" # UNCLASSIFIED is the default, which is not written
}
t_no_meta_log() { [ ! -e meta.log ]; }
# two processes change two fields of one object at once: both changes are kept, every round
t_concurrent_set() {
  local a round p1 p2
  cp -r demo/carana "$tmp/race" && rm -rf "$tmp/race/.mosaic" || return 1
  a=$(ls "$tmp/race/actor" | head -1 | sed 's/\.xmi$//')
  for round in 1 2 3; do
    ./mosaic set --workspace "$tmp/race" "$a" description="race $round" >"$tmp/race1" 2>&1 & p1=$!
    ./mosaic set --workspace "$tmp/race" "$a" strength=$((100 + round)) >"$tmp/race2" 2>&1 & p2=$!
    wait $p1 && wait $p2 || { sed 's/^/     /' "$tmp/race1" "$tmp/race2" >&2; return 1; }
    run 0 ./mosaic show --workspace "$tmp/race" "$a" --json &&
      grep -qF "\"description\": \"race $round\"" "$tmp/out" && grep -qF "\"strength\": \"$((100 + round))\"" "$tmp/out" ||
      { echo "     round $round: a change was lost" >&2; return 1; }
  done
  [ -z "$(find "$tmp/race" -name '.*.tmp')" ]
}
t_stats_empty() {
  run 0 ./mosaic stats --workspace "$tmp/new-ws" --json &&
    grep -qF '{"kinds": {"actor": 0, "relation": 0, "event": 0, "location": 0, "source": 0, "report": 0, "threat": 0, "indicator": 0,' "$tmp/out" &&
    grep -qF '"markings": {"UNCLASSIFIED": 0, "CONFIDENTIAL": 0, "STRICTLY_CONFIDENTIAL": 0}, "problems": 0}' "$tmp/out"
}
t_demo_stats() {
  # an analyst cleared for everything counts everything; the default reader (the lowest level) fewer
  run 0 ./mosaic stats --workspace demo/carana --json --audience STRICTLY_CONFIDENTIAL \
    --compartments shared-jmac-u2,jmac-only,u2-only,crsv-restricted || return 1
  local n
  for kind in actor:60 relation:150 event:500 threat:25 report:300; do
    n=$(grep -oE "\"${kind%%:*}\": [0-9]+" "$tmp/out" | grep -oE '[0-9]+$')
    [ "${n:-0}" -ge "${kind##*:}" ] || { echo "     ${kind%%:*}: ${n:-none} < ${kind##*:}" >&2; return 1; }
  done
  grep -qF '"problems": 0}' "$tmp/out"
}
t_demo_validates() { run 0 ./mosaic validate --workspace demo/carana && [ ! -s "$tmp/out" ]; }
t_validate_finds_errors() {
  cp -r demo/carana "$tmp/broken" || return 1
  local threat actor
  threat=$(grep -l 'risk="extreme"' "$tmp/broken"/threat/*.xmi | head -1)
  sed -i 's/risk="extreme"/risk="low"/' "$threat"
  actor=$(ls "$tmp/broken"/actor/*.xmi | head -1)
  head -c 300 "$actor" >"$actor.cut" && mv "$actor.cut" "$actor"
  run 1 ./mosaic validate --workspace "$tmp/broken" &&
    grep -qE "^threat/$(basename "$threat"): error: Threat '.*' \[[0-9a-f]{8}\]: risk: is 'low' but the mission's risk matrix gives 'extreme'" "$tmp/out" &&
    grep -qE "^actor/$(basename "$actor"):[0-9]+(:[0-9]+)?: error: .*left untouched" "$tmp/out" &&
    [ "$(head -c 300 "$actor")" = "$(cat "$actor")" ]
}
t_bench() {
  run 0 ./mosaic bench workspace --objects 400 --runs 1 --json &&
    grep -qE '"objects": 400, .*"load_objects_per_second": [0-9]+, .*"save_objects_per_second": [0-9]+, .*"peak_heap_mib": [0-9]+, .*"load_speedup_vs_plain_emf": [0-9.]+' "$tmp/out"
}
t_bench_search() {
  # every side in a JVM of its own, as the full bench runs, on a small archive
  run 0 ./mosaic bench search --docs 40 --warmup-iterations 1 --iterations 1 --passages 2000 --queries 20 --json &&
    grep -qE '"docs": 40, .*"ingest_ms": [1-9][0-9]*, .*"bare_ms": [1-9][0-9]*, .*"ratio": [0-9.]+, .*"index_only_ms": [1-9][0-9]*, .*"p50_ms": [0-9.]+, "p90_ms": [0-9.]+, "p99_ms": [0-9.]+' "$tmp/out"
}

t_graphml() {
  # A star as networkx writes it: the hub lies on every shortest path between two leaves.
  cat >"$tmp/star.graphml" <<'XML'
<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="strength" attr.type="int"/>
  <key id="d2" for="edge" attr.name="type" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="h"><data key="d0">Hub</data><data key="d1">400</data></node>
    <node id="a"><data key="d0">Leaf A</data></node>
    <node id="b"/>
    <node id="c"/>
    <node id="d"/>
    <edge source="h" target="a"><data key="d2">command</data></edge>
    <edge source="h" target="b"/>
    <edge source="h" target="c"/>
    <edge source="h" target="d"/>
  </graph>
</graphml>
XML
  run 0 ./mosaic init --workspace "$tmp/graph-ws" &&
    run 0 ./mosaic import graphml "$tmp/star.graphml" --workspace "$tmp/graph-ws" && grep -qF '5 actors, 4 relations; 0 already' "$tmp/out" &&
    run 0 ./mosaic import graphml "$tmp/star.graphml" --workspace "$tmp/graph-ws" && grep -qF '0 actors, 0 relations; 9 already' "$tmp/out" &&
    grep -rqF 'value="400"' "$tmp/graph-ws/actor" &&
    run 0 ./mosaic metrics --workspace "$tmp/graph-ws" --json && [ "$(wc -l <"$tmp/out")" = 5 ] &&
    grep -qE '^\{"id": "[0-9a-f-]{36}", "name": "Hub", "degree": 4, "betweenness": 1\.0, "closeness": 1\.0, "eigenvector": [0-9.E-]+, "pagerank": [0-9.E-]+, "community": [0-9]+\}$' "$tmp/out" &&
    grep -qE '^\{"id": "[0-9a-f-]{36}", "name": "b", "degree": 1, "betweenness": 0\.0, "closeness": 0\.571428571428571[0-9]*, ' "$tmp/out" &&
    run 0 ./mosaic export graphml --workspace "$tmp/graph-ws" --out "$tmp/out.graphml" && [ "$(grep -c '<node ' "$tmp/out.graphml")" = 5 ] &&
    grep -qF '>Leaf A<' "$tmp/out.graphml" &&
    run 0 ./mosaic export gexf --workspace "$tmp/graph-ws" --out "$tmp/out.gexf" && grep -qF 'http://gexf.net/1.3' "$tmp/out.gexf"
}
t_graphml_refused() {
  sed 's/target="d"/target="nobody"/' "$tmp/star.graphml" >"$tmp/broken.graphml"
  local before
  before=$(find "$tmp/graph-ws" -type f | sort | xargs cat | sha1sum)
  run 1 ./mosaic import graphml "$tmp/broken.graphml" --workspace "$tmp/graph-ws" && one_line_err "broken.graphml" &&
    grep -qF "nobody" "$tmp/err" && [ "$(find "$tmp/graph-ws" -type f | sort | xargs cat | sha1sum)" = "$before" ]
}

# Report archive: ingest goes past a bad file and says why; search as readers with different clearances.
t_ingest() {
  cp -r demo/carana "$tmp/search-ws" && mkdir -p "$tmp/in"
  printf 'Patrol note, Kamako axis.\n\nThe patrol found a zanzibarite cache near the market.\n' >"$tmp/in/a.txt"
  printf '%%PDF-1.7 broken' >"$tmp/in/b.pdf"
  printf 'STRICTLY CONFIDENTIAL\n\nA zanzibarite shipment is expected at Orumbe.\n' >"$tmp/in/s.txt"
  run 1 ./mosaic ingest --workspace "$tmp/search-ws" --type patrol-report "$tmp/in" &&
    grep -q "^ingested $tmp/in/a.txt " "$tmp/out" && grep -q "^refused $tmp/in/b.pdf" "$tmp/out" &&
    grep -q "^ingested $tmp/in/s.txt " "$tmp/out" && grep -q '^2 ingested, 0 updated, 0 unchanged, 1 refused' "$tmp/out" &&
    run 0 ./mosaic ingest --workspace "$tmp/search-ws" "$tmp/in/a.txt" && grep -q "^unchanged $tmp/in/a.txt" "$tmp/out"
}
# Real documents other programs wrote (bundles/mosaic.io.tests/corpus), read in the product's own
# runtime, so that a class a parser loads only for some documents and the product lacks fails here:
# every part of each found by search, a PK file that is no zip refused, no library line on stderr.
t_corpus() {
  local word
  mkdir -p "$tmp/corpus-in" && cp bundles/mosaic.io.tests/corpus/files/* "$tmp/corpus-in/" &&
    head -c 20000 bundles/mosaic.io.tests/corpus/files/weekly-assessment.pdf >"$tmp/corpus-in/cut-short.pdf" &&
    python3 - "$tmp/corpus-in" <<'PY' &&
import sys
out = sys.argv[1]
b = open(out + "/weekly-assessment.pdf", "rb").read()
i = b.rindex(b"\nxref")  # no cross-reference table where the trailer says: PDFBox logs an ERROR and a WARN, then repairs
open(out + "/xref-lost.pdf", "wb").write(b[:i] + b"\nxxxx" + b[i + 5:])
j = b.index(b"/Length ")  # a stream whose length is wrong: PDFBox warns, then reads it anyway
open(out + "/bad-length.pdf", "wb").write(b[:j] + b"/Length 5 " + b[b.index(b"/", j + 8):])
PY
    run 0 ./mosaic init --workspace "$tmp/corpus-ws" && printf 'wrong-guess\nkestrel-41\n' >"$tmp/passwords" &&
    run 1 ./mosaic ingest --workspace "$tmp/corpus-ws" --password-file "$tmp/passwords" "$tmp/corpus-in" || return 1
  grep -q "^refused $tmp/corpus-in/not-a-zip.docx: not a Word document: not a zip archive" "$tmp/out" &&
    grep -q "^ingested $tmp/corpus-in/password-protected.pdf " "$tmp/out" && grep -q "^ingested $tmp/corpus-in/scanned-letter.pdf " "$tmp/out" &&
    [ "$(grep -c '^ingested ' "$tmp/out")" -ge 19 ] && [ "$(grep -c '^refused ' "$tmp/out")" -le 2 ] ||
    { sed 's/^/     /' "$tmp/out" >&2; return 1; }
  [ ! -s "$tmp/err" ] || { echo "     library noise on stderr:" >&2; sed 's/^/     /' "$tmp/err" | head -5 >&2; return 1; }
  for word in headerline Footerline Tablecellrising Commentnote Footnotesource Textboxjudgement hyperlinked newlyinserted \
    Spreadsheetmilitia Secondsheet Slidetitle Speakernote Cablebody Nestedforward etat situacao 'المدنيون' 'المسلحه' \
    Weekly; do
    run 0 ./mosaic search --workspace "$tmp/corpus-ws" --query "$word" --json && [ -s "$tmp/out" ] ||
      { echo "     no hit for $word" >&2; return 1; }
  done
}
t_search_need_to_know() {
  run 0 ./mosaic search --workspace "$tmp/search-ws" --query zanzibarite --json && [ "$(wc -l <"$tmp/out")" = 1 ] &&
    grep -q '"classification": "UNCLASSIFIED"' "$tmp/out" &&
    python3 -c 'import json,sys; d=json.loads(open(sys.argv[1]).readline()); assert sorted(d)==sorted(["id","title","type","date","classification","score","snippet"]), d' "$tmp/out" &&
    run 0 ./mosaic search --workspace "$tmp/search-ws" --query 'zanzibar*' --clearance STRICTLY_CONFIDENTIAL --json && [ "$(wc -l <"$tmp/out")" = 2 ] &&
    run 0 ./mosaic search --workspace "$tmp/search-ws" --query 'zanzibar*' --facets --json && ! grep -q STRICTLY "$tmp/out" "$tmp/err" &&
    run 1 ./mosaic search --workspace "$tmp/search-ws" --query x --clearance SECRET && one_line_err "SECRET"
}
# Analytic products: a PDF read back with pdftotext carries the audience's marking and says material was withheld (the count only on stderr).
t_report_pdf() {
  run 0 ./mosaic report --list && grep -q '^threat-matrix' "$tmp/out" && grep -q '^actor-profile' "$tmp/out" &&
    run 0 ./mosaic report --workspace demo/carana --design threat-matrix --format pdf --out "$tmp/matrix.pdf" --param audience=CONFIDENTIAL &&
    pdftotext -layout "$tmp/matrix.pdf" "$tmp/matrix.txt" && grep -q 'POC Threat Matrix' "$tmp/matrix.txt" &&
    grep -q 'CONFIDENTIAL' "$tmp/matrix.txt" && ! grep -q 'STRICTLY CONFIDENTIAL' "$tmp/matrix.txt" &&
    grep -q 'withheld' "$tmp/matrix.txt" && ! grep -qE '[0-9]+ items? withheld' "$tmp/matrix.txt" && grep -qE '[0-9]+ withheld' "$tmp/err" && grep -qE 'Page 1 of +[0-9]+' "$tmp/matrix.txt" &&
    run 1 ./mosaic report --workspace demo/carana --design nope --format pdf --out "$tmp/x.pdf" && one_line_err "unknown design 'nope'" &&
    [ ! -e "$tmp/x.pdf" ]
}
# Versioned workspaces: two analysts change the same field; sync says so (exit 3), resolve settles it.
t_git_conflict() {
  local a
  cp -r demo/carana "$tmp/jmac" && git init -q --bare "$tmp/shared.git" &&
    run 0 ./mosaic commit --workspace "$tmp/jmac" -m base &&
    run 0 ./mosaic sync --workspace "$tmp/jmac" --remote "$tmp/shared.git" &&
    run 0 ./mosaic clone "$tmp/shared.git" --workspace "$tmp/u2" || return 1
  a=$(ls "$tmp/jmac/actor" | head -1 | sed 's/\.xmi$//')
  run 0 ./mosaic set --workspace "$tmp/u2" "$a" --audience STRICTLY_CONFIDENTIAL description="U2 view" && run 0 ./mosaic sync --workspace "$tmp/u2" &&
    run 0 ./mosaic set --workspace "$tmp/jmac" "$a" --audience STRICTLY_CONFIDENTIAL description="JMAC view" && run 3 ./mosaic sync --workspace "$tmp/jmac" &&
    grep -q "$a description" "$tmp/out" "$tmp/err" &&
    run 0 ./mosaic resolve --workspace "$tmp/jmac" "$a" description=theirs &&
    run 0 ./mosaic show --workspace "$tmp/jmac" "$a" --audience STRICTLY_CONFIDENTIAL --json && grep -q '"description": "U2 view"' "$tmp/out" &&
    run 0 ./mosaic tag --workspace "$tmp/jmac" "Weekly threat assessment 2026-W47" &&
    run 0 ./mosaic log --workspace "$tmp/jmac" --object "$a" && grep -q 'description' "$tmp/out"
}
# ssh remotes: a real OpenSSH server on loopback as this user, with generated keys; clone and sync
# with an explicit key; a key the server refuses is one line, not a hang.
t_git_ssh() {
  local d="$tmp/ssh" port pid rc=0 url key i
  mkdir -p "$d" && for i in host client other; do ssh-keygen -q -t ed25519 -N "" -f "$d/$i" || return 1; done
  cp "$d/client.pub" "$d/authorized_keys"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  printf '%s\n' "HostKey $d/host" "AuthorizedKeysFile $d/authorized_keys" "ListenAddress 127.0.0.1" "StrictModes no" "UsePAM no" \
    "PidFile $d/sshd.pid" "PasswordAuthentication no" "KbdInteractiveAuthentication no" >"$d/sshd_config"
  echo "[127.0.0.1]:$port $(cat "$d/host.pub")" >"$d/known_hosts"
  if [ "$(id -u)" = 0 ]; then mkdir -p /run/sshd; fi
  /usr/sbin/sshd -D -e -f "$d/sshd_config" -p "$port" 2>"$d/sshd.log" &
  pid=$!
  for i in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  url="ssh://$(id -un)@127.0.0.1:$port$d/shared.git"
  key=(--ssh-key "$d/client" --known-hosts "$d/known_hosts")
  { cp -r demo/carana "$d/jmac" && git init -q --bare "$d/shared.git" &&
    run 0 ./mosaic commit --workspace "$d/jmac" -m base &&
    run 0 ./mosaic sync --workspace "$d/jmac" --remote "$url" "${key[@]}" &&
    run 0 ./mosaic clone "$url" --workspace "$d/u2" "${key[@]}" &&
    [ "$(git -C "$d/u2" rev-parse HEAD)" = "$(git -C "$d/jmac" rev-parse HEAD)" ] &&
    run 1 ./mosaic clone "$url" --workspace "$d/u3" --ssh-key "$d/other" --known-hosts "$d/known_hosts" &&
    one_line_err "Cannot log in at 127.0.0.1:$port"; } || rc=1
  kill "$pid" && wait "$pid" 2>/dev/null
  return $rc
}
t_no_log_noise() { run 0 ./mosaic status --workspace "$tmp/jmac" && [ ! -s "$tmp/err" ]; }

check "help lists the commands, without a display" t_help
check "version prints Mosaic and its components" t_version
check "version --json is one JSON object" t_version_json
check "unknown command: exit 2, one line" t_unknown
check "unknown option: exit 2, one line" t_bad_option
check "command on a missing workspace: exit 1, one line naming it" t_cli_missing_ws
check "info counts a workspace's objects" t_info
check "init makes a workspace, refuses a second time and a folder with files" t_init
check "init: the default mission unless --mission picks an installed one; --name, --country; an unknown mission lists them" t_init_mission
check "stats --json on an empty workspace: exact keys" t_stats_empty
check "the Carana demo has its minimum counts and no problems" t_demo_stats
check "validate passes on the Carana demo" t_demo_validates
check "set: the risk follows the matrix (validate agrees); lowering a marking needs --lower-marking" t_set_rules
check "validate names the file, object and field; exit 1; bad file untouched" t_validate_finds_errors
check "bench workspace measures against plain EMF" t_bench
check "bench search forks its ingest sides and reports ratio and latency" t_bench_search
check "import graphml makes actors and relations once; metrics --json; export graphml and gexf" t_graphml
check "import graphml of a broken file: exit 1, one line, workspace unchanged" t_graphml_refused
check "ingest goes past a corrupt PDF (exit 1, reason given); the same file again is unchanged" t_ingest
check "real documents of every format: every part searchable (French, Arabic), scans read by OCR, a protected PDF opened with --password-file, a fake zip refused, no library noise" t_corpus
check "search --json: exact keys; what is above the reader's clearance is never counted" t_search_need_to_know
check "report: threat matrix PDF read with pdftotext carries the marking, says material was withheld (count on stderr only) and page numbers" t_report_pdf
check "rendering leaves no BIRT log in the working folder" t_no_meta_log
check "two set of two fields of one object at once: both kept, each round" t_concurrent_set
check "sync of two analysts' edits to one field: exit 3, resolve, show, tag, log" t_git_conflict
check "ssh remote: sync and clone with an explicit key; a refused key is one line" t_git_ssh
check "commands print nothing on stderr when all is well (no logging noise)" t_no_log_noise
check "--debug shows the stack trace" t_debug_trace
check "workbench on a missing workspace folder: one line" t_gui_missing_ws
check "workbench on a workspace path that is a file: one line" t_gui_file_ws
check "workbench without a display says how to run it" t_gui_no_display
check "workbench with an unknown option: exit 2" t_gui_bad_option
check "no JDK 21+: one clear line" t_no_jdk
check "headless product holds no UI bundle" t_headless_has_no_ui
check "the analyst's products hold no benchmark and no start-up hook; mosaic-bench does" t_analyst_products_hold_no_bench
check "--screenshot writes a PNG of the painted workbench" t_screenshot

echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
