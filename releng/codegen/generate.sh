#!/usr/bin/env bash
# Regenerates the EMF code of mosaic.model and mosaic.model.edit from model/mosaic.ecore.
# Usage: bash releng/codegen/generate.sh     (from anywhere; needs network once for Maven)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/scripts/env.sh"
mosaic_pick_jdk
cd "$root"
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
./mvnw -q -B -f releng/codegen/pom.xml dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
"$JAVA_HOME/bin/java" -cp "$(cat "$cp_file")" releng/codegen/Generate.java "$root/bundles"
