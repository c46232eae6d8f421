#!/usr/bin/env bash
# A bounded loopback soak of `edgecert serve`: CLIENTS concurrent clients for SECONDS, each looping
# over a mix of plans (YAML and JSON), validations (a multipart form with a non-certificate, which
# answers 422), health checks and malformed requests (broken JSON, a body over the limit, a garbage
# request line). Prints throughput, unexpected answers (5xx, resets, wrong status), p50/p99 latency
# and the server's RSS at the start and the end (and its peak). Loopback only; any free port.
# Usage: scripts/soak.sh [SECONDS=600] [CLIENTS=200]
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
python3 - "$port" "$server" "$seconds" "$clients" docs/examples <<'PY'
import http.client, os, random, socket, sys, threading, time
port, pid, seconds, clients, examples = int(sys.argv[1]), sys.argv[2], float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]

def rss_kib():
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0

yaml = [open(os.path.join(examples, f), "rb").read() for f in sorted(os.listdir(examples)) if f.endswith(".yaml")]
json_topology = open(os.path.join(examples, "s02-single-edge-nat.json"), "rb").read()
boundary = "soakboundary"
form = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"topology\"; filename=\"t.yaml\"\r\n"
        f"Content-Type: application/yaml\r\n\r\n").encode() + yaml[0] + (
        f"\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"certificate\"; filename=\"x.cer\"\r\n"
        f"Content-Type: application/octet-stream\r\n\r\nnot a certificate\r\n--{boundary}--\r\n").encode()
big = b"{" + b" " * (5 * 1024 * 1024 + 10) + b"}"

def plan_yaml(): return ("POST", "/v1/plans", random.choice(yaml), "application/yaml", {200})
def plan_json(): return ("POST", "/v1/plans", json_topology, "application/json", {200})
def validate(): return ("POST", "/v1/validations", form, f"multipart/form-data; boundary={boundary}", {200, 422})
def health(): return ("GET", "/health", None, None, {200})
def broken(): return ("POST", "/v1/plans", b"{\"version\": 1, ", "application/json", {400})
def too_big(): return ("POST", "/v1/plans", big, "application/json", {413})
mix = [plan_yaml] * 4 + [plan_json] * 2 + [validate] * 3 + [health] * 2 + [broken] * 2 + [too_big]

lock = threading.Lock()
latencies, unexpected, counts = [], {}, {"requests": 0}
deadline = time.monotonic() + seconds

def garbage():
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(b"GARBAGE\r\n\r\n")
        data = s.recv(200)
        return 400 if data.startswith(b"HTTP/1.1 400") else -1

def client():
    connection = None
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            if random.random() < 0.02:
                status, expected = garbage(), {400}
            else:
                method, path, body, ctype, expected = random.choice(mix)()
                if connection is None:
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                headers = {"Content-Type": ctype} if ctype else {}
                connection.request(method, path, body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                status = response.status
                if response.getheader("Connection", "").lower() == "close":
                    connection.close(); connection = None
            key = None if status in expected else f"status {status}"
        except Exception as e:
            key = type(e).__name__
            if connection is not None:
                connection.close(); connection = None
        elapsed = time.monotonic() - started
        with lock:
            counts["requests"] += 1
            latencies.append(elapsed)
            if key:
                unexpected[key] = unexpected.get(key, 0) + 1

rss_start = rss_kib()
peak = [rss_start]
def sample():
    while time.monotonic() < deadline:
        peak[0] = max(peak[0], rss_kib()); time.sleep(1)
threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
sampler = threading.Thread(target=sample, daemon=True); sampler.start()
began = time.monotonic()
for t in threads: t.start()
for t in threads: t.join()
took = time.monotonic() - began
rss_end = rss_kib()
latencies.sort()
def pct(p): return latencies[min(len(latencies) - 1, int(len(latencies) * p))] * 1000 if latencies else 0
errors = sum(unexpected.values())
print(f"requests {counts['requests']} in {took:.0f} s: {counts['requests'] / took:.1f}/s")
print(f"unexpected answers {errors} ({errors / max(1, counts['requests']):.3%}) {unexpected or ''}")
print(f"latency p50 {pct(0.50):.0f} ms, p99 {pct(0.99):.0f} ms, max {pct(1.0):.0f} ms")
print(f"server RSS start {rss_start / 1024:.0f} MiB, end {rss_end / 1024:.0f} MiB, peak {peak[0] / 1024:.0f} MiB")
PY
echo "server stderr: $(grep -c . "$work/err" || true) lines ($(grep -c 'ERROR' "$work/err" || true) ERROR)"
grep -m 5 'ERROR' "$work/err" | cut -c1-300 || true
uptime
