#!/usr/bin/env bash
# Measures a probe sweep: N loopback TLS endpoints (default 50) that each wait DELAY ms (default 200)
# before their handshake. Runs ./edgecert probe once with one of them as --target and once with all
# of them, RUNS times each (default 3), and prints the medians and their ratio (target: the sweep of
# all takes at most 2x the probe of one; both include the JVM's start). Before the timed runs,
# WARMUP untimed sweeps of all (default 1) let the test servers' own JVM compile its TLS code, as
# a live Edge's has long done: the bench times the probe, not the servers' warm-up (-w 0 to see it).
#
# Usage: scripts/bench-probe.sh [-n RUNS] [-w WARMUP] [-e ENDPOINTS] [-d DELAY_MS] [-- EXTRA-PROBE-ARGS...]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
runs=3
warmup=1
endpoints=50
delay=200
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    -w) warmup="$2"; shift 2 ;;
    -e) endpoints="$2"; shift 2 ;;
    -d) delay="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "usage: $0 [-n RUNS] [-w WARMUP] [-e ENDPOINTS] [-d DELAY_MS] [-- EXTRA-PROBE-ARGS...]" >&2; exit 2 ;;
  esac
done

tmp="$(mktemp -d)"
cleanup() {
  exec 3>&- 2>/dev/null || true
  [[ -n ${servers_pid:-} ]] && kill "$servers_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

cd "$root"
./edgecert --version >/dev/null
mvn -B -q -o -pl adapters-net -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$tmp/cp" -Dmdep.includeScope=test >&2
classpath="adapters-net/target/test-classes:adapters-net/target/classes:application/target/classes"
classpath="$classpath:domain/target/classes:adapters-x509/target/test-classes:$(cat "$tmp/cp")"

mkfifo "$tmp/in"
java -cp "$classpath" io.edgecert.net.bench.SlowEdges "$endpoints" "$delay" <"$tmp/in" >"$tmp/edges" &
servers_pid=$!
exec 3>"$tmp/in"
while [[ $(wc -l <"$tmp/edges") -lt $((endpoints + 1)) ]]; do sleep 0.2; done
dns="$(head -1 "$tmp/edges")"
tail -n +2 "$tmp/edges" >"$tmp/targets"

topology="docs/examples/s02-single-edge-nat.yaml"
# The bench's DNS server knows none of the topology's names, so only the targets are probed.
common=(probe "$topology" --dns-server "$dns" --connect-timeout 2s --handshake-timeout 10s)
one=(--target "$(head -1 "$tmp/targets")/tls")
all=()
while read -r edge; do all+=(--target "$edge/tls"); done <"$tmp/targets"

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
time_ms() {
  local start end
  start=$(date +%s%N)
  ./edgecert "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

for ((i = 0; i < warmup; i++)); do
  time_ms "${common[@]}" "${all[@]}" "${extra[@]}" >/dev/null
done
for ((i = 0; i < runs; i++)); do
  time_ms "${common[@]}" "${one[@]}" "${extra[@]}" >>"$tmp/one"
  time_ms "${common[@]}" "${all[@]}" "${extra[@]}" >>"$tmp/all"
done
one_ms=$(median <"$tmp/one")
all_ms=$(median <"$tmp/all")
echo "one endpoint:          ${one_ms} ms (median of $runs, after $warmup untimed sweeps)"
echo "$endpoints endpoints:          ${all_ms} ms (median of $runs)"
awk -v a="$all_ms" -v o="$one_ms" 'BEGIN { printf "sweep / one endpoint:  %.2f (target <= 2)\n", a / o }'
