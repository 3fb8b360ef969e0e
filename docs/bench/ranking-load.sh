#!/usr/bin/env bash
# Load test of the ranking page (docs/performance.md, "Server: ranking page"); not part of the test run.
# Needs a built tree (./mvnw -B package -DskipTests: target/server/wildfly-* and app-ear/target/kaohe.ear) and Java 17.
# Starts a separate WildFly (own base directory and H2 database under $WORK, port offset $OFFSET), makes a period of
# $UNITS villages through the REST API, scores it, and lets $USERS signed-in users request the ranking page for
# $SECONDS seconds (after a 10 s warm-up). Prints p50/p95/p99. The server's heap is WildFly's default (-Xmx512m)
# unless JBOSS_JAVA_SIZING says otherwise, e.g. JBOSS_JAVA_SIZING="-Xms1g -Xmx1g".
#   docs/bench/ranking-load.sh [units=1000] [users=50] [seconds=60] [think time ms=2000]
# Two measurements on the same scored run: users requesting back to back (a stress test: latency = users ÷
# throughput), then users who read the page between requests (think time uniform 0.5–1.5 × the given mean).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
UNITS=${1:-1000}
USERS=${2:-50}
SECONDS_=${3:-60}
THINK=${4:-2000}
OFFSET=${OFFSET:-700}
WORK=${WORK:-$(mktemp -d /tmp/kaohe-load.XXXXXX)}
PASSWORD=${PASSWORD:-Load-admin-$(date +%s)}
PORT=$((8080 + OFFSET))
SERVER_HOME=$(ls -d "$ROOT"/target/server/wildfly-* | head -n 1)

cp -r "$SERVER_HOME/standalone" "$WORK/base"
cp "$ROOT/app-ear/target/kaohe.ear" "$WORK/base/deployments/"
LAUNCH_JBOSS_IN_BACKGROUND=1 "$SERVER_HOME/bin/standalone.sh" -c standalone.xml -Djboss.server.base.dir="$WORK/base" \
    -Djboss.socket.binding.port-offset="$OFFSET" -Dkaohe.data.dir="$WORK/data" \
    -Dkaohe.admin.login=admin -Dkaohe.admin.password="$PASSWORD" > "$WORK/server.out" 2>&1 &
SERVER=$!
# LAUNCH_JBOSS_IN_BACKGROUND: standalone.sh passes the TERM on to the server's JVM and waits for it
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
if curl -fs "http://127.0.0.1:$PORT/kaohe/api/health" > /dev/null; then
  echo "port $PORT is taken by another server: stop it or choose OFFSET=…"; exit 1
fi
for _ in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:$PORT/kaohe/api/health" > /dev/null; then break; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/kaohe/api/health" > /dev/null || { echo "server did not start: $WORK/server.out"; exit 1; }
echo "server up on $PORT (work dir $WORK); load $(cut -d' ' -f1-3 /proc/loadavg)"
java "$ROOT/docs/bench/RankingLoad.java" "http://127.0.0.1:$PORT/kaohe/" admin "$PASSWORD" "$UNITS" "$USERS" "$SECONDS_" \
    | tee "$WORK/back-to-back.txt"
RUN=$(sed -n 's/^run \([0-9]*\) of .*/\1/p' "$WORK/back-to-back.txt")
echo "load between: $(cut -d' ' -f1-3 /proc/loadavg)"
java "$ROOT/docs/bench/RankingLoad.java" "http://127.0.0.1:$PORT/kaohe/" admin "$PASSWORD" "$UNITS" "$USERS" "$SECONDS_" \
    "$RUN" "$THINK"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
