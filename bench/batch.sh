#!/usr/bin/env bash
# Batch advice at scale: `java -jar target/advisor.jar batch IN OUT` on CRM exports of full deals of growing
# size; time, deals/s, peak memory, and time per deal relative to the smallest size (1.00 = linear). An empty
# export is timed first, in the same run: what every batch pays before its first deal (JVM, compiling the
# rules); the per-deal figures leave it out.
# The heap is capped at 256 MB: the batch streams, so memory stays flat whatever the size.
# Usage: bench/batch.sh [sizes...]   (default: 10000 100000; 1000000 takes about ten minutes and 8 GB of disk)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
. bench/lib.sh
need /usr/bin/time time
advisor_jar   # first: building it without the bench profile drops the bench classes
bench_classpath
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

batch() {   # batch N -> "seconds peakRSSkB" of advising $work/in.jsonl
  /usr/bin/time -f "%e %M" -o "$work/time" java -Xmx256m -jar target/advisor.jar batch "$work/in.jsonl" \
    "$work/out.jsonl" 2>"$work/stderr"
  local answers
  answers=$(wc -l <"$work/out.jsonl")
  [ "$answers" -eq "$1" ] || { echo "only $answers answers for $1 deals:" >&2; tail -5 "$work/stderr" >&2; exit 1; }
  cat "$work/time"
}

: >"$work/in.jsonl"
read -r fixed fixed_rss_kb < <(batch 0)
printf 'before the first deal (no deals): %.1f s, peak RSS %d MB\n\n' "$fixed" $((fixed_rss_kb / 1024))
printf '%10s %10s %14s %14s %16s\n' deals seconds "deals/s" "peak RSS MB" "time/deal ratio"
first=
for n in "${sizes[@]}"; do
  java -cp "$BENCH_CP" com.commitment.advisor.bench.GenerateDeals "$n" "$work/in.jsonl"
  read -r secs rss_kb < <(batch "$n")
  per=$(echo "scale=9; ($secs - $fixed) / $n" | bc)
  first=${first:-$per}
  printf '%10d %10.1f %14.0f %14d %16.2f\n' "$n" "$secs" "$(echo "1 / $per" | bc)" $((rss_kb / 1024)) \
    "$(echo "$per / $first" | bc -l)"
  rm -f "$work/in.jsonl" "$work/out.jsonl"
done
echo "(seconds: the whole run; deals/s and time/deal: without the time before the first deal)"
