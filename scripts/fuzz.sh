#!/usr/bin/env bash
# Runs one Jazzer fuzz target for real (coverage-guided, JAZZER_FUZZ=1) for SECONDS.
#
# scripts/fuzz.sh TARGET [SECONDS=600]
#   TARGET is one of:
#     certificates    the certificate reader (PEM, DER, PKCS#7, PKCS#12, PKCS#10) on any bytes
#     topology-yaml   the topology reader and the planner on any bytes as YAML
#     topology-json   the same as JSON
#     rest-multipart  the multipart/form-data validation body (form parser + form reader)
#     rest-json       the JSON validation body reader
#
# The contract each target checks: the input is accepted or refused with the documented input
# exception (InvalidInputException; BadParameterException for REST bodies); anything else that
# escapes (an unexpected RuntimeException, an Error, a hang past the per-input timeout) is a finding.
# A finding is written as crash-* next to the seed corpus in src/test/resources/.../<Test>Inputs/
# <method>/ and `mvn verify` replays it from then on (fix it at its root, keep the file).
# The corpus grown while fuzzing stays in <module>/.cifuzz-corpus/ (ignored by git).
# Prints the executions, the coverage (libFuzzer's cov/ft) and the findings at the end; the whole
# log is kept in target/fuzz-TARGET.log. Exit status: 0 without a finding, 1 with one.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-}"
seconds="${2:-600}"
case "$target" in
  certificates) module=adapters-x509 test=io.edgecert.x509.CertificateReaderFuzzTest method=anyInput ;;
  topology-yaml) module=adapters-json test=io.edgecert.json.TopologyReaderFuzzTest method=yaml ;;
  topology-json) module=adapters-json test=io.edgecert.json.TopologyReaderFuzzTest method=json ;;
  rest-multipart) module=adapters-rest test=io.edgecert.rest.RequestBodyFuzzTest method=multipart ;;
  rest-json) module=adapters-rest test=io.edgecert.rest.RequestBodyFuzzTest method=json ;;
  *)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz.sh: SECONDS must be a whole number" >&2; exit 2; }
mkdir -p target
log="target/fuzz-$target.log"
inputs="$module/src/test/resources/$(dirname "${test//.//}")/${test##*.}Inputs/$method"
before="$(find "$inputs" -name 'crash-*' -o -name 'timeout-*' 2>/dev/null | sort)"
echo "fuzz $target: $test#$method for $seconds s (log: $log)"
status=0
JAZZER_FUZZ=1 mvn -B -o -pl "$module" -am test \
  -Dtest="$test#$method" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.hooks=true -Djazzer.max_duration="${seconds}s" \
  -Djunit.jupiter.execution.timeout.mode=disabled >"$log" 2>&1 || status=$?
summary="$(grep -aE '^#[0-9]+' "$log" | tail -1 || true)"
done_line="$(grep -aE '^Done [0-9]+ runs' "$log" | tail -1 || true)"
echo "last status: ${summary:-none}"
echo "${done_line:-no libFuzzer summary (see $log)}"
after="$(find "$inputs" -name 'crash-*' -o -name 'timeout-*' 2>/dev/null | sort)"
new="$(comm -13 <(echo "$before") <(echo "$after") | grep . || true)"
if [[ -n "$new" || $status -ne 0 ]]; then
  echo "findings:"
  [[ -n "$new" ]] && echo "$new"
  grep -aE '== Java Exception|^Caused by|^\s+at io\.edgecert' "$log" | sed -n 1,20p || true
  exit 1
fi
echo "findings: none"
