#!/usr/bin/env bash
# JDK 25: the launcher's AppCDS archive against an AOT cache (JEP 483/514) trained on the same
# command, for `plan` and for `validate` of one certificate, RUNS interleaved runs of each beside a
# hello world; prints medians of wall-clock seconds.
# Usage: scripts/bench-aot.sh CERTIFICATE [RUNS=7]    (JDK: JAVA_HOME, default Temurin 25)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cert="${1:?usage: $0 CERTIFICATE [RUNS]}"
runs="${2:-7}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"
jar="$root/bootstrap/target/edgecert.jar"
example="$root/docs/examples/s02-single-edge-nat.yaml"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mapfile -t flags < <(EDGECERT_SHOW_JVM_FLAGS=1 "$root/edgecert")
aot_flags=()
for flag in "${flags[@]}"; do
  [[ $flag == -Xshare:auto ]] || aot_flags+=("$flag") # an AOT cache does not go with -Xshare:auto
done
"$root/edgecert" rules >/dev/null
archive="$(EDGECERT_SHOW_ARCHIVE=1 "$root/edgecert")"
printf 'public class Hello { public static void main(String[] a) { System.out.println("Hello"); } }\n' \
  >"$tmp/Hello.java"
"$JAVA_HOME/bin/javac" -d "$tmp" "$tmp/Hello.java"
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "JVM: $("$java" -version 2>&1 | sed -n 2p); load average $(cut -d' ' -f1-3 /proc/loadavg)"
TIMEFORMAT='%3R'
for kind in plan validate; do
  args=(plan "$example")
  [[ $kind == validate ]] && args=(validate "$example" "$cert" --at 2026-01-01)
  "$java" "${aot_flags[@]}" -XX:AOTCacheOutput="$tmp/$kind.aot" -jar "$jar" "${args[@]}" \
    >/dev/null 2>&1 || true
  for ((i = 0; i < runs; i++)); do
    { time "$java" "${flags[@]}" -cp "$tmp" Hello >/dev/null 2>&1; } 2>>"$tmp/$kind.hello"
    { time "$java" "${flags[@]}" -XX:SharedArchiveFile="$archive" -jar "$jar" "${args[@]}" \
      >/dev/null 2>&1 || true; } 2>>"$tmp/$kind.cds"
    { time "$java" "${aot_flags[@]}" -XX:AOTCache="$tmp/$kind.aot" -jar "$jar" "${args[@]}" \
      >/dev/null 2>&1 || true; } 2>>"$tmp/$kind.aot.t"
  done
  echo "$kind: hello $(median "$tmp/$kind.hello") s, AppCDS $(median "$tmp/$kind.cds") s," \
    "AOT cache $(median "$tmp/$kind.aot.t") s"
done
