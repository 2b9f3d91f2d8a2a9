#!/usr/bin/env bash
# Open-loop, fixed-rate load on a running Credo service (org.credo.benchmarks.load.FixedRateLoad): requests start on
# a fixed schedule whatever the server does, latency is measured from each request's intended start (coordinated
# omission corrected), and a request that finds every connection busy is counted late and sent when one frees.
# Prints p50/p90/p99/p99.9/max, the achieved rate, non-2xx and transport errors, and one line per second.
#
# Build once (no install):  ./mvnw -B -o -q -pl benchmarks -am package -DskipTests
# usage: benchmarks/load/fixed-rate.sh [--rate 1000] [--duration 30] [--warmup 10] [--batch 0] [--connections 32]
#                                      [--timeout 30] [base-url]        (default http://127.0.0.1:8080)
#   --rate is requests per second (batches per second with --batch 50); --batch 0 posts single declarations.
#   Authorization: $CREDO_AUTH (e.g. "Bearer <jwt>" for the production profile), else customs:customs.
#   JAVA_OPTS are passed to the JVM (default: a small heap and the serial collector, to keep the client light).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR="$ROOT/benchmarks/target/benchmarks.jar"
if [ ! -f "$JAR" ]; then
  echo "missing $JAR; build it with: ./mvnw -B -o -q -pl benchmarks -am package -DskipTests" >&2
  exit 2
fi
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:--Xms256m -Xmx512m -XX:+UseSerialGC} \
  -cp "$JAR" org.credo.benchmarks.load.FixedRateLoad "$@"
