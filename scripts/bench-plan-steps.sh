#!/usr/bin/env bash
# Thread CPU time per operation of the steps of a plan request (read; read+check+plan; and the plan
# JSON in UTF-8 too), for a baseline revision and this working tree, loaded side by side in one JVM
# and interleaved round by round: the machine's load disturbs both alike, so the ratio holds on a
# busy machine. The baseline is exported with `git archive` into a temporary directory and compiled
# there (nothing is installed into ~/.m2).
#
# Usage: scripts/bench-plan-steps.sh [-b BASE_REVISION=main] [-e EXAMPLE] [-r ROUNDS=14] [-n OPS=2000]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
base_rev=main
example="$root/docs/examples/s02-single-edge-nat.yaml"
rounds=14
ops=2000
while [[ $# -gt 0 ]]; do
  case "$1" in
    -b) base_rev="$2"; shift 2 ;;
    -e) example="$2"; shift 2 ;;
    -r) rounds="$2"; shift 2 ;;
    -n) ops="$2"; shift 2 ;;
    *) echo "usage: $0 [-b BASE_REVISION] [-e EXAMPLE] [-r ROUNDS] [-n OPS]" >&2; exit 2 ;;
  esac
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
git -C "$root" archive "$base_rev" | tar -x -C "$tmp"
for tree in "$tmp" "$root"; do
  (cd "$tree" && mvn -B -o -q -Dstyle.color=never compile -pl adapters-json -am >&2)
done
(cd "$root" && mvn -B -o -q -Dstyle.color=never dependency:build-classpath -pl adapters-json -am \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$tmp/cp.txt" >&2)
deps="$(tr ':' '\n' <"$tmp/cp.txt" | grep -E 'jackson|snakeyaml' | paste -sd:)"
dirs() { echo "$1/domain/target/classes:$1/application/target/classes:$1/adapters-json/target/classes"; }
echo "baseline $base_rev ($(git -C "$root" rev-parse --short "$base_rev")), candidate: this tree"
java -Xmx512m -XX:+UseSerialGC "$root/scripts/PlanStepsCpu.java" "$deps" "$(dirs "$tmp")" \
  "$(dirs "$root")" "$example" "$rounds" "$ops" 2> >(grep -v '^Note:' >&2)
