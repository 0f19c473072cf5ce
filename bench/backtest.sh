#!/usr/bin/env bash
# Backtest against batch (issue 21): `batch` advises N generated full deals, once without the decision log and once
# with it (`--log-decisions`, into a fresh data directory); then `backtest` replays those N logged answers under the
# rules they were logged with and under a candidate. All three timed in the same run, one after the other, with the
# same heap; the ratios printed (target: backtest < 1.2 × batch).
# The candidate is the README's real edit (commitment.better-ask-days 7 -> 3) in a copy of rules/: compiled and
# checked as a reload would, and it changes next steps of the generated deals.
# Usage: bench/backtest.sh [deals]   (default: 100000; about 10 minutes and 1 GB of disk on two cores)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
. bench/lib.sh
need /usr/bin/time time
advisor_jar   # first: building it without the bench profile drops the bench classes
bench_classpath
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -cp "$BENCH_CP" com.commitment.advisor.bench.GenerateDeals "$n" "$work/in.jsonl"
cp -r rules "$work/candidate"
sed -i 's/^commitment.better-ask-days = 7/commitment.better-ask-days = 3/' "$work/candidate/advisor.properties"
grep -q '^commitment.better-ask-days = 3' "$work/candidate/advisor.properties"

# timed COMMAND... -> "seconds peakRSSkB"; stderr kept in $work/stderr
timed() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/stdout" 2>"$work/stderr" \
    || { echo "failed: $*" >&2; tail -5 "$work/stderr" >&2; exit 1; }
  cat "$work/time"
}

read -r plain_s plain_kb < <(timed java -Xmx1g -jar target/advisor.jar batch "$work/in.jsonl" "$work/out.jsonl")
read -r batch_s batch_kb < <(timed java -Xmx1g -jar target/advisor.jar batch "$work/in.jsonl" "$work/out.jsonl" \
  --log-decisions --data-dir "$work/data")
grep -q "^$n decisions logged, 0 lost" "$work/stderr" || { tail -3 "$work/stderr" >&2; exit 1; }
read -r back_s back_kb < <(timed java -Xmx1g -jar target/advisor.jar backtest --candidate "$work/candidate" \
  --data-dir "$work/data")
drift=$(grep -m1 '^Drift check:' "$work/stdout")
changes=$(grep -m1 '^The candidate changes' "$work/stdout")
case "$drift" in *" of $n answers"*) ;; *) echo "not all $n answers replayed: $drift" >&2; exit 1 ;; esac

printf '%-36s %10s %14s\n' "" seconds "peak RSS MB"
printf '%-36s %10.1f %14d\n' "batch, $n deals" "$plain_s" $((plain_kb / 1024))
printf '%-36s %10.1f %14d\n' "batch --log-decisions, $n deals" "$batch_s" $((batch_kb / 1024))
printf '%-36s %10.1f %14d\n' "backtest, $n logged answers" "$back_s" $((back_kb / 1024))
printf 'backtest / batch = %.2f; backtest / batch --log-decisions = %.2f (target: under 1.20)\n%s\n%s\n' \
  "$(echo "$back_s / $plain_s" | bc -l)" "$(echo "$back_s / $batch_s" | bc -l)" "$drift" "$changes"
