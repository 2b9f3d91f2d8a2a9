#!/usr/bin/env bash
# Seeds a running Credo service with N real inspection decisions (org.credo.benchmarks.seed.Seeder): batches posted
# to /api/v1/decisions/inspection/batch from many threads, so every decision takes the service's own code path
# (evaluation with the active rule set, audit record, Merkle log). Prints progress every 10 s and the final rate.
#
# Build once (no install):  ./mvnw -B -o -q -pl benchmarks -am package -DskipTests
# usage: benchmarks/seed/seed.sh [--url http://127.0.0.1:18200] [--count 100000] [--batch 200] [--threads 8]
#                                [--run-id X] [--last-day 2026-11-26]
#   Authorization: $CREDO_AUTH (e.g. "Bearer <jwt>" for the production profile), else customs:customs.
#   Declaration dates spread over the 366 days up to --last-day, enterprises over 1,000 codes; ids are fresh per run.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR="$ROOT/benchmarks/target/benchmarks.jar"
if [ ! -f "$JAR" ]; then
  echo "missing $JAR; build it with: ./mvnw -B -o -q -pl benchmarks -am package -DskipTests" >&2
  exit 2
fi
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:--Xms128m -Xmx512m} -cp "$JAR" org.credo.benchmarks.seed.Seeder "$@"
