#!/usr/bin/env bash
# Measures the start-up of ./edgecert against a Java hello world started with the same JVM flags:
# RUNS runs of each, interleaved so that load on the machine hits both alike; prints the medians
# of wall-clock and CPU time and their ratios (target: wall ratio <= 4).
#
# Usage: scripts/bench-startup.sh [-n RUNS] [--check] [-- EDGECERT-ARGS...]
#   default arguments: plan docs/examples/<first>.yaml, or a temporary topology when none exists
#   --check: exit 1 when the wall-clock ratio is above 4
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
runs=10
check=""
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --check) check=1; shift ;;
    --) shift; args=("$@"); break ;;
    *) echo "usage: $0 [-n RUNS] [--check] [-- EDGECERT-ARGS...]" >&2; exit 2 ;;
  esac
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [[ ${#args[@]} -eq 0 ]]; then
  example="$(find "$root/docs/examples" -name '*.yaml' -print -quit 2>/dev/null || true)"
  if [[ -z $example ]]; then
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

echo "JVM flags: ${flags[*]}"
echo "runs: $runs each, medians in seconds"
printf '%-40s %8s %8s\n' "" "wall" "cpu"
printf '%-40s %8s %8s\n' "java HelloWorld" "$hello_wall" "$hello_cpu"
printf '%-40s %8s %8s\n' "./edgecert ${args[*]##*/}" "$edge_wall" "$edge_cpu"
printf '%-40s %8s %8s\n' "ratio (target: wall <= 4)" "$ratio" "$cpu_ratio"
if [[ -n $check ]] && awk -v r="$ratio" 'BEGIN { exit !(r > 4) }'; then
  exit 1
fi
