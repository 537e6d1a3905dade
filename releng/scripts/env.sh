# Shared shell functions for ./mosaic, ./run-tests, ./mvnw and .ci/run. Source, do not run.

mosaic_die() {
  echo "mosaic: $*" >&2
  exit "${MOSAIC_EXIT:-1}"
}

# Prints the major Java version of the JDK at $1, or nothing.
mosaic_java_major() {
  local jdk=$1 v=""
  [ -x "$jdk/bin/java" ] || return 0
  if [ -f "$jdk/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$jdk/release")
  fi
  if [ -z "$v" ]; then
    v=$("$jdk/bin/java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')
  fi
  v=${v#1.}
  echo "${v%%[.+-]*}"
}

# Sets JAVA_HOME to a JDK >= 21: JAVA_HOME if new enough, else the newest under /usr/lib/jvm.
mosaic_pick_jdk() {
  local want=21 major best="" best_major=0 jdk
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(mosaic_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge "$want" ]; then
      export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  fi
  for jdk in "${MOSAIC_JVM_DIR:-/usr/lib/jvm}"/*; do
    [ -L "$jdk" ] && continue
    major=$(mosaic_java_major "$jdk")
    [ -n "$major" ] || continue
    [ -x "$jdk/bin/javac" ] || continue
    if [ "$major" -gt "$best_major" ]; then best=$jdk; best_major=$major; fi
  done
  if [ -z "$best" ] || [ "$best_major" -lt "$want" ]; then
    mosaic_die "no JDK $want or newer found: JAVA_HOME is ${JAVA_HOME:-unset} and ${MOSAIC_JVM_DIR:-/usr/lib/jvm} has ${best_major:-none} at most; install one (apt-get install -y openjdk-21-jdk) or set JAVA_HOME"
  fi
  export JAVA_HOME=$best PATH="$best/bin:$PATH"
}

# Installs Debian packages that are missing (as root), or names them in one line.
#   mosaic_need_packages xvfb:xvfb-run libgtk-3-0:
# Each argument is package[:command]; without a command, dpkg is asked.
mosaic_need_packages() {
  local missing="" spec pkg cmd
  for spec in "$@"; do
    pkg=${spec%%:*}; cmd=${spec#*:}
    if [ -n "$cmd" ] && [ "$cmd" != "$spec" ]; then
      command -v "$cmd" >/dev/null 2>&1 && continue
    else
      dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" && continue
    fi
    missing="$missing $pkg"
  done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "mosaic: installing$missing" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing; } >&2 \
      || mosaic_die "could not install$missing with apt-get"
  else
    mosaic_die "missing Debian packages:$missing (run: sudo apt-get install -y$missing)"
  fi
}
