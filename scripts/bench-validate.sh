#!/usr/bin/env bash
# Two measurements of validation throughput.
#
# scripts/bench-validate.sh [COUNT=4000] [ROUNDS=15]
#   Reading + facts + chain building of generated certificates in one warm JVM: certificates per
#   second (median of several rounds), single-threaded and on every core. Rounds of 4,000: with
#   1,000 a round lasts ~40 ms and the optimising compiler is still at work during the measured
#   rounds on 2 cores (it used more CPU than the reading threads: docs/performance.md).
#
# scripts/bench-validate.sh --estate [COUNT=100000] [ROUNDS=1]
#   An estate of COUNT PEM files (leaf + intermediate, RSA 2048, in directories of 1,000; made once
#   and kept in target/bench-estate-COUNT) checked end to end by `./edgecert validate
#   'DIR/part-*/*.pem' --format jsonl` (every rule, chain to the private root; the launcher gives
#   such a run the tiered JIT), and side by side, interleaved: a one-process python3 `cryptography`
#   loop (read, SAN check, signature by the intermediate) and `openssl x509 -noout -checkhost` once
#   per file on every core (the first OPENSSL_SAMPLE=200 files). Prints one table: files done, wall
#   time, certificates/s and peak RSS (/usr/bin/time -v) of each, medians over the rounds, with the
#   load average and the JVM flags. Bounded: edgecert stops after EDGECERT_LIMIT=120 s and python3
#   after PYTHON_LIMIT=30 s, each rated on the files it finished, so that one round takes under
#   three minutes (making the estate the first time takes a minute or two more).
#   Needs /usr/bin/time, timeout, openssl and python3 with cryptography (Debian: time, coreutils,
#   openssl, python3-cryptography); installs nothing.
#
# Maven runs offline first and goes online only if something (e.g. the dependency plugin) is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
module=adapters-x509
classpath_file=target/bench.classpath
build() {
  mvn -B -q "$@" -pl "$module" -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath \
    -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test
}
classpath() {
  echo "$module/target/test-classes:$module/target/classes:$(cat "$module/$classpath_file")"
}

if [[ ${1:-} != --estate ]]; then
  build -o >/dev/null 2>&1 || build
  echo "edgecert x509 read benchmark: ${1:-4000} certificates, PEM leaf + intermediate, RSA 2048;" \
    "trust: JDK roots + 1 private root; $(nproc) cores"
  exec java -cp "$(classpath)" io.edgecert.x509.bench.ReadBenchmark "$@"
fi

count="${2:-100000}"
rounds="${3:-1}"
sample="${OPENSSL_SAMPLE:-200}"
limit="${EDGECERT_LIMIT:-120}"
python_limit="${PYTHON_LIMIT:-30}"
python="$(command -v python3 || true)"
for candidate in /usr/bin/python3 "$python"; do
  if [[ -x $candidate ]] && "$candidate" -c 'import cryptography' 2>/dev/null; then
    python="$candidate"
    break
  fi
done
missing=()
[[ -x /usr/bin/time ]] || missing+=("time (/usr/bin/time)")
command -v openssl >/dev/null || missing+=("openssl")
if [[ -z $python ]] || ! "$python" -c 'import cryptography' 2>/dev/null; then
  missing+=("python3-cryptography")
fi
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "bench-validate: missing: ${missing[*]} (Debian packages)" >&2
  exit 2
fi

estate="$root/target/bench-estate-$count"
if [[ ! -f $estate/complete ]]; then
  build -o >/dev/null 2>&1 || build
  echo "bench-validate: writing $count certificate files to $estate (once) ..." >&2
  rm -rf "$estate"
  java -cp "$(classpath)" io.edgecert.x509.bench.EstateFiles "$estate" "$count"
  touch "$estate/complete"
fi
"$root/edgecert" --version >/dev/null # builds the jar and the class-data archive first

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
find "$estate" -name 'edge-*.pem' | sort >"$tmp/files"
head -n "$sample" "$tmp/files" >"$tmp/sample"
topology="$root/docs/examples/s02-single-edge-nat.yaml"
cat >"$tmp/check.py" <<'PY'
# One process: read the PEM (leaf + intermediate), check that the SAN holds the host, verify the
# leaf's signature with the intermediate's key; file after file until the list or the time limit
# ends. Prints how many files it checked.
import sys, time
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import padding

host, limit = sys.argv[2], float(sys.argv[3])
end = time.monotonic() + limit
done = 0
with open(sys.argv[1]) as names:
    for name in names:
        with open(name.strip(), "rb") as f:
            blocks = f.read().split(b"-----END CERTIFICATE-----")
        leaf, issuer = (x509.load_pem_x509_certificate(b + b"-----END CERTIFICATE-----\n")
                        for b in blocks[:2])
        san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        issuer.public_key().verify(
            leaf.signature, leaf.tbs_certificate_bytes, padding.PKCS1v15(),
            leaf.signature_hash_algorithm)
        host in san.get_values_for_type(x509.DNSName)
        done += 1
        if time.monotonic() > end:
            break
print(done)
PY

# Runs a command under /usr/bin/time -v; appends "wall-seconds peak-rss-KiB files-done" to the file
# $1, where $2 is a command that prints how many files were done.
timed() {
  local file="$1" done="$2"
  shift 2
  /usr/bin/time -v -o "$tmp/time" "$@" || true
  awk -F': ' -v done="$(eval "$done")" '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
    /Maximum resident set size/ { rss = $2 }
    END { printf "%.2f %d %d\n", s, rss, done }' "$tmp/time" >>"$file"
}

flags="$(EDGECERT_SHOW_JVM_FLAGS=1 "$root/edgecert" validate "$topology" "$estate/part-*/*.pem" \
  --format jsonl | tr '\n' ' ')"
echo "bench-validate: $rounds round(s) of edgecert (at most $limit s), python3 cryptography" \
  "(at most $python_limit s) and openssl ($sample files) ..." >&2
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for ((round = 1; round <= rounds; round++)); do
  # exit 1: some certificate fails a rule of the example topology; 124: the time limit.
  timed "$tmp/edgecert" 'wc -l <"$tmp/out.jsonl"' timeout "$limit" "$root/edgecert" validate \
    "$topology" "$estate/part-*/*.pem" --trust "$estate/root.pem" --at 2026-01-01 \
    --format jsonl --no-progress >"$tmp/out.jsonl"
  timed "$tmp/python" 'cat "$tmp/python.out"' "$python" "$tmp/check.py" "$tmp/files" \
    sip.contoso.com "$python_limit" >"$tmp/python.out"
  # xargs exits 123 when a certificate does not match the host; only the time counts here.
  timed "$tmp/openssl" 'wc -l <"$tmp/sample"' sh -c 'xargs -P "$1" -n 1 openssl x509 -noout \
    -checkhost sip.contoso.com -in <"$2" >/dev/null; exit 0' sh "$(nproc)" "$tmp/sample"
done

# Median of column $2 of file $1.
median() {
  cut -d' ' -f"$2" "$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
rate() {
  awk -v w="$(median "$1" 1)" -v f="$(median "$1" 3)" 'BEGIN { printf "%.1f", f / w }'
}
row() {
  local name="$1" file="$2"
  awk -v n="$name" -v f="$(median "$file" 3)" -v w="$(median "$file" 1)" \
    -v r="$(median "$file" 2)" 'BEGIN {
    printf "%-46s %9d %9.2f %12.0f %10.1f\n", n, f, w, f / w, r / 1024 }'
}
echo "edgecert estate benchmark: $count files, PEM leaf + intermediate, RSA 2048; $(nproc) cores;" \
  "load average before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg); medians of" \
  "$rounds round(s); edgecert JVM flags: $flags"
printf '%-46s %9s %9s %12s %10s\n' "" files "wall s" "certs/s" "peak MiB"
row "edgecert validate PATTERN --format jsonl" "$tmp/edgecert"
row "python3 cryptography, one process" "$tmp/python"
row "openssl x509 -checkhost per file, $(nproc) jobs" "$tmp/openssl"
awk -v e="$(rate "$tmp/edgecert")" -v p="$(rate "$tmp/python")" -v o="$(rate "$tmp/openssl")" \
  'BEGIN { printf "edgecert / python3 cryptography: %.1fx; edgecert / openssl per file: %.1fx" \
    " (certs/s)\n", e / p, e / o }'
