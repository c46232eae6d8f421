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
# SOAK_SAMPLE_SECONDS sets the timeline's interval (default 60 s, shorter for short runs).
# The server runs with the serve flags agreed for the launcher (G1, -Xmx${EDGECERT_SERVE_HEAP:-512m}).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
clients="${2:-200}"
jar=bootstrap/target/edgecert.jar
if [[ ! -f $jar ]]; then
  mvn -B -q -o -DskipTests package -pl bootstrap -am >&2
fi
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
java -XX:+UseG1GC "-Xmx${EDGECERT_SERVE_HEAP:-512m}" -jar "$jar" serve --port 0 \
  >"$work/out" 2>"$work/err" &
server=$!
for _ in $(seq 1 120); do
  grep -q listening "$work/out" 2>/dev/null && break
  sleep 0.5
done
port="$(grep -o '[0-9]*$' "$work/out")"
echo "edgecert soak: $clients clients, $seconds s, server pid $server on 127.0.0.1:$port," \
  "heap cap ${EDGECERT_SERVE_HEAP:-512m}"
python3 scripts/soak-client.py "$port" "$server" "$seconds" "$clients" docs/examples
echo "server stderr: $(grep -c . "$work/err" || true) lines ($(grep -c 'ERROR' "$work/err" || true) ERROR)"
grep -m 5 'ERROR' "$work/err" | cut -c1-300 || true
uptime
