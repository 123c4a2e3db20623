#!/usr/bin/env bash
# Regenerates the list of classes Gatehouse loads while it starts on an existing database
# (src/main/resources/META-INF/gatehouse/startup-classes.txt), which platform.StartupClassPreloader
# loads on a second thread at start (docs/operations.md, "Start-up time and memory").
# Run it after a change that alters what starts (extensions, Quarkus version, start-up observers);
# a stale list costs start-up time, never correctness. Uses the jar in target/quarkus-app
# (build it first: ./mvnw -o -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=src/main/resources/META-INF/gatehouse/startup-classes.txt
PORT=${PORT:-8092}
WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
PID=""

start() {
  QUARKUS_HTTP_PORT=$PORT GATEHOUSE_DATA_DIR=$WORK/data GATEHOUSE_PUBLIC_URL=http://127.0.0.1:$PORT \
  GATEHOUSE_STARTUP_PRELOAD_CLASSES=false java "$@" -jar target/quarkus-app/quarkus-run.jar >"$WORK/log" 2>&1 &
  PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/us-east-1_DemoPool1/.well-known/openid-configuration"; do
    kill -0 "$PID" 2>/dev/null || { tail -n 30 "$WORK/log" >&2; exit 1; }
    sleep 0.1
  done
}
stop() { kill -TERM "$PID"; wait "$PID" 2>/dev/null || true; }

start                       # the first start creates the database and imports the demo realm
stop
start "-Xlog:class+load=info:file=$WORK/classes.log:uptime"
cp "$WORK/classes.log" "$WORK/ready.log"   # what was loaded up to the first answered request
stop

mkdir -p "$(dirname "$OUT")"
{
  echo "# Classes loaded by a start on an existing database, in load order; written by src/bench/startup-classes.sh."
  grep -E 'source: (jar:)?file:.*/quarkus-app/(app|lib/main|quarkus)/' "$WORK/ready.log" \
    | awk '{print $2}' \
    | grep -v -e '\$\$Lambda' -e '/0x'
} > "$OUT"
echo "$(($(wc -l < "$OUT") - 1)) classes written to $OUT"
