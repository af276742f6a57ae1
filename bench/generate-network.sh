#!/usr/bin/env bash
# Builds a large synthetic network (10 years, 2,000 PMPs, 1,000 groups, 100,000 meetings,
# 1,000,000 attendance records) in the database the app uses, for bench/benchmark.sh. See
# docs/performance.md.
#
#   bench/generate-network.sh           add it (refused if it is already there)
#   bench/generate-network.sh --clean   remove it, then add it again
#   bench/generate-network.sh --remove  remove it only
#
# The database: PGHOST/PGPORT/PGUSER/PGDATABASE if PGPORT is set; else SPRING_DATASOURCE_URL
# (with SPRING_DATASOURCE_USERNAME/PASSWORD); else the embedded PostgreSQL of an app started from
# this directory (its port is in data/postgres/postmaster.pid, so start the app first). The SQL
# refuses a database without the demo staff account, so it cannot fill a production database.
set -euo pipefail
cd "$(dirname "$0")/.."

PSQL=${PSQL:-/usr/lib/postgresql/15/bin/psql}
[ -x "$PSQL" ] || PSQL=psql

if [ -z "${PGPORT:-}" ]; then
  if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
    # jdbc:postgresql://host:port/database?...
    rest=${SPRING_DATASOURCE_URL#jdbc:postgresql://}
    hostport=${rest%%/*}
    export PGHOST=${hostport%%:*}
    export PGPORT=$([[ $hostport == *:* ]] && echo "${hostport##*:}" || echo 5432)
    db=${rest#*/}
    export PGDATABASE=${db%%\?*}
    export PGUSER=${SPRING_DATASOURCE_USERNAME:-postgres}
    export PGPASSWORD=${SPRING_DATASOURCE_PASSWORD:-}
  else
    pidfile=${FOLLOWON_PG_DATA:-data/postgres}/postmaster.pid
    if [ ! -f "$pidfile" ]; then
      echo "No running embedded PostgreSQL ($pidfile is missing). Start the app first (./mvnw spring-boot:run)," >&2
      echo "or set PGPORT or SPRING_DATASOURCE_URL." >&2
      exit 1
    fi
    export PGHOST=localhost PGPORT=$(sed -n 4p "$pidfile") PGUSER=postgres PGDATABASE=postgres
  fi
fi

run() { "$PSQL" -X -q -v ON_ERROR_STOP=1 -f "$1"; }

echo "Database: $PGHOST:$PGPORT/$PGDATABASE as $PGUSER"
case "${1:-}" in
  --clean) run bench/clean-network.sql; echo "Removed the synthetic network." ;;
  --remove) run bench/clean-network.sql; echo "Removed the synthetic network."; exit 0 ;;
  "") ;;
  *) echo "Usage: $0 [--clean|--remove]" >&2; exit 2 ;;
esac
start=$(date +%s)
run bench/generate-network.sql
echo "Generated in $(( $(date +%s) - start )) s."
