#!/usr/bin/env bash
# Batch advice at scale: `java -jar target/advisor.jar batch IN OUT` on CRM exports of full deals of growing
# size; time, deals/s, peak memory, and time per deal relative to the smallest size (1.00 = linear).
# The heap is capped at 256 MB: the batch streams, so memory stays flat whatever the size.
# Usage: bench/batch.sh [sizes...]   (default: 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
. bench/lib.sh
need /usr/bin/time time
bench_classpath
[ -f target/advisor.jar ] || mvn -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%10s %10s %10s %14s %16s\n' deals seconds deals/s "peak RSS MB" "time/deal ratio"
first=
for n in "${sizes[@]}"; do
  java -cp "$BENCH_CP" com.commitment.advisor.bench.GenerateDeals "$n" "$work/in.jsonl"
  /usr/bin/time -f "%e %M" -o "$work/time" java -Xmx256m -jar target/advisor.jar batch "$work/in.jsonl" "$work/out.jsonl" \
    2>"$work/stderr"
  read -r secs rss_kb <"$work/time"
  answers=$(wc -l <"$work/out.jsonl")
  [ "$answers" -eq "$n" ] || { echo "only $answers answers for $n deals:"; tail -5 "$work/stderr"; exit 1; }
  per=$(echo "scale=9; $secs / $n" | bc)
  first=${first:-$per}
  printf '%10d %10.1f %10.0f %14d %16.2f\n' "$n" "$secs" "$(echo "$n / $secs" | bc)" $((rss_kb / 1024)) \
    "$(echo "$per / $first" | bc -l)"
  rm -f "$work/in.jsonl" "$work/out.jsonl"
done
