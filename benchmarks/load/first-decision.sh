#!/usr/bin/env bash
# Start-up to the first decision: launches the packaged service and prints the seconds from launching `java` to the
# first HTTP 200 of an inspection decision (polled every 50 ms), and the CPU seconds the process had used by then.
# Run it twice on one data directory for a first start (empty: imports the shipped bundle) and a second start.
# usage: benchmarks/load/first-decision.sh <quarkus-app dir> <data dir> [java options...]
#   e.g. benchmarks/load/first-decision.sh engine-service/target/quarkus-app "$(mktemp -d)"
#        benchmarks/load/first-decision.sh engine-service/target/quarkus-app /tmp/d -XX:SharedArchiveFile=app-cds.jsa
#   (java runs inside the quarkus-app directory, where the class-data archive must be used from.)
#   PORT (default 28600) chooses the port; the service's log goes to $TMPDIR/first-decision-$PORT.log.
set -eu
APP=$(cd "$1" && pwd)
DATA=$(mkdir -p "$2" && cd "$2" && pwd)
shift 2
PORT=${PORT:-28600}
LOG=${TMPDIR:-/tmp}/first-decision-$PORT.log
BODY='{"declarationId":"D-START-'$RANDOM$RANDOM'","enterpriseId":"91350600MA2Y8K3F13","customsMode":"9610",'
BODY+='"direction":"EXPORT","hsCode":"8471300000","declaredValueCny":5200.00,"declarationDate":"2026-11-01"}'
start=$(date +%s.%N)
(cd "$APP" && exec java "$@" -Dquarkus.http.port="$PORT" -Dcredo.data-dir="$DATA" -jar quarkus-run.jar) >"$LOG" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' -u customs:customs -H 'Content-Type: application/json' \
    -d "$BODY" "http://127.0.0.1:$PORT/api/v1/decisions/inspection")" = 200 ]; do
  kill -0 $pid 2>/dev/null || { echo "the service stopped; see $LOG" >&2; exit 1; }
  sleep 0.05
done
end=$(date +%s.%N)
cpu=$(awk '{print ($14 + $15) / 100}' /proc/$pid/stat)
echo "first decision after $(echo "$end - $start" | bc) s; CPU used by then $cpu s"
