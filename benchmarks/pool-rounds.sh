#!/usr/bin/env bash
# Runs the pool's JMH benchmark (PoolBenchmark at 1, 4 and 16 threads) in rounds, alternating
# between builds, and prints the median of each round's ratios: on a shared, noisy machine the
# pools compared within one JMH run see the same noise, so their ratios hold where absolute
# figures do not.
#
#   benchmarks/pool-rounds.sh [--rounds 5] [--out DIR] LABEL=CLASSPATH_FILE [LABEL=CLASSPATH_FILE...]
#
# Each CLASSPATH_FILE holds one line, a classpath with the benchmarks' classes and their
# dependencies (benchmarks/run.sh shows how to build one; copy it away from the working tree to
# keep a "before"). Other options: --warmup 3, --iterations 5, --time 1s, --jmh "extra JMH args".
set -euo pipefail

rounds=5
out="$(pwd)/pool-rounds"
warmup=3
iterations=5
time=1s
extra=""
builds=()
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds="$2"; shift ;;
        --out) out="$2"; shift ;;
        --warmup) warmup="$2"; shift ;;
        --iterations) iterations="$2"; shift ;;
        --time) time="$2"; shift ;;
        --jmh) extra="$2"; shift ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *=*) builds+=("$1") ;;
        *) echo "Unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
[ ${#builds[@]} -gt 0 ] || { echo "Name at least one LABEL=CLASSPATH_FILE" >&2; exit 2; }
mkdir -p "$out"

for round in $(seq "$rounds"); do
    for build in "${builds[@]}"; do
        label="${build%%=*}"
        classpath="$(cat "${build#*=}")"
        printf '%s round %s/%s: %s, load average %s\n' "$(date +%H:%M:%S)" "$round" "$rounds" "$label" \
            "$(cut -d' ' -f1-3 /proc/loadavg)" >&2
        # shellcheck disable=SC2086
        java -cp "$classpath" org.openjdk.jmh.Main 'PoolBenchmark.threads(01|04|16)' -f 1 -wi "$warmup" \
            -w 500ms -i "$iterations" -r "$time" -jvmArgsAppend "-Xms1g -Xmx1g" -rf csv \
            -rff "$out/$label-$round.csv" $extra >"$out/$label-$round.log" 2>&1
    done
done

# One line per round, build, thread count and pool; then the medians of the per-round ratios.
for build in "${builds[@]}"; do
    label="${build%%=*}"
    for file in "$out/$label"-*.csv; do
        awk -F, -v label="$label" -v file="$file" 'NR > 1 {
            gsub(/"|\r/, ""); print label, file, $3, $8, $5 }' "$file"
    done
done >"$out/scores.txt"

{
printf '| Build | Threads | redis-pool ns/op | commons-pool2 / redis-pool | locked-deque / redis-pool | '
printf 'redis-pool+listener / redis-pool | rounds |\n| --- | --- | --- | --- | --- | --- | --- |\n'
awk '
    { score[$1 SUBSEP $2 SUBSEP $3 SUBSEP $4] = $5; runs[$1 SUBSEP $2] = 1; labels[$1] = 1; threads[$3] = 1 }
    function median(values, n,    i, j, t) {
        for (i = 2; i <= n; i++) for (j = i; j > 1 && values[j - 1] > values[j]; j--) {
            t = values[j]; values[j] = values[j - 1]; values[j - 1] = t }
        return (n % 2) ? values[(n + 1) / 2] : (values[n / 2] + values[n / 2 + 1]) / 2
    }
    END {
        for (label in labels) for (t in threads) {
            n = 0
            for (run in runs) {
                split(run, key, SUBSEP)
                if (key[1] != label) continue
                ours = score[run SUBSEP t SUBSEP "redis-pool"]
                if (ours == "") continue
                n++
                own[n] = ours
                commons[n] = score[run SUBSEP t SUBSEP "commons-pool2"] / ours
                deque[n] = score[run SUBSEP t SUBSEP "locked-deque"] / ours
                listened[n] = score[run SUBSEP t SUBSEP "redis-pool+listener"] / ours
            }
            if (n > 0) printf "| %s | %d | %.1f | %.2f | %.2f | %.2f | %d |\n", label, t, median(own, n),
                median(commons, n), median(deque, n), median(listened, n), n
        }
    }' "$out/scores.txt" | sort -t'|' -k2,2 -k3,3n
} | tee "$out/summary.md"
