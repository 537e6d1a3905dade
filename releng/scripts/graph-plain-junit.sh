#!/usr/bin/env bash
# Compiles mosaic.graph.algorithms and its test fragment with javac against the jars in the local
# Maven cache (ELK, its EMF, Guava and Xtend libraries, JGraphT, JUnit: the versions
# targetplatform/mosaic.target pins, else the newest cached) and runs the tests on a plain class
# path, without OSGi or Tycho. Needs no network: ./mvnw has filled the cache. ./run-tests calls it
# after the Maven build.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
. releng/scripts/env.sh
mosaic_pick_jdk

repo=${MAVEN_REPO:-$HOME/.m2/repository}
target=$root/target/graph-plain-junit

# jar GROUP ARTIFACT: the path of the version the target platform pins, else of the newest cached.
jar() {
  local group=$1 artifact=$2 dir version
  dir=$repo/${group//.//}/$artifact
  version=$(sed -n "s|.*<artifactId>$artifact</artifactId><version>\([^<]*\)</version>.*|\1|p" targetplatform/mosaic.target | head -1)
  if [ -z "$version" ] || [ ! -f "$dir/$version/$artifact-$version.jar" ]; then
    version=$(cd "$dir" 2>/dev/null && for v in *; do [ -f "$v/$artifact-$v.jar" ] && echo "$v"; done | sort -V | tail -1)
  fi
  [ -n "$version" ] && [ -f "$dir/$version/$artifact-$version.jar" ] \
    || mosaic_die "graph-plain-junit: $group:$artifact is not in $repo; run ./mvnw once online"
  echo "$dir/$version/$artifact-$version.jar"
}

main_cp=$(jar org.eclipse.elk org.eclipse.elk.core):$(jar org.eclipse.elk org.eclipse.elk.graph)
main_cp+=:$(jar org.eclipse.elk org.eclipse.elk.alg.common):$(jar org.eclipse.elk org.eclipse.elk.alg.layered)
main_cp+=:$(jar org.eclipse.elk org.eclipse.elk.alg.force)
main_cp+=:$(jar org.eclipse.emf org.eclipse.emf.common):$(jar org.eclipse.emf org.eclipse.emf.ecore)
main_cp+=:$(jar org.eclipse.emf org.eclipse.emf.ecore.xmi):$(jar com.google.guava guava)
main_cp+=:$(jar org.eclipse.xtext org.eclipse.xtext.xbase.lib)
test_cp=$(jar org.jgrapht jgrapht-core):$(jar org.jheaps jheaps):$(jar org.apfloat apfloat)
test_cp+=:$(jar org.junit.jupiter junit-jupiter-api):$(jar org.junit.jupiter junit-jupiter-params)
test_cp+=:$(jar org.junit.jupiter junit-jupiter-engine):$(jar org.junit.platform junit-platform-commons)
test_cp+=:$(jar org.junit.platform junit-platform-engine):$(jar org.junit.platform junit-platform-launcher)
test_cp+=:$(jar org.opentest4j opentest4j):$(jar org.apiguardian apiguardian-api)

rm -rf "$target"
mkdir -p "$target/main" "$target/test"
find bundles/mosaic.graph.algorithms/src -name '*.java' > "$target/main.txt"
find bundles/mosaic.graph.algorithms.tests/src -name '*.java' > "$target/test.txt"
javac --release 21 -nowarn -encoding UTF-8 -d "$target/main" -cp "$main_cp" @"$target/main.txt"
javac --release 21 -nowarn -encoding UTF-8 -d "$target/test" -cp "$target/main:$main_cp:$test_cp" @"$target/test.txt"
# Resources beside the sources (none today) are found on the class path as in the bundle.
for dir in bundles/mosaic.graph.algorithms/src:main bundles/mosaic.graph.algorithms.tests/src:test; do
  (cd "${dir%%:*}" && find . -type f ! -name '*.java' -exec cp --parents {} "$target/${dir##*:}/" \;)
done
java -cp "$target/test:$target/main:$main_cp:$test_cp" releng/scripts/PlainJUnit.java mosaic.graph.algorithms.tests
