#!/usr/bin/env bash
# Runs the load generator with each client in a JVM of its own (-Xms1g -Xmx1g), in rounds in
# which the clients take turns on one server, the way an application meets a client after a
# deploy: a fresh JIT compiler and collector each time. Writes one TSV with every round, which
# MarkdownReport reads (--load).
#
#   benchmarks/fresh-jvm-rounds.sh --classpath FILE --port PORT [--rounds 3] [--out DIR]
#       [--clients redis-benchmark,redis-pool-pipelined,lettuce,redis-pool]
#       [--generator "--commands GET --threads 64,256 --sizes 3 --pipelines 16"]
#
# FILE holds one line, the benchmarks' classpath (benchmarks/run.sh shows how to build one).
# Each run warms up 3s and measures 8s, unless --generator says otherwise.
set -euo pipefail

rounds=3
out="$(pwd)/fresh-jvm"
clients="redis-benchmark,redis-pool-pipelined,lettuce,redis-pool"
generator="--commands GET --threads 64,256 --sizes 3 --pipelines 16 --pipeline-threads 8"
classpath_file=""
port=""
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds="$2"; shift ;;
        --out) out="$2"; shift ;;
        --clients) clients="$2"; shift ;;
        --generator) generator="$2"; shift ;;
        --classpath) classpath_file="$2"; shift ;;
        --port) port="$2"; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "Unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
[ -n "$classpath_file" ] && [ -n "$port" ] || { echo "Give --classpath FILE and --port PORT" >&2; exit 2; }
classpath="$(cat "$classpath_file")"
mkdir -p "$out"
combined="$out/load.tsv"
header_written=""

IFS=, read -r -a names <<<"$clients"
for round in $(seq "$rounds"); do
    for client in "${names[@]}"; do
        printf '%s round %s/%s: %s, load average %s\n' "$(date +%H:%M:%S)" "$round" "$rounds" "$client" \
            "$(cut -d' ' -f1-3 /proc/loadavg)" >&2
        part="$out/$client-$round.tsv"
        # shellcheck disable=SC2086
        java -Xms1g -Xmx1g -cp "$classpath" io.redispool.benchmarks.load.LoadGenerator --port "$port" \
            --clients "$client" --rounds 1 --warmup 3s --duration 8s $generator --out "$part" 2>"$out/$client-$round.log"
        if [ -z "$header_written" ]; then
            head -n 1 "$part" >"$combined"
            header_written=yes
        fi
        # The round column is the sixth: each run numbers its only round 1.
        tail -n +2 "$part" | awk -F'\t' -v OFS='\t' -v round="$round" '{ $6 = round; print }' >>"$combined"
    done
done
echo "$combined"
