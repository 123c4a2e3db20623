#!/usr/bin/env bash
# The load suite: builds Gatehouse, starts the packaged jar on embedded PostgreSQL with the benchmark
# realm (1,000 users), measures startup and idle memory, runs every scenario at each concurrency, and
# then does the same with Keycloak (../shared/bench/keycloak) in the same run, one server after the
# other, and prints the Gatehouse/Keycloak ratios. See docs/performance.md.
#
# Environment (all optional):
#   SCENARIOS=all            comma-separated subset (names: docs/performance.md)
#   CONNECTIONS=16,64        concurrencies; DURATION=30 and WARMUP=10 seconds per run
#   KEYCLOAK=1               0 skips the Keycloak side
#   KEYCLOAK_DIR             the Keycloak peer scripts (default ../shared/bench/keycloak)
#   DEFAULT_ARGON2=1         0 skips the password sign-in at Gatehouse's default Argon2id cost
#   BENCH_OUT                result folder (default target/bench/<time>)
#   MAVEN_ARGS               extra Maven arguments (e.g. -o); BUILD=0 uses what target/ holds
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
: "${SCENARIOS:=all}" "${CONNECTIONS:=16,64}" "${DURATION:=30}" "${WARMUP:=10}" "${KEYCLOAK:=1}"
: "${KEYCLOAK_DIR:=$ROOT/../shared/bench/keycloak}" "${DEFAULT_ARGON2:=1}" "${IDLE_SETTLE:=20}"
: "${BUILD:=1}"
: "${BENCH_OUT:=$ROOT/target/bench/$(date +%Y%m%d-%H%M%S)}"
PORT=8090
BASE="http://127.0.0.1:$PORT"
POOL=us-east-1_BenchPool1
prop() { sed -n "s/^$1=//p" src/bench/targets/gatehouse.properties; }
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
mkdir -p "$BENCH_OUT"
SUMMARY="$BENCH_OUT/summary.md"

if [ "$BUILD" = 1 ]; then
  log "building (packaged jar, test classes, classpath)"
  # shellcheck disable=SC2086
  ./mvnw -q -B ${MAVEN_ARGS:-} package -DskipTests
  # shellcheck disable=SC2086
  ./mvnw -q -B ${MAVEN_ARGS:-} test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
load() { java -cp "$CP" io.gatehouse.bench.load.LoadMain "$@"; }

GH_PID=""
stop_gatehouse() {
  if [ -n "$GH_PID" ] && kill -0 "$GH_PID" 2>/dev/null; then
    kill -TERM "$GH_PID"; wait "$GH_PID" 2>/dev/null || true
  fi
  GH_PID=""
}
trap stop_gatehouse EXIT

# start_gatehouse NAME DATA_DIR MEMORY_KIB ITERATIONS -> sets GH_PID, STARTUP_S, PG_PORT
start_gatehouse() {
  local name=$1 data=$2 memory=$3 iterations=$4 t0 code
  local logf="$BENCH_OUT/gatehouse-$name.log"
  t0=$(date +%s.%N)
  QUARKUS_HTTP_PORT=$PORT GATEHOUSE_PUBLIC_URL=$BASE GATEHOUSE_DATA_DIR=$data GATEHOUSE_IMPORT_DIR=$BENCH_OUT/realm \
  GATEHOUSE_BOOTSTRAP_ACCESS_KEY_ID=$(prop admin.access-key-id) \
  GATEHOUSE_BOOTSTRAP_SECRET_ACCESS_KEY=$(prop admin.secret-access-key) \
  GATEHOUSE_PASSWORD_MEMORY_KIB=$memory GATEHOUSE_PASSWORD_ITERATIONS=$iterations GATEHOUSE_PASSWORD_PARALLELISM=1 \
    java ${GATEHOUSE_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar >"$logf" 2>&1 &
  GH_PID=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/$POOL/.well-known/openid-configuration" || true)
    [ "$code" = 200 ] && break
    kill -0 "$GH_PID" 2>/dev/null || { tail -n 40 "$logf" >&2; log "Gatehouse exited during startup"; exit 1; }
    sleep 0.1
  done
  STARTUP_S=$(echo "$(date +%s.%N) - $t0" | bc -l)
  PG_PORT=$(sed -n 's/.*Embedded PostgreSQL started on port \([0-9]*\).*/\1/p' "$logf" | tail -n 1)
}

rss_mib() { awk '/^VmRSS:/ {print int($2 / 1024)}' "/proc/$1/status"; }

# run_gatehouse NAME MEMORY_KIB ITERATIONS SCENARIOS: fresh import, then a timed start on the existing database
run_gatehouse() {
  local name=$1 memory=$2 iterations=$3 scenarios=$4 data="$BENCH_OUT/data-$1" first rss_ready rss_idle
  log "Gatehouse ($name, Argon2id m=$memory KiB t=$iterations): first start imports the realm"
  start_gatehouse "$name-import" "$data" "$memory" "$iterations"
  first=$STARTUP_S
  stop_gatehouse
  start_gatehouse "$name" "$data" "$memory" "$iterations"
  rss_ready=$(rss_mib "$GH_PID")
  sleep "$IDLE_SETTLE"
  rss_idle=$(rss_mib "$GH_PID")
  printf '| Gatehouse (%s) | %.2f s | %.2f s | %s MiB | %s MiB |\n' "$name" "$first" "$STARTUP_S" "$rss_ready" "$rss_idle" \
    >>"$BENCH_OUT/startup.md"
  log "Gatehouse ready in $STARTUP_S s on the existing database (first start $first s); RSS $rss_ready MiB, idle $rss_idle MiB"
  load --target src/bench/targets/gatehouse.properties --label "gatehouse-$name" --scenarios "$scenarios" \
    --connections "$CONNECTIONS" --duration "$DURATION" --warmup "$WARMUP" --server-pid "$GH_PID" \
    --health-url "$BASE/q/health/ready" --jdbc-url "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
    --out "$BENCH_OUT/gatehouse-$name.tsv" | tee "$BENCH_OUT/gatehouse-$name.md" || log "some Gatehouse runs had errors"
  stop_gatehouse
}

mkdir -p "$BENCH_OUT/realm"
java -cp "$CP" io.gatehouse.bench.load.BenchRealm "$BENCH_OUT/realm/bench.json" 1000
printf '| server | first start (empty database) | start (existing database) | RSS at ready | RSS idle after %s s |\n|---|---:|---:|---:|---:|\n' \
  "$IDLE_SETTLE" >"$BENCH_OUT/startup.md"

run_gatehouse keycloak-argon2 7168 5 "$SCENARIOS"
if [ "$DEFAULT_ARGON2" = 1 ]; then
  run_gatehouse default-argon2 19456 2 password,code_flow
fi

if [ "$KEYCLOAK" = 1 ] && [ -x "$KEYCLOAK_DIR/start.sh" ]; then
  log "Keycloak: setup (idempotent), realm, then a timed start on the existing database"
  "$KEYCLOAK_DIR/setup.sh" >&2
  KC_FRESH=1 "$KEYCLOAK_DIR/start.sh" prod >&2
  "$KEYCLOAK_DIR/realm.sh" >&2
  src/bench/keycloak-app.sh >&2
  "$KEYCLOAK_DIR/stop.sh" >&2
  "$KEYCLOAK_DIR/start.sh" prod >&2
  KC_RESULTS=${KC_WORK_DIR:-${PEERS_DIR:-$HOME/peers}/keycloak}/results
  tail -n 1 "$KC_RESULTS/startup.tsv" | awk -F'\t' '{printf "| Keycloak | - | %.2f s | %d MiB | %d MiB |\n", $5, $7 / 1024, $8 / 1024}' \
    >>"$BENCH_OUT/startup.md"
  KC_JVM=$(cat "$KC_RESULTS/../keycloak-java.pid")
  load --target src/bench/targets/keycloak.properties --label keycloak --scenarios "$SCENARIOS" \
    --connections "$CONNECTIONS" --duration "$DURATION" --warmup "$WARMUP" --server-pid "$KC_JVM" \
    --jdbc-url "jdbc:postgresql://127.0.0.1:5432/keycloak" --jdbc-user keycloak --jdbc-password keycloak \
    --out "$BENCH_OUT/keycloak.tsv" | tee "$BENCH_OUT/keycloak.md" || log "some Keycloak runs had errors"
  "$KEYCLOAK_DIR/stop.sh" >&2
fi

{
  echo "# Load suite $(date -Is), $(nproc) cores, duration ${DURATION}s, connections $CONNECTIONS"
  echo; echo "## Startup and memory"; echo; cat "$BENCH_OUT/startup.md"
  for f in "$BENCH_OUT"/gatehouse-*.md "$BENCH_OUT"/keycloak.md; do
    [ -f "$f" ] || continue
    echo; echo "## $(basename "$f" .md)"; echo; cat "$f"
  done
  if [ -f "$BENCH_OUT/keycloak.tsv" ]; then
    echo; echo "## Gatehouse / Keycloak (Argon2id at Keycloak's cost)"; echo
    java -cp "$CP" io.gatehouse.bench.load.LoadCompare "$BENCH_OUT/gatehouse-keycloak-argon2.tsv" "$BENCH_OUT/keycloak.tsv"
  fi
} >"$SUMMARY"
cat "$SUMMARY"
log "results in $BENCH_OUT"
