#!/usr/bin/env bash
# Ordinary advice during a burst of large requests, side by side: two servers, one with large requests taking
# turns (advisor.security.large-advice-*, as shipped), one without a limit. On each: the p99 of ordinary requests
# (4 connections, 10 ms between requests) alone, then while 20 connections post requests near the size limits
# (500 history rows, 100 people, close to the 1 MiB body limit).
# Usage: bench/burst.sh [seconds per measurement]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
. bench/lib.sh
need wrk
bench_classpath

export AUTHORIZATION="Basic $(printf 'rep1:test-password-1' | base64)"
work=$(mktemp -d)
cp src/main/resources/static/examples/recruiting.json "$work/ordinary.json"
python3 - "$work/ordinary.json" "$work/large.json" <<'PY'
import json, sys
deal = json.load(open(sys.argv[1]))
people = deal["people"]
deal["people"] = people + [dict(people[i % len(people)], id="p%d" % i) for i in range(100 - len(people))]
said = "They said the budget review moved and they will come back to us after the board meets. " * 16
deal["history"] = [{"date": "2026-09-05", "of": "p%d" % (i % 100), "action": "set up a meeting with the plant manager",
                    "result": "DEFERRED", "said": said} for i in range(500)]
json.dump(deal, open(sys.argv[2], "w"))
PY
echo "ordinary body $(wc -c <"$work/ordinary.json") bytes, large body $(wc -c <"$work/large.json") bytes"

serve() {   # serve PORT NAME [ARGS...] -> its pid in $served_pid
  local port=$1 name=$2
  shift 2
  java -Xms512m -Xmx512m -cp "$BENCH_CP" com.commitment.advisor.AdvisorApplication --server.port="$port" \
    --advisor.rules-dir=rules --advisor.data-dir="$work/data-$name" --advisor.fixtures-dir=fixtures \
    --advisor.decisions.enabled=false "$@" >"$work/$name.log" 2>&1 &
  served_pid=$!
}
serve 18093 turns; pid_turns=$served_pid
serve 18094 open --advisor.security.large-advice-at-once=1000; pid_open=$served_pid
trap 'kill $pid_turns $pid_open 2>/dev/null || true; rm -rf "$work"' EXIT
ready http://127.0.0.1:18093/api/v1/advice $pid_turns "$work/turns.log" "$work/ordinary.json"
ready http://127.0.0.1:18094/api/v1/advice $pid_open "$work/open.log" "$work/ordinary.json"

load() {   # load URL SECONDS CONNECTIONS DELAY_MS BODY -> wrk output
  BODY_FILE=$5 DELAY_MS=$4 wrk -t1 -c"$3" -d"$2"s --latency -s bench/post.lua "$1"
}
p99() { awk '$1 == "99%" {print $2}'; }
answered() { awk '/requests in/ {n=$1} /Non-2xx/ {bad=$NF} END {printf "%d answered, %d of them not 2xx", n, bad}'; }

echo "warming up both servers (30 s each)"
for port in 18093 18094; do
  load http://127.0.0.1:$port/api/v1/advice 20 8 0 "$work/ordinary.json" >/dev/null
  load http://127.0.0.1:$port/api/v1/advice 10 2 0 "$work/large.json" >/dev/null
done

printf '\n%-34s %14s %14s  %s\n' "server" "ordinary p99" "during burst" "large requests in the burst"
for name in turns open; do
  port=18093; [ $name = open ] && port=18094
  url=http://127.0.0.1:$port/api/v1/advice
  alone=$(load "$url" "$secs" 4 10 "$work/ordinary.json" | p99)
  load "$url" "$((secs + 4))" 20 0 "$work/large.json" >"$work/burst.txt" &
  burst=$!
  sleep 2
  during=$(load "$url" "$secs" 4 10 "$work/ordinary.json" | p99)
  wait $burst
  label="large requests take turns"; [ $name = open ] && label="no limit on large requests"
  printf '%-34s %14s %14s  %s\n' "$label" "$alone" "$during" "$(answered <"$work/burst.txt")"
done
