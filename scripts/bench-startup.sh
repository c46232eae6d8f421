#!/usr/bin/env bash
# Measures the start-up of ./edgecert against a Java hello world started with the same JVM flags:
# RUNS runs of each, interleaved so that load on the machine hits both alike; prints the medians
# of wall-clock and CPU time and their ratios (targets: plan <= 3.5, validate of one certificate
# <= 4.5), then where the time goes: the classes one run loads, per library, and how many of them
# came from the class-data sharing archive.
#
# Usage: scripts/bench-startup.sh [-n RUNS] [--check RATIO] [-- EDGECERT-ARGS...]
#   default arguments: plan docs/examples/s04-scaled-dns-nat.yaml (the example of the figures in
#   docs/performance.md), or a temporary topology when the examples are not there
#   --check RATIO: exit 1 when the wall-clock ratio is above RATIO
#   JAVA_HOME selects the JDK, for edgecert and the hello world alike
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
runs=10
check=""
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --check) check="$2"; shift 2 ;;
    --) shift; args=("$@"); break ;;
    *) echo "usage: $0 [-n RUNS] [--check RATIO] [-- EDGECERT-ARGS...]" >&2; exit 2 ;;
  esac
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [[ ${#args[@]} -eq 0 ]]; then
  example="$root/docs/examples/s04-scaled-dns-nat.yaml"
  if [[ ! -f $example ]]; then
    example="$tmp/topology.yaml"
    cat >"$example" <<'YAML'
version: 1
product: lync-2013
sipDomains: [contoso.com, fabrikam.com]
edge:
  layout: single
  addressing: nat
  accessEdge: sip.contoso.com
  webConferencingEdge: webcon.contoso.com
  avEdge: av.contoso.com
  internal: lsedge.contoso.net
federation:
  sip: true
YAML
  fi
  args=(plan "$example")
fi

cat >"$tmp/HelloWorld.java" <<'JAVA'
public class HelloWorld {
  public static void main(String[] args) {
    System.out.println("Hello, world");
  }
}
JAVA
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
"$javac" -d "$tmp" "$tmp/HelloWorld.java"
mapfile -t flags < <(EDGECERT_SHOW_JVM_FLAGS=1 "$root/edgecert")

# Build the jar and the class-data sharing archive before measuring.
status=0
"$root/edgecert" "${args[@]}" >/dev/null 2>&1 || status=$?
if [[ $status -ne 0 ]]; then
  echo "warning: edgecert ${args[*]} exits $status, so its time is not that of a full run" >&2
fi

# Appends "wall user+sys" in seconds of one run of the command to the file $1.
measure() {
  local file="$1" TIMEFORMAT='%3R %3U %3S'
  shift
  { time "$@" >/dev/null 2>&1; } 2>"$tmp/time" || true
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$tmp/time" >>"$file"
}

for ((i = 0; i < runs; i++)); do
  measure "$tmp/hello" "$java" "${flags[@]}" -cp "$tmp" HelloWorld
  measure "$tmp/edgecert" "$root/edgecert" "${args[@]}"
done

# Median of column $2 of file $1.
median() {
  cut -d' ' -f"$2" "$1" | sort -n | awk '{ v[NR] = $1 }
    END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

hello_wall="$(median "$tmp/hello" 1)"; hello_cpu="$(median "$tmp/hello" 2)"
edge_wall="$(median "$tmp/edgecert" 1)"; edge_cpu="$(median "$tmp/edgecert" 2)"
ratio="$(awk -v a="$edge_wall" -v b="$hello_wall" 'BEGIN { printf "%.2f", a / b }')"
cpu_ratio="$(awk -v a="$edge_cpu" -v b="$hello_cpu" 'BEGIN { printf "%.2f", a / b }')"

# The classes of one run, per library; "archived" came from the class-data sharing archive.
archive="$(EDGECERT_SHOW_ARCHIVE=1 "$root/edgecert")"
"$java" "${flags[@]}" ${archive:+-XX:SharedArchiveFile="$archive"} \
  -Xlog:class+load=info:file="$tmp/classes.log" -jar "$root/bootstrap/target/edgecert.jar" \
  "${args[@]}" >/dev/null 2>&1 || true
classes="$(awk '
  / source: / {
    name = $0; sub(/.*\] /, "", name); sub(/ source:.*/, "", name)
    lib = "other"
    if (name ~ /^(java|javax|jdk|sun|com\.sun)\./) lib = "JDK"
    else if (name ~ /^io\.edgecert\./) lib = "edgecert"
    else if (name ~ /^com\.google\.inject\./) lib = "Guice"
    else if (name ~ /^com\.google\.common\./) lib = "Guava"
    else if (name ~ /^picocli\./) lib = "picocli"
    else if (name ~ /^org\.bouncycastle\./) lib = "BouncyCastle"
    else if (name ~ /^com\.fasterxml\.jackson\./) lib = "Jackson"
    else if (name ~ /^org\.yaml\.snakeyaml\./) lib = "SnakeYAML"
    else if (name ~ /^(jakarta|javax\.inject|org\.aopalliance)\./) lib = "jakarta.inject"
    all[lib]++; total++
    if ($0 ~ /shared objects file/) { shared[lib]++; stotal++ }
  }
  END {
    for (lib in all) printf "  %-16s %5d classes, %5d archived\n", lib, all[lib], shared[lib]
    printf "  %-16s %5d classes, %5d archived\n", "total", total, stotal
  }' "$tmp/classes.log" | sort -k2 -n -r)"

echo "JVM: $("$java" -version 2>&1 | sed -n 2p)"
echo "JVM flags: ${flags[*]}"
echo "runs: $runs each, interleaved, medians in seconds; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-40s %8s %8s\n' "" "wall" "cpu"
printf '%-40s %8s %8s\n' "java HelloWorld" "$hello_wall" "$hello_cpu"
printf '%-40s %8s %8s\n' "./edgecert ${args[*]##*/}" "$edge_wall" "$edge_cpu"
printf '%-40s %8s %8s\n' "ratio" "$ratio" "$cpu_ratio"
echo "classes loaded by one run of ./edgecert ${args[*]##*/}, per library:"
echo "$classes"
if [[ -n $check ]] && awk -v r="$ratio" -v c="$check" 'BEGIN { exit !(r > c) }'; then
  exit 1
fi
