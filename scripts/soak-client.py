"""The client side of scripts/soak.sh (run by it; python3 standard library only).

CLIENTS threads loop for SECONDS over a mix of plans, validations, health checks and malformed
requests against one server on loopback, each thread on one keep-alive connection that it drops only
when the server says `Connection: close` or a request fails. Every unexpected answer (a wrong
status, a reset, a closed connection) is recorded with its request kind, whether its connection was
new or reused (and how many requests it had carried), when it happened, in which phase (connect,
send, read) and the exception; a breakdown is printed at the end. The server's RSS is sampled every
second (peak) and printed as a timeline; a heap histogram (jcmd GC.class_histogram) is taken early
and at the end so that a leak would show as a class whose instances keep growing.
"""
import http.client, os, random, shutil, socket, subprocess, sys, threading, time
from collections import Counter

port, pid, seconds, clients, examples = (int(sys.argv[1]), sys.argv[2], float(sys.argv[3]),
                                         int(sys.argv[4]), sys.argv[5])
interval = float(os.environ.get("SOAK_SAMPLE_SECONDS", "60" if seconds >= 300 else max(5, seconds // 6)))


def rss_kib():
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


yaml = [open(os.path.join(examples, f), "rb").read()
        for f in sorted(os.listdir(examples)) if f.endswith(".yaml")]
json_topology = open(os.path.join(examples, "s02-single-edge-nat.json"), "rb").read()
boundary = "soakboundary"
form = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"topology\"; filename=\"t.yaml\"\r\n"
        f"Content-Type: application/yaml\r\n\r\n").encode() + yaml[0] + (
        f"\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"certificate\"; filename=\"x.cer\"\r\n"
        f"Content-Type: application/octet-stream\r\n\r\nnot a certificate\r\n--{boundary}--\r\n").encode()
big = b"{" + b" " * (5 * 1024 * 1024 + 10) + b"}"

# kind -> (method, path, body, content type, expected statuses)
KINDS = {
    "plan-yaml": lambda: ("POST", "/v1/plans", random.choice(yaml), "application/yaml", {200}),
    "plan-json": lambda: ("POST", "/v1/plans", json_topology, "application/json", {200}),
    "validation": lambda: ("POST", "/v1/validations", form, f"multipart/form-data; boundary={boundary}", {200, 422}),
    "health": lambda: ("GET", "/health", None, None, {200}),
    "malformed-json": lambda: ("POST", "/v1/plans", b"{\"version\": 1, ", "application/json", {400}),
    "over-limit-body": lambda: ("POST", "/v1/plans", big, "application/json", {413}),
}
mix = (["plan-yaml"] * 4 + ["plan-json"] * 2 + ["validation"] * 3 + ["health"] * 2
       + ["malformed-json"] * 2 + ["over-limit-body"])
garbage_share = 0.02
# SOAK_KINDS=garbage-request-line,over-limit-body narrows the mix to some kinds (to chase one fault).
if os.environ.get("SOAK_KINDS"):
    only = os.environ["SOAK_KINDS"].split(",")
    mix = [k for k in mix if k in only] or ["garbage-request-line"]
    garbage_share = 0.02 if "garbage-request-line" in only and len(mix) > 1 else (1.0 if "garbage-request-line" in only else 0.0)

lock = threading.Lock()
latencies, events, counts, closes = [], [], Counter(), Counter()
began = time.monotonic()
deadline = began + seconds


class Failure(Exception):
    def __init__(self, phase, cause):
        super().__init__(f"{phase}: {cause!r}")
        self.phase, self.cause = phase, cause


def garbage():
    """A garbage request line on a new connection: a 400 problem, then the server closes."""
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=60)
    except OSError as e:
        raise Failure("connect", e)
    with s:
        try:
            s.sendall(b"GARBAGE\r\n\r\n")
        except OSError as e:
            raise Failure("send", e)
        data = b""
        try:
            while b"\r\n" not in data:
                chunk = s.recv(200)
                if not chunk:
                    break
                data += chunk
        except OSError as e:
            raise Failure("read", e)
        return int(data.split(b" ")[1]) if data.startswith(b"HTTP/1.1 ") else -1


# The server closes a keep-alive connection after 30 s without traffic (Jetty's idle timeout); a
# client that reuses one idle that long races the server's close and sees it closed without an
# answer. This client may hold its connection idle while it does other work (a garbage request line
# on another socket, or waiting for the interpreter on a loaded machine), so it drops a connection
# idle for longer than this, as well-behaved HTTP clients do with their idle connections.
IDLE_LIMIT = 20.0


class Client:
    def __init__(self):
        self.connection, self.carried, self.last_answer = None, 0, time.monotonic()
        self.body = b""

    def drop(self):
        if self.connection is not None:
            self.connection.close()
        self.connection, self.carried = None, 0

    def send(self, method, path, body, ctype):
        if self.connection is None:
            self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            try:
                self.connection.connect()
            except OSError as e:
                raise Failure("connect", e)
        headers = {"Content-Type": ctype} if ctype else {}
        try:
            self.connection.request(method, path, body=body, headers=headers)
        except OSError as e:
            raise Failure("send", e)
        try:
            response = self.connection.getresponse()
            self.body = response.read()
        except (OSError, http.client.HTTPException) as e:
            raise Failure("read", e)
        self.carried += 1
        self.last_answer = time.monotonic()
        if response.getheader("Connection", "").lower() == "close":
            closes[response.status] += 1
            self.drop()
        return response.status

    def run(self):
        while time.monotonic() < deadline:
            started = time.monotonic()
            kind = "garbage-request-line" if random.random() < garbage_share else random.choice(mix)
            if self.connection is not None and started - self.last_answer > IDLE_LIMIT:
                with lock:
                    counts["stale"] += 1
                self.drop()
            reused, carried = (self.connection is not None, self.carried)
            idle = time.monotonic() - self.last_answer if reused else 0.0
            failure = None
            try:
                if kind == "garbage-request-line":
                    status, expected, reused, carried = garbage(), {400}, False, 0
                else:
                    method, path, body, ctype, expected = KINDS[kind]()
                    status = self.send(method, path, body, ctype)
                if status not in expected:
                    answer = self.body if kind != "garbage-request-line" else b""
                    failure = (f"status {status}", answer[:120].decode("utf-8", "replace"))
            except Failure as f:
                failure = (f"{type(f.cause).__name__} in {f.phase}", str(f.cause)[:120])
                self.drop()
            except Exception as e:  # anything else is a defect of this client: show it
                failure = (f"{type(e).__name__} (client)", str(e)[:120])
                self.drop()
            now = time.monotonic()
            with lock:
                counts["requests"] += 1
                counts[kind] += 1
                latencies.append(now - started)
                if failure:
                    conn = (f"reused, idle {idle:.1f} s" if reused else "new") + f", took {now - started:.1f} s"
                    events.append((now - began, kind, "reused" if reused else "new", carried)
                                  + failure + (conn,))


def histogram(label):
    """The top of the server's heap histogram (live objects: jcmd forces a full GC first)."""
    jcmd = shutil.which("jcmd")
    if not jcmd:
        return f"heap histogram {label}: jcmd not found"
    try:
        out = subprocess.run([jcmd, pid, "GC.class_histogram"], capture_output=True, text=True,
                             timeout=120).stdout.splitlines()
    except (subprocess.SubprocessError, OSError) as e:
        return f"heap histogram {label}: {e}"
    rows = [line for line in out if line.strip().split(":")[0].isdigit() and line.strip()[-1:] != ":"]
    total = next((line.split() for line in out if line.startswith("Total")), None)
    head = f"heap histogram {label}: live heap {int(total[2]) / 1048576:.1f} MiB in {total[1]} objects" if total else f"heap histogram {label}:"
    return "\n".join([head, "   #  instances      bytes  class"] + ["  " + r.strip() for r in rows[:12]])


def heap_mib():
    """(committed, used) of the server's Java heap in MiB from jcmd GC.heap_info, or None."""
    jcmd = shutil.which("jcmd")
    try:
        out = subprocess.run([jcmd, pid, "GC.heap_info"], capture_output=True, text=True,
                             timeout=60).stdout if jcmd else ""
    except (subprocess.SubprocessError, OSError):
        return None
    for line in out.splitlines():
        words = line.replace(",", " ").split()
        if "total" in words and "used" in words:
            total, used = words[words.index("total") + 1], words[words.index("used") + 1]
            if total.endswith("K") and used.endswith("K"):
                return int(total[:-1]) / 1024, int(used[:-1]) / 1024
    return None


timeline = []
peak = [rss_kib()]
histograms = []


def sample():
    next_mark = began + interval
    early = began + min(60.0, seconds / 4)
    took_early = False
    while time.monotonic() < deadline:
        peak[0] = max(peak[0], rss_kib())
        now = time.monotonic()
        if now >= next_mark:
            with lock:
                done = counts["requests"]
            timeline.append((now - began, rss_kib(), done, heap_mib()))
            next_mark += interval
        if not took_early and now >= early:  # in its own thread: jcmd may take seconds
            took_early = True
            label = f"after {now - began:.0f} s"
            threading.Thread(target=lambda: histograms.append(histogram(label)), daemon=True).start()
        time.sleep(1)


timeline.append((0.0, peak[0], 0, heap_mib()))
threads = [threading.Thread(target=Client().run, daemon=True) for _ in range(clients)]
sampler = threading.Thread(target=sample, daemon=True)
sampler.start()
for t in threads:
    t.start()
for t in threads:
    t.join()
took = time.monotonic() - began
rss_end = rss_kib()
peak[0] = max(peak[0], rss_end)
timeline.append((took, rss_end, counts["requests"], heap_mib()))
sampler.join(timeout=5)
histograms.append(histogram("at the end"))

latencies.sort()
def pct(p): return latencies[min(len(latencies) - 1, int(len(latencies) * p))] * 1000 if latencies else 0
errors = len(events)
print(f"requests {counts['requests']} in {took:.0f} s: {counts['requests'] / took:.1f}/s")
print("  by kind: " + ", ".join(f"{k} {counts[k]}" for k in list(KINDS) + ["garbage-request-line"]))
print(f"  keep-alive connections dropped after more than {IDLE_LIMIT:.0f} s idle: {counts['stale']}")
print("  answered with Connection: close: " + (", ".join(f"{s} x{n}" for s, n in sorted(closes.items())) or "none"))
print(f"unexpected answers {errors} ({errors / max(1, counts['requests']):.4%})")
if events:
    print("  breakdown (count, what, request kind, connection):")
    for (what, kind, conn), n in Counter((e[4], e[1], e[2]) for e in events).most_common():
        print(f"    {n:5d}  {what}  {kind}  {conn}")
    print("  first events (time, kind, connection: requests it had carried and idle time before"
          " this one, what, message):")
    for t, kind, _, carried, what, message, conn in events[:20]:
        print(f"    {t:7.1f} s  {kind}  {conn}, {carried} earlier requests  {what}  {message}")
    idles = sorted(float(e[6].split()[2]) for e in events if e[2] == "reused")
    if any(e[1] == "over-limit-body" and "status" not in e[4] for e in events):
        print("  (a body over the limit is read and thrown away for at most 20 s before its 413; past"
          " that the server closes, and a client still sending sees a broken pipe or a reset)")
    if idles:
        print(f"  idle time of the reused connections before the failed request: min {idles[0]:.1f} s,"
              f" median {idles[len(idles) // 2]:.1f} s, max {idles[-1]:.1f} s")
print(f"latency p50 {pct(0.50):.0f} ms, p99 {pct(0.99):.0f} ms, max {pct(1.0):.0f} ms")
print(f"server RSS start {timeline[0][1] / 1024:.0f} MiB, end {rss_end / 1024:.0f} MiB, peak {peak[0] / 1024:.0f} MiB")
print("server RSS timeline (time, RSS, Java heap committed/used, requests in the interval):")
last = 0
for t, rss, done, heap in timeline:
    heap_text = f"{heap[0]:5.0f}/{heap[1]:4.0f} MiB" if heap else "      ?     "
    print(f"  {t:6.0f} s  {rss / 1024:6.0f} MiB  heap {heap_text}  {done - last:8d}")
    last = done
for h in histograms:
    print(h)
