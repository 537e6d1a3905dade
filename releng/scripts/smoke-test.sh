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
t_screenshot() {
  local png="$tmp/w.png"
  mkdir -p "$tmp/shot-ws/threats" && touch "$tmp/shot-ws/threats/t1.xmi"
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

check "help lists the commands, without a display" t_help
check "version prints Mosaic and its components" t_version
check "version --json is one JSON object" t_version_json
check "unknown command: exit 2, one line" t_unknown
check "unknown option: exit 2, one line" t_bad_option
check "command on a missing workspace: exit 1, one line naming it" t_cli_missing_ws
check "info counts a workspace's objects" t_info
check "--debug shows the stack trace" t_debug_trace
check "workbench on a missing workspace folder: one line" t_gui_missing_ws
check "workbench on a workspace path that is a file: one line" t_gui_file_ws
check "workbench without a display says how to run it" t_gui_no_display
check "workbench with an unknown option: exit 2" t_gui_bad_option
check "no JDK 21+: one clear line" t_no_jdk
check "headless product holds no UI bundle" t_headless_has_no_ui
check "--screenshot writes a PNG of the painted workbench" t_screenshot

echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
