#!/usr/bin/env bash
# Lints the OpenAPI document of `edgecert serve` with Redocly CLI's recommended ruleset
# (redocly.yaml) and fails on any error or warning. Installs the pinned Redocly CLI with npm into a
# directory outside the repository on first use (EDGECERT_TOOLS, default ~/.cache/edgecert).
# Needs Node.js 20+ with npm, and the npm registry on first use.
set -euo pipefail
cd "$(dirname "$0")/.."

REDOCLY_VERSION=2.77.0
DOCUMENT=adapters-rest/src/main/resources/io/edgecert/rest/openapi.json
tools="${EDGECERT_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/edgecert}/redocly-$REDOCLY_VERSION"
redocly="$tools/node_modules/.bin/redocly"

fail() { echo "lint-openapi: $*" >&2; exit 1; }

command -v node >/dev/null && command -v npm >/dev/null || fail "node and npm are needed (Node.js 20+)"

if [ ! -x "$redocly" ]; then
  reached=""
  for attempt in 1 2 3; do
    if npm ping >/dev/null 2>&1; then reached=yes; break; fi
    echo "lint-openapi: npm registry not reachable (attempt $attempt of 3)" >&2
    sleep $((attempt * 5))
  done
  [ -n "$reached" ] || fail "the npm registry cannot be reached; cannot install @redocly/cli@$REDOCLY_VERSION"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-save --no-audit --no-fund --no-package-lock --loglevel=error \
    "@redocly/cli@$REDOCLY_VERSION" >&2 || fail "npm could not install @redocly/cli@$REDOCLY_VERSION"
fi

installed="$("$redocly" --version 2>/dev/null | tail -1)"
[ "$installed" = "$REDOCLY_VERSION" ] || fail "$redocly is version '$installed', expected $REDOCLY_VERSION"

export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
# Redocly exits non-zero on errors only; the totals decide, warnings included.
"$redocly" lint --config redocly.yaml --format=json "$DOCUMENT" >"$report" 2>/dev/null || true
totals="$(node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(r.totals.errors + " " + r.totals.warnings);
' "$report")" || fail "Redocly gave no readable report for $DOCUMENT"
read -r errors warnings <<<"$totals"
if [ "$errors" != 0 ] || [ "$warnings" != 0 ]; then
  "$redocly" lint --config redocly.yaml --format=stylish "$DOCUMENT" >&2 || true
  fail "$DOCUMENT: $errors error(s), $warnings warning(s) (Redocly CLI $REDOCLY_VERSION, recommended)"
fi
echo "lint-openapi: $DOCUMENT: 0 errors, 0 warnings (Redocly CLI $REDOCLY_VERSION, recommended ruleset)"
