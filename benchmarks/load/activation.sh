#!/usr/bin/env bash
# Activation under load: runs benchmarks/load/fixed-rate.sh at a fixed rate and, while it runs, uploads a changed
# version of the active rule set, approves it with a second account (four eyes) and activates it. Prints the clock
# time of each call (milliseconds), so the generator's per-second lines show whether activation paused decisions or
# failed any. The change is the active bundle with a new description in ruleset.json, so its version id differs.
# Upload (which validates and compiles the bundle) and activation happen at different seconds, so their effects can
# be told apart; set UPLOAD_AT=ACTIVATE_AT to do both at once.
#
# Build once (no install):  ./mvnw -B -o -q -pl benchmarks -am package -DskipTests
# usage: [RATE=500] [DURATION=40] [WARMUP=5] [UPLOAD_AT=10] [ACTIVATE_AT=20] [BATCH=0] \
#        benchmarks/load/activation.sh [base-url]                     (default http://127.0.0.1:8080)
#   *_AT are seconds of the measured period. Accounts: AUTHOR_AUTH / APPROVER_AUTH (Authorization header values),
#   else the embedded demo accounts author:author and approver:approver; decisions use CREDO_AUTH or customs:customs.
set -eu
URL=${1:-http://127.0.0.1:8080}
RATE=${RATE:-500}
DURATION=${DURATION:-40}
WARMUP=${WARMUP:-5}
UPLOAD_AT=${UPLOAD_AT:-10}
ACTIVATE_AT=${ACTIVATE_AT:-20}
BATCH=${BATCH:-0}
AUTHOR_AUTH=${AUTHOR_AUTH:-Basic $(printf author:author | base64)}
APPROVER_AUTH=${APPROVER_AUTH:-Basic $(printf approver:approver | base64)}
DIR=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
LOAD=
trap 'if [ -n "$LOAD" ]; then kill "$LOAD" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT

now() { date +%H:%M:%S.%3N; }
api() {  # auth, method, path, [curl options...]: prints the body, fails on a non-2xx status
  local auth=$1 method=$2 path=$3
  shift 3
  curl -sS --fail-with-body -X "$method" -H "Authorization: $auth" "$@" "$URL$path"
}

# the changed bundle: the active one, with a description that names this run
ACTIVE=$(api "$AUTHOR_AUTH" GET /api/v1/rulesets/active | jq -r .version)
api "$AUTHOR_AUTH" GET "/api/v1/rulesets/$ACTIVE/bundle" -o "$WORK/active.zip"
mkdir "$WORK/bundle"
(cd "$WORK/bundle" && unzip -q ../active.zip)
jq --arg run "$(date -u +%Y-%m-%dT%H:%M:%S.%NZ)" '.description += " (activation under load, " + $run + ")"' \
  "$WORK/bundle/ruleset.json" > "$WORK/ruleset.json"
mv "$WORK/ruleset.json" "$WORK/bundle/ruleset.json"
(cd "$WORK/bundle" && zip -q -r -X ../changed.zip .)
echo "active version ${ACTIVE:0:12}…; changed bundle $(stat -c %s "$WORK/changed.zip") bytes"

START=$(date +%s.%N)
"$DIR/fixed-rate.sh" --rate "$RATE" --duration "$DURATION" --warmup "$WARMUP" --batch "$BATCH" "$URL" \
  > "$WORK/load.txt" &
LOAD=$!
at() {  # waits until second $1 of the measured period (counted from launching the generator)
  local wait
  wait=$(echo "$START + $WARMUP + $1 - $(date +%s.%N)" | bc)
  if [ "$(echo "$wait > 0" | bc)" = 1 ]; then sleep "$wait"; fi
}

at "$UPLOAD_AT"
echo "$(now) upload starts"
NEW=$(api "$AUTHOR_AUTH" POST /api/v1/rulesets -H 'Content-Type: application/zip' --data-binary @"$WORK/changed.zip" \
  | jq -r .version)
echo "$(now) uploaded ${NEW:0:12}… (DRAFT); approve starts"
APPROVED=$(api "$APPROVER_AUTH" POST "/api/v1/rulesets/$NEW/approve" | jq -r '"\(.state) by \(.approver)"')
echo "$(now) approve answered: $APPROVED"
at "$ACTIVATE_AT"
echo "$(now) activate starts"
ACTIVATED=$(api "$APPROVER_AUTH" POST "/api/v1/rulesets/$NEW/activate" | jq -r '"\(.state), deciding \(.deciding)"')
echo "$(now) activate answered: $ACTIVATED"
DECIDED=$(api "${CREDO_AUTH:-Basic $(printf customs:customs | base64)}" POST /api/v1/decisions/inspection \
  -H 'Content-Type: application/json' -d '{"declarationId":"ACTIVATION-'"$(date +%s%N)"'",'\
'"enterpriseId":"91350600MA2Y8K3F13","customsMode":"9610","direction":"EXPORT","declaredValueCny":5200.00,'\
'"hsCode":"0306170000","declarationDate":"2026-11-26"}' | jq -r .rulesetVersion)
echo "$(now) a decision right after decided with ${DECIDED:0:12}… ($([ "$DECIDED" = "$NEW" ] && echo the new version \
  || echo NOT the new version))"

STATUS=0
wait "$LOAD" || STATUS=$?
LOAD=
cat "$WORK/load.txt"
exit "$STATUS"
