#!/usr/bin/env bash
# Measures reading + facts + chain building of generated certificates in one warm JVM and prints
# certificates per second (median of several rounds), single-threaded and on every core.
# Usage: scripts/bench-validate.sh [count=1000] [rounds=9]
# Maven runs offline first and goes online only if something (e.g. the dependency plugin) is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
module=adapters-x509
classpath_file=target/bench.classpath
build() {
  mvn -B -q "$@" -pl "$module" -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath \
    -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test
}
build -o >/dev/null 2>&1 || build
echo "edgecert x509 read benchmark: ${1:-1000} certificates, PEM leaf + intermediate, RSA 2048;" \
  "trust: JDK roots + 1 private root; $(nproc) cores"
exec java -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/$classpath_file")" \
  io.edgecert.x509.bench.ReadBenchmark "$@"
