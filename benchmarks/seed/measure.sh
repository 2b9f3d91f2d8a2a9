#!/usr/bin/env bash
# History at volume: times the reads of a seeded Credo service (benchmarks/seed/seed.sh) one request after another,
# so each latency is the service's own (curl's time_total; no concurrent load), and prints p50/p99/max per read:
#   inclusion proof (a receipt: leaf + inclusion proof + checkpoint) of random decisions, consistency proof between
#   random pairs of stored checkpoints, the console overview over 366 days, console searches by outcome, by type and
#   by enterprise, the API search by type and by a date range, and the average stored inspection record.
# usage: benchmarks/seed/measure.sh <base-url> <psql connection string> [samples (default 200)]
#   Authorization: $AUDITOR_AUTH (e.g. "Bearer <jwt>" with the auditor role), else auditor:auditor.
set -eu
URL=$1
DB=$2
N=${3:-200}
AUTH=${AUDITOR_AUTH:-Basic $(printf auditor:auditor | base64)}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

sql() { psql "$DB" -Atq -c "$1"; }
times() {  # name, file of paths: GETs each path, then prints the percentiles of time_total (ms)
  local name=$1 paths=$2 status
  : > "$WORK/t"
  while read -r path; do
    status=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: $AUTH" "$URL$path")
    [ "${status%% *}" = 200 ] || echo "  $name: $path answered ${status%% *}" >&2
    echo "${status#* }" >> "$WORK/t"
  done < "$paths"
  sort -g "$WORK/t" | awk -v name="$name" '{ v[NR] = $1 * 1000 } END {
    i50 = int(NR * 0.50 + 0.5); i99 = int(NR * 0.99 + 0.5); if (i99 < 1) i99 = 1
    printf "%-34s n=%4d  p50 %8.1f ms  p99 %8.1f ms  max %8.1f ms\n", name, NR, v[i50], v[i99], v[NR] }'
}

SIZE=$(sql "SELECT tree_size FROM log_head")
echo "records: $(sql "SELECT COUNT(*) FROM decision_record") (tree size $SIZE), checkpoints: \
$(sql "SELECT COUNT(*) FROM log_checkpoint")"
sql "SELECT 'inspection record: ' || COUNT(*) || ' sampled, canonical JSON body avg ' || AVG(OCTET_LENGTH(content))::int
  || ' B, stored body avg ' || AVG(PG_COLUMN_SIZE(content))::int || ' B, stored row avg '
  || AVG(PG_COLUMN_SIZE(t.*))::int || ' B' FROM decision_record t TABLESAMPLE SYSTEM (1)
  WHERE decision_type = 'inspection'"
# decision_record is partitioned by month on PostgreSQL (V90): its size is the sum of its partitions'
sql "SELECT 'decision_record table + indexes: ' || PG_SIZE_PRETTY((SELECT SUM(PG_TOTAL_RELATION_SIZE(relid))
    FROM PG_PARTITION_TREE('decision_record'))::bigint)
  || ', decision_key: ' || PG_SIZE_PRETTY(PG_TOTAL_RELATION_SIZE('decision_key'))
  || ', log_node: ' || PG_SIZE_PRETTY(PG_TOTAL_RELATION_SIZE('log_node'))
  || ', decision_day rows: ' || (SELECT COUNT(*) FROM decision_day)"

sql "SELECT '/api/v1/decisions/' || decision_id || '/receipt' FROM decision_record
  WHERE sequence IN (SELECT 1 + (RANDOM() * ($SIZE - 1))::bigint FROM GENERATE_SERIES(1, $N))" > "$WORK/receipts"
times "inclusion proof (receipt)" "$WORK/receipts"

sql "SELECT '/api/v1/audit/consistency?from=' || LEAST(a, b) || '&to=' || GREATEST(a, b) FROM (
  SELECT (SELECT tree_size FROM log_checkpoint ORDER BY RANDOM() LIMIT 1) AS a,
         (SELECT tree_size FROM log_checkpoint ORDER BY tree_size DESC LIMIT 1) AS b FROM GENERATE_SERIES(1, $N)) p" \
  > "$WORK/consistency"
times "consistency proof (to the latest)" "$WORK/consistency"

for _ in $(seq 1 20); do echo "/console?days=366"; done > "$WORK/overview"
times "console overview, 366 days" "$WORK/overview"

sql "SELECT enterprise_id FROM decision_record
  WHERE sequence IN (SELECT 1 + (RANDOM() * ($SIZE - 1))::bigint FROM GENERATE_SERIES(1, $((N / 4))))" \
  > "$WORK/enterprises"
i=0
while read -r enterprise; do
  echo "/console/decisions?outcome=selected&page=$((i % 40))" >> "$WORK/by-outcome"
  echo "/console/decisions?type=inspection&outcome=NOT-SELECTED&page=$((i * 997 % 4000))" >> "$WORK/by-type-outcome"
  echo "/console/decisions?enterpriseId=$enterprise&page=$((i % 3))" >> "$WORK/by-enterprise"
  echo "/console/decisions?page=$((i * 31 % 1000))" >> "$WORK/all"
  i=$((i + 1))
done < "$WORK/enterprises"
times "console search: outcome" "$WORK/by-outcome"
times "console search: type + outcome, deep pages" "$WORK/by-type-outcome"
times "console search: enterprise" "$WORK/by-enterprise"
times "console search: no filter" "$WORK/all"
TODAY=$(date -u +%Y-%m-%d)
for i in $(seq 1 $((N / 2))); do
  echo "/api/v1/decisions?type=inspection&page=$((i * 13 % 500))&size=20" >> "$WORK/api-by-type"
  echo "/api/v1/decisions?from=$TODAY&to=$TODAY&page=$((i % 50))&size=20" >> "$WORK/api-by-day"
done
times "API search: type" "$WORK/api-by-type"
times "API search: date range (today, UTC)" "$WORK/api-by-day"
