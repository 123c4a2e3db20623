#!/usr/bin/env bash
# Times starts of the packaged jar on an existing database: from `java -jar` to the first 200 of the
# demo pool's discovery document, plain `java -jar` with no flags (docs/performance.md, "Startup").
# The first start creates the database in a fresh data directory and is not counted.
#
#   src/bench/startup.sh                         # 5 starts of target/quarkus-app/quarkus-run.jar
#   RUNS=7 src/bench/startup.sh OLD.jar NEW.jar  # two builds, alternating, on the same database
#
# Copy target/quarkus-app elsewhere to keep a build for a before/after pair. The host's load moves
# single starts by a second or more: compare medians of alternating runs, never single starts.
# Builds of other Maven users skew it too: run it under the build lock
# (flock /tmp/gatehouse-build.lock src/bench/startup.sh ...).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${RUNS:=5}" "${PORT:=8093}"
JARS=("$@")
[ ${#JARS[@]} -gt 0 ] || JARS=(target/quarkus-app/quarkus-run.jar)
WORK=$(mktemp -d)
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT
URL=http://127.0.0.1:$PORT/us-east-1_DemoPool1/.well-known/openid-configuration

# start JAR LOG -> prints the milliseconds to the first 200, then stops the server
start() {
  local t0 t1
  t0=$(date +%s%N)
  QUARKUS_HTTP_PORT=$PORT GATEHOUSE_DATA_DIR=$WORK/data GATEHOUSE_PUBLIC_URL=http://127.0.0.1:$PORT \
    java -jar "$1" >"$2" 2>&1 &
  PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$URL")" = 200 ]; do
    kill -0 "$PID" 2>/dev/null || { tail -n 30 "$2" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill -TERM "$PID"; wait "$PID" 2>/dev/null || true
  PID=""
  echo $(((t1 - t0) / 1000000))
}

median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

start "${JARS[0]}" "$WORK/first.log" >/dev/null   # creates the database and imports the demo realm
declare -A TIMES
for run in $(seq 1 "$RUNS"); do
  line="run $run:"
  for i in "${!JARS[@]}"; do
    ms=$(start "${JARS[$i]}" "$WORK/run-$run-$i.log")
    TIMES[$i]="${TIMES[$i]:-} $ms"
    line="$line ${JARS[$i]} $ms ms;"
    sleep 1
  done
  echo "$line load $(cut -d' ' -f1 /proc/loadavg)"
done
for i in "${!JARS[@]}"; do
  # shellcheck disable=SC2086
  echo "median of $RUNS starts, ${JARS[$i]}: $(median ${TIMES[$i]}) ms"
done
