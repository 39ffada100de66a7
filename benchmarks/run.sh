#!/usr/bin/env bash
# Runs every benchmark against one local redis-server and writes a Markdown report.
#
#   benchmarks/run.sh                  full run, about 10-15 minutes
#   benchmarks/run.sh --quick          everything once, briefly, to try the script (about 2 minutes)
#   benchmarks/run.sh --update-docs    also puts the report into docs/performance.md
#
# Other options: --out DIR (default benchmarks/target/results), --rounds 3, --warmup 1s,
# --duration 1500ms, --skip-jmh, --skip-load. Needs java 17+, mvn, redis-server and redis-benchmark
# (Debian: apt-get install redis-server redis-tools). The 1-thread rows run with the client and
# the server pinned to CPU 0 (taskset), so that the scheduler cannot decide them.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/benchmarks/target/results"
jmh_mode=full
rounds=3
warmup=1s
duration=1500ms
run_jmh=true
run_load=true
update_docs=false

while [ $# -gt 0 ]; do
    case "$1" in
        --quick) jmh_mode=quick; rounds=1; warmup=300ms; duration=700ms ;;
        --update-docs) update_docs=true ;;
        --out) out="$(mkdir -p "$2" && cd "$2" && pwd)"; shift ;;
        --rounds) rounds="$2"; shift ;;
        --warmup) warmup="$2"; shift ;;
        --duration) duration="$2"; shift ;;
        --skip-jmh) run_jmh=false ;;
        --skip-load) run_load=false ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

for tool in java mvn redis-server redis-cli redis-benchmark; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$tool is not on PATH; on Debian: apt-get install redis-server redis-tools (and a JDK 17, maven)" >&2
        exit 1
    fi
done

mkdir -p "$out"
rm -f "$out"/*.tsv "$out"/report.md
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

log "Building the benchmarks module"
(cd "$root" && mvn -B -q -ntp -pl benchmarks -am package -DskipTests \
    org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/classpath.txt")
# Run from a copy, so that a rebuild of the working tree during the run cannot swap classes.
rm -rf "$out/lib" && mkdir -p "$out/lib"
cp -r "$root/benchmarks/target/classes" "$out/lib/benchmarks-classes"
classpath="$out/lib/benchmarks-classes"
IFS=: read -r -a entries <"$out/classpath.txt" || true  # the file ends without a line break
for entry in "${entries[@]}"; do
    case "$entry" in
        "$root"/*) cp "$entry" "$out/lib/" && entry="$out/lib/$(basename "$entry")" ;;
    esac
    classpath="$classpath:$entry"
done
java_opts=(-Xms1g -Xmx1g -cp "$classpath")
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

port=""
for candidate in $(shuf -i 20000-40000 -n 20); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
        port=$candidate
        break
    fi
done
[ -n "$port" ] || { echo "No free port found" >&2; exit 1; }

log "Starting redis-server on port $port"
redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --protected-mode no \
    --dir "$out" --logfile "$out/redis.log" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    [ "$(redis-cli -p "$port" ping 2>/dev/null)" = PONG ] && break
    sleep 0.1
done
[ "$(redis-cli -p "$port" ping)" = PONG ] || { echo "redis-server did not start; see $out/redis.log" >&2; exit 1; }

if $run_jmh; then
    log "JMH ($jmh_mode): pool, RESP, allocation per GET; log in $out/jmh.log"
    java "${java_opts[@]}" io.redispool.benchmarks.JmhSuite --mode "$jmh_mode" --redis-port "$port" \
        --out "$out/jmh.tsv" >"$out/jmh.log" 2>&1 || { tail -40 "$out/jmh.log" >&2; exit 1; }
fi

load_files=()
if $run_load; then
    load_opts=(--port "$port" --rounds "$rounds" --warmup "$warmup" --duration "$duration")
    if command -v taskset >/dev/null 2>&1; then
        log "Load, 1 thread, client and server pinned to CPU 0"
        server_mask=$(taskset -p "$server_pid" | awk '{print $NF}')
        taskset -a -p -c 0 "$server_pid" >/dev/null
        taskset -c 0 java "${java_opts[@]}" io.redispool.benchmarks.load.LoadGenerator "${load_opts[@]}" \
            --threads 1 --pipelines none --out "$out/load-1-thread.tsv"
        taskset -a -p "$server_mask" "$server_pid" >/dev/null
        load_files+=("$out/load-1-thread.tsv")
        threads=8,64
    else
        log "taskset not found: the 1-thread rows run unpinned"
        threads=1,8,64
    fi
    log "Load, $threads threads and pipelines"
    java "${java_opts[@]}" io.redispool.benchmarks.load.LoadGenerator "${load_opts[@]}" \
        --threads "$threads" --pipelines 16,100 --pipeline-threads 8 --out "$out/load.tsv"
    load_files+=("$out/load.tsv")
fi

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || true)
memory=$(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GB"}' || true)
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
machine="$(date -u '+%Y-%m-%d %H:%M UTC'): $(nproc) cores (${cpu:-unknown CPU}), ${memory:-unknown memory}, \
shared by the server and the clients; $(uname -sr); $(java -version 2>&1 | head -1); \
$(redis-server --version | awk '{print $1, $2, $3}'); JMH $jmh_mode; load: ${rounds} round(s) of \
${warmup} warm-up + ${duration} measured per client and workload, clients taking turns. \
Load average (1, 5, 15 min) before the run: $load_before; after: $load_after."
load_list=$(IFS=,; echo "${load_files[*]:-}")
jmh_file=""
[ -f "$out/jmh.tsv" ] && jmh_file="$out/jmh.tsv"
java "${java_opts[@]}" io.redispool.benchmarks.report.MarkdownReport --load "$load_list" --jmh "$jmh_file" \
    --machine "$machine" --out "$out/report.md"
log "Report: $out/report.md"

if $update_docs; then
    doc="$root/docs/performance.md"
    begin='<!-- results:begin -->'
    end='<!-- results:end -->'
    if ! grep -qxF "$begin" "$doc" || ! grep -qxF "$end" "$doc"; then
        echo "$doc has no '$begin' / '$end' lines to put the report between" >&2
        exit 1
    fi
    awk -v begin="$begin" -v end="$end" -v report="$out/report.md" '
        $0 == begin { print; while ((getline line < report) > 0) print line; skip = 1; next }
        $0 == end { skip = 0 }
        !skip { print }' "$doc" >"$doc.tmp" && mv "$doc.tmp" "$doc"
    log "Updated $doc"
fi
