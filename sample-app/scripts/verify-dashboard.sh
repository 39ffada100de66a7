#!/usr/bin/env bash
# Proves docs/grafana/redis-pool-dashboard.json against a real Prometheus: starts the packaged
# sample (with its dev redis-server) and Prometheus scraping it every second, runs a load, then
# evaluates every query of every panel through Prometheus's HTTP API. Each must return at least
# one series with a number (not NaN). Everything listens on 127.0.0.1 only and is stopped on exit.
#
# Usage: sample-app/scripts/verify-dashboard.sh [extra arguments for the sample app...]
#   LOAD_THREADS (default 64) and LOAD_SECONDS (default 15) shape the load run.
# Needs java and curl; installs Debian's prometheus and jq with apt-get when they are missing.
set -euo pipefail

cd "$(dirname "$0")/../.."
dashboard=docs/grafana/redis-pool-dashboard.json
jar=sample-app/target/redis-pool-sample-app.jar
load_threads=${LOAD_THREADS:-64}
load_seconds=${LOAD_SECONDS:-15}
started=$(date +%s)

log() { printf '[verify-dashboard] %s\n' "$*"; }

install_missing() {
    local missing=()
    command -v prometheus >/dev/null 2>&1 || missing+=(prometheus)
    command -v jq >/dev/null 2>&1 || missing+=(jq)
    [ ${#missing[@]} -eq 0 ] && return
    log "installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # The package may start a system-wide Prometheus; this script runs its own.
    service prometheus stop >/dev/null 2>&1 || true
}

free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "no free port found" >&2
    return 1
}

await() { # await <seconds> <description> <command...>
    local limit=$1 what=$2
    shift 2
    for _ in $(seq 1 $((limit * 5))); do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    log "FAILED: $what within ${limit}s"
    return 1
}

work=$(mktemp -d)
app_pid=""
prometheus_pid=""
cleanup() {
    local status=$?
    for pid in $app_pid $prometheus_pid; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in $app_pid $prometheus_pid; do
        wait "$pid" 2>/dev/null || true
    done
    if [ $status -ne 0 ]; then
        log "last lines of the sample's log:"
        tail -n 20 "$work/app.log" 2>/dev/null || true
        log "last lines of Prometheus's log:"
        tail -n 20 "$work/prometheus.log" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

install_missing
if [ ! -f "$jar" ]; then
    log "packaging the sample"
    mvn -B -ntp -q -pl sample-app -am package -DskipTests
fi
log "$(prometheus --version 2>&1 | head -n 1)"

app_port=$(free_port)
prometheus_port=$(free_port)
# Nothing listens on this one, so the sample always starts its own redis-server.
unused_redis_port=$(free_port)

log "starting the sample on 127.0.0.1:$app_port"
java -jar "$jar" --server.address=127.0.0.1 --server.port="$app_port" \
    --redis.pool.host=127.0.0.1 --redis.pool.port="$unused_redis_port" "$@" >"$work/app.log" 2>&1 &
app_pid=$!
await 60 "the sample answering /actuator/health" curl -sf "http://127.0.0.1:$app_port/actuator/health"
grep -o 'Started a dev redis-server.*' "$work/app.log" | head -n 1 | sed 's/^/[verify-dashboard] /'

cat >"$work/prometheus.yml" <<YAML
global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: redis-pool-sample
    metrics_path: /actuator/prometheus
    static_configs:
      - targets: ["127.0.0.1:$app_port"]
YAML
log "starting Prometheus on 127.0.0.1:$prometheus_port"
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" \
    --web.listen-address="127.0.0.1:$prometheus_port" --log.level=warn >"$work/prometheus.log" 2>&1 &
prometheus_pid=$!
api="http://127.0.0.1:$prometheus_port/api/v1/query"
query() { curl -sf -G --data-urlencode "query=$1" "$api"; }
target_up() { query 'up{job="redis-pool-sample"} == 1' | jq -e '.data.result | length > 0'; }
await 60 "Prometheus scraping the sample" target_up

log "load run: $load_threads threads for ${load_seconds}s"
curl -sf -X POST "http://127.0.0.1:$app_port/load?threads=$load_threads&seconds=$load_seconds" >"$work/load.json"
jq -r '"  \(.operations) operations (\(.operationsPerSecond)/s), \(.errors) failed, refusals \(.refusals), p50 \(.latencyMillis.p50) ms, p99 \(.latencyMillis.p99) ms; pool max \(.pool.maxConnections), max-wait \(.pool.maxWait), peak in use \(.pool.peakInUse), peak pending \(.pool.peakPending)"' "$work/load.json"
sleep 3 # two more scrapes after the run

peak() { query "max(max_over_time($1[2m]))" | jq -r '.data.result[0].value[1] // "none"'; }
log "seen by Prometheus: peak in use $(peak redis_pool_connections_in_use_connections)," \
    "peak pending $(peak redis_pool_connections_pending_threads)," \
    "refusals $(query 'sum(redis_pool_too_many_connections_total)' | jq -r '.data.result[0].value[1] // "none"')"

log "evaluating every panel query of $dashboard"
failures=0
queries=0
while IFS=$'\t' read -r title ref expr; do
    queries=$((queries + 1))
    # Grafana's variables: every job, instance and pool; a rate window that covers the load run.
    promql=${expr//\$__rate_interval/1m}
    promql=${promql//\$job/.*}
    promql=${promql//\$instance/.*}
    promql=${promql//\$pool/.*}
    if ! answer=$(query "$promql"); then
        log "FAIL  $title [$ref]: Prometheus rejected the query: $promql"
        failures=$((failures + 1))
        continue
    fi
    series=$(jq '.data.result | length' <<<"$answer")
    numbers=$(jq '[.data.result[].value[1] | select(. != "NaN")] | length' <<<"$answer")
    example=$(jq -r '[.data.result[].value[1] | select(. != "NaN")][0] // "NaN"' <<<"$answer")
    if [ "$numbers" -gt 0 ]; then
        printf '[verify-dashboard] ok    %-36s [%s] %2d series, e.g. %s\n' "$title" "$ref" "$series" "$example"
    else
        log "FAIL  $title [$ref]: $series series, none with a number: $promql"
        failures=$((failures + 1))
    fi
done < <(jq -r '.panels[] | .title as $title | .targets[] | [$title, .refId, .expr] | @tsv' "$dashboard")

log "$((queries - failures)) of $queries queries returned data; took $(( $(date +%s) - started ))s"
[ "$failures" -eq 0 ]
