#!/usr/bin/env bash
# A bounded loopback soak of `edgecert serve`: CLIENTS concurrent clients for SECONDS, each looping
# over a mix of plans (YAML and JSON), validations (a multipart form with a non-certificate, which
# answers 422), health checks and malformed requests (broken JSON, a body over the limit, a garbage
# request line); the client is scripts/soak-client.py. Prints throughput, unexpected answers (5xx,
# resets, wrong status) with a breakdown by kind, connection (new or reused) and exception, p50/p99
# latency, the server's RSS every minute with its Java heap (committed/used) and its peak, a heap
# histogram early and at the end, and the server's stderr lines. Loopback only; any free port.
# Usage: scripts/soak.sh [SECONDS=600] [CLIENTS=200]
# SOAK_KINDS=over-limit-body,garbage-request-line narrows the mix (to chase one fault);
# SOAK_JAVA_OPTS adds JVM flags to the server's; SOAK_SAMPLE_SECONDS sets the timeline's interval (default 60 s, shorter for short runs).
# The server runs with the JVM flags the launcher gives serve (./edgecert, EDGECERT_SHOW_JVM_FLAGS):
# G1 and the heap cap EDGECERT_SERVE_HEAP (default 512m).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
clients="${2:-200}"
jar=bootstrap/target/edgecert.jar
if [[ ! -f $jar ]]; then
  mvn -B -q -o -DskipTests package -pl bootstrap -am >&2
fi
work="$(mktemp -d)"
server=""
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
mapfile -t flags < <(EDGECERT_SHOW_JVM_FLAGS=1 ./edgecert serve)
# SOAK_JAVA_OPTS adds JVM flags, e.g. -XX:NativeMemoryTracking=summary (then the native memory
# summary is printed at the end).
read -r -a extra <<<"${SOAK_JAVA_OPTS:-}"
flags+=("${extra[@]}")
java "${flags[@]}" -jar "$jar" serve --port 0 >"$work/out" 2>"$work/err" &
server=$!
for _ in $(seq 1 120); do
  grep -q listening "$work/out" 2>/dev/null && break
  sleep 0.5
done
port="$(grep -o '[0-9]*$' "$work/out" || true)"
if [[ -z $port ]]; then
  echo "soak: the server did not start listening within 60 s; its stderr:" >&2
  cat "$work/err" >&2
  exit 1
fi
echo "edgecert soak: $clients clients, $seconds s, server pid $server on 127.0.0.1:$port," \
  "JVM flags: ${flags[*]}"
python3 scripts/soak-client.py "$port" "$server" "$seconds" "$clients" docs/examples
if [[ ${SOAK_JAVA_OPTS:-} == *NativeMemoryTracking* ]]; then
  jcmd "$server" VM.native_memory summary | grep -E '^(Total|-)' | sed 's/^/  /' || true
fi
if ! kill -0 "$server" 2>/dev/null; then
  echo "server DIED during the soak"
fi
echo "server stderr: $(grep -c . "$work/err" || true) lines" \
  "($(grep -c -E 'ERROR|SEVERE|WARN' "$work/err" || true) ERROR, SEVERE or WARN); the first 5:"
head -5 "$work/err" | cut -c1-300
uptime
