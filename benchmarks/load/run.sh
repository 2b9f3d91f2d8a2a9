#!/usr/bin/env bash
# Drives a running Credo service with wrk: a 10 s warm-up, then single inspection calls at 2, 8, 16 and 32
# connections (20 s each) and batches of 50 at 4 and 8 connections (20 s each), all with --latency. Prints the load
# average before each run and one `top` sample (service, wrk, PostgreSQL) taken mid-run.
# usage: [SINGLE="2 8 16 32"] [BATCH="4 8"] benchmarks/load/run.sh [base-url] [service-pid]
#        (defaults: http://127.0.0.1:28517, no top sample without the pid)
set -u
URL=${1:-http://127.0.0.1:28517}
SVC=${2:-}
DIR=$(cd "$(dirname "$0")" && pwd)
D=${DURATION:-20s}

sample() {  # one top sample of the service and wrk, half-way through a run
  sleep "${1}"
  if [ -n "$SVC" ]; then
    top -b -n 2 -d 2 | awk -v svc="$SVC" '/^top -/{n++} n<2{next} /^%Cpu/{print "  top: " $0}
      $1==svc{s+=$9} $12=="wrk"{w+=$9} $12=="postgres"{p+=$9}
      END{printf "  top: %%CPU (100 = one core): service %.0f, wrk %.0f, postgres %.0f\n", s, w, p}'
  fi
}

run() {  # label, connections, script
  echo "== $1, -c$2, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  sample 8 &
  wrk -t2 -c"$2" -d"$D" --latency -s "$DIR/$3" "$URL"
  wait
}

echo "== warm-up 10 s (single calls, -c8)"
wrk -t2 -c8 -d10s -s "$DIR/inspection.lua" "$URL" | tail -1
for c in ${SINGLE:-2 8 16 32}; do run "single" "$c" inspection.lua; done
for c in ${BATCH:-4 8}; do run "batch of 50" "$c" inspection-batch.lua; done
echo "== end, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
