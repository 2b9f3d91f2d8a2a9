#!/usr/bin/env bash
# The database side of a proof: times inclusion and consistency proofs in a tree of 1,000,000 leaves read one
# log_node row at a time against one planned (level, idx) IN (...) query (ProofReads.java), on PostgreSQL, in a table
# of its own (proof_bench_node: the subtree hashes of 2^20 leaves, 2,097,150 rows, dropped at the end).
#
# Build the verifier once (no install):  ./mvnw -B -o -q -pl audit-verifier compile
# usage: benchmarks/seed/proof-reads.sh <database name> [samples (default 2000)]
#   connects to 127.0.0.1:5432 as credo/credo (PGPASSWORD=credo for psql).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DB=$1
N=${2:-2000}
JDBC=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -n 1)
export PGPASSWORD=${PGPASSWORD:-credo}
psql -h 127.0.0.1 -U credo -d "$DB" -q -v ON_ERROR_STOP=1 <<'SQL'
DROP TABLE IF EXISTS proof_bench_node;
CREATE TABLE proof_bench_node (level SMALLINT NOT NULL, idx BIGINT NOT NULL, hash BYTEA NOT NULL);
INSERT INTO proof_bench_node SELECT l, i, SHA256(INT8SEND(i * 64 + l))
  FROM GENERATE_SERIES(0, 19) l, LATERAL GENERATE_SERIES(0, (1048576 >> l) - 1) i;
ALTER TABLE proof_bench_node ADD PRIMARY KEY (level, idx);
ANALYZE proof_bench_node;
SQL
trap 'psql -h 127.0.0.1 -U credo -d "$DB" -q -c "DROP TABLE IF EXISTS proof_bench_node"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$JDBC:$ROOT/audit-verifier/target/classes" "$ROOT/benchmarks/seed/ProofReads.java" \
  "jdbc:postgresql://127.0.0.1:5432/$DB" "$N"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
