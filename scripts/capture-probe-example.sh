#!/usr/bin/env bash
# Captures the OpenAPI example of the POST /v1/probes answer from a real run: the REST acceptance
# suite probes the live Edge of the @probe scenarios (loopback TLS servers and DNS) through a real
# server and writes the last answer, shortened, to acceptance-tests/target/probe-example.json; this
# script puts it into openapi-examples.json. The REST suite fails whenever an answer no longer has
# the example's shape, so run this then.
#
# Usage: scripts/capture-probe-example.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
rm -f acceptance-tests/target/probe-example.json
mvn -B -q -pl acceptance-tests -am verify -Dtest=RestAcceptanceSuite \
  -Dsurefire.failIfNoSpecifiedTests=false -Dcucumber.filter.tags=@probe \
  -Dedgecert.captureProbeExample=true
python3 - <<'PY'
import json
examples_file = "adapters-rest/src/main/resources/io/edgecert/rest/openapi-examples.json"
at = ["paths", "/v1/probes", "post", "responses", "200", "content", "application/json"]
with open("acceptance-tests/target/probe-example.json", encoding="utf-8") as f:
    captured = json.load(f)
with open(examples_file, encoding="utf-8") as f:
    examples = json.load(f)
for entry in examples["examples"]:
    if entry["at"] == at:
        entry["example"] = captured
with open(examples_file, "w", encoding="utf-8") as f:
    f.write(json.dumps(examples, indent=2, ensure_ascii=False) + "\n")
print("captured the POST /v1/probes 200 example into " + examples_file)
PY
