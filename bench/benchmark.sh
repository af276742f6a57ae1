#!/usr/bin/env bash
# Times the staff dashboard and the network summary (median and p95 over repeated requests),
# signed in as staff through the sign-in form like a browser (CSRF token, cookie jar). See
# docs/performance.md for the method and the figures.
#
#   bench/benchmark.sh                    the app at http://localhost:8080
#   BASE_URL=http://localhost:18086 N=50 bench/benchmark.sh
#
# If nothing answers at BASE_URL, it starts the packaged app (target/follow-on-*.jar, so run
# ./mvnw -DskipTests package first) on BASE_URL's port and stops it when done.
# Settings: BASE_URL, N (timed requests per page, 30), WARMUP (untimed first, 10), STAFF_EMAIL,
# STAFF_PASSWORD, PAGES (space-separated paths).
set -euo pipefail
cd "$(dirname "$0")/.."

BASE_URL=${BASE_URL:-http://localhost:8080}
N=${N:-30}
WARMUP=${WARMUP:-10}
STAFF_EMAIL=${STAFF_EMAIL:-staff@example.org}
STAFF_PASSWORD=${STAFF_PASSWORD:-followon-demo}
PAGES=${PAGES:-/network/groups /network/groups?status=ACTIVE&sort=oldest /network/summary}

work=$(mktemp -d)
started=""
cleanup() {
  if [ -n "$started" ]; then kill "$started" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if ! curl -fs -o /dev/null "$BASE_URL/actuator/health"; then
  jar=$(ls target/follow-on-*.jar 2>/dev/null | head -1 || true)
  [ -n "$jar" ] || { echo "Nothing at $BASE_URL and no target/follow-on-*.jar: run ./mvnw -DskipTests package" >&2; exit 1; }
  port=${BASE_URL##*:}; port=${port%%/*}
  echo "Starting $jar on port $port..."
  java -jar "$jar" --server.port="$port" > "$work/app.log" 2>&1 &
  started=$!
  for _ in $(seq 1 180); do
    curl -fs -o /dev/null "$BASE_URL/actuator/health" && break
    kill -0 "$started" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 1
  done
fi

jar="$work/cookies"
csrf=$(curl -fs -c "$jar" -b "$jar" "$BASE_URL/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
[ -n "$csrf" ] || { echo "No CSRF token on the sign-in page" >&2; exit 1; }
landing=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
  --data-urlencode "email=$STAFF_EMAIL" --data-urlencode "password=$STAFF_PASSWORD" --data-urlencode "_csrf=$csrf" \
  "$BASE_URL/sign-in")
case "$landing" in
  *sign-in*|"") echo "Signing in as $STAFF_EMAIL failed (sent to '$landing')" >&2; exit 1 ;;
esac

echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo); $N requests a page after $WARMUP to warm up"
printf '%-42s %8s %8s %8s %8s\n' page status median p95 max
for page in $PAGES; do
  status=$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$BASE_URL$page")
  if [ "$status" != 200 ]; then
    printf '%-42s %8s %s\n' "$page" "$status" "(not measured)"
    continue
  fi
  for _ in $(seq 1 "$WARMUP"); do curl -s -b "$jar" -o /dev/null "$BASE_URL$page"; done
  : > "$work/times"
  for _ in $(seq 1 "$N"); do
    curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "$BASE_URL$page" >> "$work/times"
  done
  # Nearest-rank median and p95, in milliseconds.
  sort -n "$work/times" | awk -v page="$page" -v status="$status" '
    { t[NR] = $1 * 1000 }
    END {
      m = t[int((NR + 1) / 2)]; p = t[int(NR * 0.95 + 0.999999)]
      printf "%-42s %8s %6.0fms %6.0fms %6.0fms\n", page, status, m, p, t[NR]
    }'
done
