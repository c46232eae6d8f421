#!/usr/bin/env bash
# Load test of the REST API on loopback: starts `./edgecert serve` (the launcher's server flags) on a
# free port, warms it up, then measures GET /health, POST /v1/plans (a documentation example) and
# POST /v1/validations (a form with that topology and one PEM certificate) with 1, 8 and 64
# concurrent clients, interleaved, and prints requests/s with p50 and p99 latency of each, and the
# ratio of /v1/plans to /health throughput at 64 clients (target: >= 0.70).
#
# Every run is bounded: at most SECONDS of load and at most REQUESTS answers per wrk thread. The
# load goes to 127.0.0.1 only. The server is stopped at the end, whatever happens.
#
# The warm-up sends each endpoint WARMUP_REQUESTS (or WARMUP_SECONDS, whichever ends first) at 8
# clients, so that the JIT has compiled the hot paths before anything is measured: on a busy
# machine the compiler threads get little CPU, and a warm-up by time alone measures the interpreter.
#
# The defaults keep a whole run under about three minutes (server start, 3 x 20 s of warm-up at
# most, 9 x 5 s of measurement).
#
# Usage: scripts/bench-rest.sh [-d SECONDS=5] [-n REQUESTS=200000] [-w WARMUP_SECONDS=20]
#                              [-W WARMUP_REQUESTS=30000] [-c "CLIENTS..."] [-e EXAMPLE]
# Needs wrk (Debian: apt-get install wrk), openssl and curl; installs nothing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
seconds=5
requests=200000
warmup=20
warmup_requests=30000
clients="1 8 64"
example="$root/docs/examples/s02-single-edge-nat.yaml"
usage="usage: $0 [-d SECONDS] [-n REQUESTS] [-w WARMUP_SECONDS] [-W WARMUP_REQUESTS]"
usage+=" [-c \"CLIENTS...\"] [-e EXAMPLE]"
while [[ $# -gt 0 ]]; do
  case "$1" in
    -d) seconds="$2"; shift 2 ;;
    -n) requests="$2"; shift 2 ;;
    -w) warmup="$2"; shift 2 ;;
    -W) warmup_requests="$2"; shift 2 ;;
    -c) clients="$2"; shift 2 ;;
    -e) example="$2"; shift 2 ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done

missing=()
for tool in wrk openssl curl; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "bench-rest: missing: ${missing[*]} (Debian: apt-get install ${missing[*]})" >&2
  exit 2
fi

tmp="$(mktemp -d)"
server=""
cleanup() {
  if [[ -n $server ]]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# One certificate for the validation form: a self-signed leaf with the example's names.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/key.pem" -out "$tmp/edge.pem" -days 30 \
  -subj "/CN=sip.contoso.com" \
  -addext "subjectAltName=DNS:sip.contoso.com,DNS:webcon.contoso.com,DNS:sip.fabrikam.com" \
  -addext "extendedKeyUsage=serverAuth,clientAuth" 2>/dev/null
boundary="edgecert-bench-boundary"
{
  printf -- '--%s\r\nContent-Disposition: form-data; name="topology"; filename="%s"\r\n' \
    "$boundary" "${example##*/}"
  printf 'Content-Type: application/yaml\r\n\r\n'
  cat "$example"
  printf '\r\n--%s\r\nContent-Disposition: form-data; name="certificate"; filename="edge.pem"\r\n' \
    "$boundary"
  printf 'Content-Type: application/x-pem-file\r\n\r\n'
  cat "$tmp/edge.pem"
  printf '\r\n--%s--\r\n' "$boundary"
} >"$tmp/validation.body"
case "$example" in
  *.json) plan_type="application/json" ;;
  *) plan_type="application/yaml" ;;
esac

# wrk script: method, body and content type from the environment; each thread stops after
# BENCH_MAX answers, so a run is bounded in count as well as in time (-d).
cat >"$tmp/bench.lua" <<'LUA'
local answers = 0
local max = tonumber(os.getenv("BENCH_MAX") or "0")
wrk.method = os.getenv("BENCH_METHOD")
local body = os.getenv("BENCH_BODY")
if body ~= nil and body ~= "" then
  local file = assert(io.open(body, "rb"))
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = os.getenv("BENCH_TYPE")
end
function response(status, headers, body)
  answers = answers + 1
  if max > 0 and answers >= max then
    wrk.thread:stop()
  end
end
LUA

"$root/edgecert" --version >/dev/null # builds the jar and the class-data archive first
"$root/edgecert" serve --port 0 >"$tmp/serve.out" 2>"$tmp/serve.err" &
server=$!
base=""
for _ in $(seq 1 600); do
  if [[ -s $tmp/serve.out ]]; then
    base="$(sed -n 's/^edgecert listening on \(http:[^ ]*\).*/\1/p' "$tmp/serve.out")"
    [[ -n $base ]] && break
  fi
  if ! kill -0 "$server" 2>/dev/null; then
    echo "bench-rest: the server stopped:" >&2
    cat "$tmp/serve.err" >&2
    exit 1
  fi
  sleep 0.1
done
if [[ -z $base ]]; then
  echo "bench-rest: the server did not say where it listens within 60 s" >&2
  exit 1
fi

# Each endpoint: name, method, path, body file, content type.
endpoints=(
  "health GET /health - -"
  "plans POST /v1/plans $example $plan_type"
  "validations POST /v1/validations $tmp/validation.body multipart/form-data;boundary=$boundary"
)
for endpoint in "${endpoints[@]}"; do
  read -r name method path body type <<<"$endpoint"
  [[ $body == - ]] && body=""
  status="$(curl -s -o "$tmp/check" -w '%{http_code}' -X "$method" \
    ${body:+--data-binary "@$body"} ${body:+-H "Content-Type: $type"} "$base$path")"
  if [[ $status != 200 ]]; then
    echo "bench-rest: $method $path answers $status:" >&2
    head -c 600 "$tmp/check" >&2
    exit 1
  fi
done

# CPU time (user + system, in clock ticks) the server has used so far.
server_ticks() {
  awk '{ print $14 + $15 }' "/proc/$server/stat"
}

# Runs wrk once: $1 endpoint line, $2 clients, $3 seconds, $4 most answers; prints
# "rps p50 p99 errors cpu-us-per-request" (the server's CPU time per answer, which other load on
# the machine disturbs far less than throughput).
load() {
  local name method path body type connections="$2" threads=2 out ticks
  read -r name method path body type <<<"$1"
  [[ $body == - ]] && body=""
  ((connections < threads)) && threads="$connections"
  ticks="$(server_ticks)"
  out="$(BENCH_METHOD="$method" BENCH_BODY="$body" BENCH_TYPE="$type" \
    BENCH_MAX="$(($4 / threads))" \
    wrk -t"$threads" -c"$connections" -d"$3s" --latency -s "$tmp/bench.lua" "$base$path")"
  ticks="$(($(server_ticks) - ticks))"
  awk -v ticks="$ticks" -v hz="$(getconf CLK_TCK)" '
    / requests in / { answers = $1 }
    /Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = $2 }
    $1 == "99%" { p99 = $2 }
    /Non-2xx or 3xx responses:/ { errors += $NF }
    /Socket errors:/ { errors += 1 }
    END { printf "%s %s %s %d %.0f\n", rps, p50, p99, errors, ticks / hz * 1e6 / answers }' <<<"$out"
}

echo "bench-rest: warming up: $warmup_requests requests or ${warmup}s per endpoint ..." >&2
for endpoint in "${endpoints[@]}"; do
  load "$endpoint" 8 "$warmup" "$warmup_requests" >/dev/null
done

echo "edgecert REST load test: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
  "runs of ${seconds}s or $requests requests; example ${example##*/}"
# The server's own command line (the launcher execs java under the same process id).
echo "server: $(tr '\0' ' ' <"/proc/$server/cmdline" | sed 's/-jar .*//')"
printf '%-8s %-12s %12s %10s %10s %7s %14s\n' clients endpoint "requests/s" p50 p99 errors \
  "server CPU/req"
declare -A cpu
declare -A rps
for c in $clients; do
  for endpoint in "${endpoints[@]}"; do
    name="${endpoint%% *}"
    read -r r p50 p99 errors us <<<"$(load "$endpoint" "$c" "$seconds" "$requests")"
    rps[$name-$c]="$r"
    cpu[$name-$c]="$us"
    printf '%-8s %-12s %12s %10s %10s %7s %11s us\n' "$c" "$name" "$r" "$p50" "$p99" "$errors" "$us"
  done
done
last="${clients##* }"
awk -v p="${rps[plans-$last]}" -v h="${rps[health-$last]}" -v c="$last" 'BEGIN {
  printf "/v1/plans / /health throughput at %s clients: %.2f (target >= 0.70)\n", c, p / h }'
awk -v p="${cpu[plans-$last]}" -v h="${cpu[health-$last]}" 'BEGIN {
  printf "server CPU per request, /health / /v1/plans: %.2f (the throughput ratio where the server\n", h / p
  printf "is the bottleneck)\n" }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
