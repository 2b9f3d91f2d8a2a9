#!/usr/bin/env bash
# The fault suite (org.credo.benchmarks.faults.FaultSuite) on the packaged service: packages the embedded-H2 build and
# the production build (PostgreSQL, JWT), keeps a copy of each, and runs kill -9 (3 rounds), SIGTERM, disk full,
# PostgreSQL stopped and started, and a locked audit table under load. One summary line per scenario; exits 1 when
# any check fails. Runs as root (the disk-full scenario mounts a small tmpfs; PostgreSQL's programs then run as the
# postgres user) and needs PostgreSQL's programs (CREDO_PG_BIN, default the newest /usr/lib/postgresql/*/bin); it
# makes its own throw-away cluster on port 55432 and never touches another server.
# usage: benchmarks/faults/run.sh [work dir] [first port]   (defaults: a fresh temporary directory, 18140 to 18142:
#   the H2 build, the production build, its management interface)
#   MVN (default ./mvnw -B -q) runs Maven; set SKIP_PACKAGE=1 to reuse the packages of an earlier run in the work dir;
#   CREDO_FAULTS_ONLY=disk-full runs the disk-full scenario alone (the production build is then not needed);
#   CREDO_FAULTS_SKIP=disk-full runs every other scenario.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${1:-$(mktemp -d -t credo-faults-XXXXXX)}
PORT=${2:-18140}
MVN=${MVN:-./mvnw -B -q}
CREDO_PG_BIN=${CREDO_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}
export CREDO_PG_BIN
mkdir -p "$WORK"
chmod 755 "$WORK"  # the throw-away PostgreSQL cluster inside runs as the postgres user
cd "$ROOT"
if [ -z "${SKIP_PACKAGE:-}" ]; then
  echo "== packaging the embedded-H2 build and the production build"
  $MVN -pl engine-service -am package -DskipTests
  rm -rf "$WORK/h2-app" && cp -a engine-service/target/quarkus-app "$WORK/h2-app"
  $MVN -pl engine-service -am package -DskipTests -Dquarkus.profile=production
  rm -rf "$WORK/production-app" && cp -a engine-service/target/quarkus-app "$WORK/production-app"
  $MVN -pl benchmarks -am package -DskipTests
fi
echo "== fault suite (work dir $WORK)"
exec java -Xmx512m -cp benchmarks/target/benchmarks.jar org.credo.benchmarks.faults.FaultSuite \
  "$WORK/h2-app" "$WORK/production-app" "$WORK/run" "$PORT"
