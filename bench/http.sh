#!/usr/bin/env bash
# HTTP, side by side on one server: /api/v1/advice against a trivial JSON endpoint that reads the same body
# (throughput at saturation, and latency at about half of it); advice with the decision log on against a second
# server with it off (advisor.decisions.enabled=false), measured in turns; then sustained load on /api/v1/advice
# while the rules are edited every few seconds: failed requests, how soon each edit serves, heap after GC.
# Usage: bench/http.sh [seconds per measurement, default 15] [seconds of load with reloads, default 180]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-15}
soak=${2:-180}
port=18091
port_off=18092
. bench/lib.sh
need wrk
bench_classpath

# The test users (target/test-classes is on the classpath): every call signs in with HTTP Basic, as an API client
# does, on both endpoints alike.
export AUTHORIZATION="Basic $(printf 'rep1:test-password-1' | base64)"
admin="admin1:test-password-1"
work=$(mktemp -d)
cp -r rules "$work/rules"
cp src/main/resources/static/examples/recruiting.json "$work/body.json"
serve() {   # serve PORT NAME [ARGS...] -> starts a server with its own data directory; its pid in $served_pid
  local port=$1 name=$2
  shift 2
  java -Xms512m -Xmx512m -cp "$BENCH_CP" com.commitment.advisor.AdvisorApplication --server.port="$port" \
    --advisor.rules-dir="$work/rules" --advisor.data-dir="$work/data-$name" --advisor.fixtures-dir=fixtures "$@" \
    >"$work/$name.log" 2>&1 &
  served_pid=$!
}
serve $port service; pid=$served_pid
serve $port_off log-off --advisor.decisions.enabled=false; pid_off=$served_pid
trap 'kill $pid $pid_off 2>/dev/null || true; rm -rf "$work"' EXIT
advice=http://127.0.0.1:$port/api/v1/advice
trivial=http://127.0.0.1:$port/bench/trivial
advice_log_off=http://127.0.0.1:$port_off/api/v1/advice
ready $advice $pid "$work/service.log" "$work/body.json"
ready $advice_log_off $pid_off "$work/log-off.log" "$work/body.json"

load() {   # load URL SECONDS CONNECTIONS [DELAY_MS] -> wrk output
  BODY_FILE="$work/body.json" DELAY_MS=${4:-0} wrk -t1 -c"$3" -d"$2"s --latency -s bench/post.lua "$1"
}
rate() { awk '/Requests\/sec/ {print $2}'; }
pct() { awk -v p="$1" '$1 == p {print $2}'; }
failures() { awk '/Non-2xx|Socket errors/ {print}' ; }

echo "warming up (30 s each; the server without the log 30 s more, as the other also serves the next 15 s)"
load $trivial 30 8 >/dev/null
load $advice 30 8 >/dev/null
load $advice_log_off 60 8 >/dev/null

printf '\n%-26s %12s %10s %10s\n' "saturation (16 conns)" "req/s" "p50" "p99"
for name in trivial advice; do
  url=${!name}
  out=$(load "$url" "$secs" 16)
  eval "${name}_rps=$(echo "$out" | rate)"
  printf '%-26s %12s %10s %10s\n' "$name" "$(echo "$out" | rate)" "$(echo "$out" | pct 50%)" "$(echo "$out" | pct 99%)"
  echo "$out" | failures
done
echo "advice / trivial throughput = $(echo "scale=3; $advice_rps / $trivial_rps" | bc)"

# the decision log: the same advice on two servers, one logging and one not, measured in turns (on, off, on, ...)
# so that a change in the machine's load falls on both; with the CPU time each server spent per request, which
# other processes on the machine disturb far less than they disturb throughput
metric() {   # metric NAME -> its value on the logging server, as a whole number
  curl -s -u "$admin" "http://127.0.0.1:$port/actuator/metrics/$1" | grep -o '"value":[^}]*' | cut -d: -f2 | awk '{printf "%d", $1}'
}
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # cpu PID -> user and system time, in clock ticks
tick_us=$((1000000 / $(getconf CLK_TCK)))
logged_before=$(metric advisor.decisions.logged)
printf '\n%-26s %12s %10s %10s %14s\n' "decision log (16 conns)" "req/s" "p50" "p99" "CPU µs/req"
on_sum=0
off_sum=0
on_cpu=0
off_cpu=0
on_requests=0
off_requests=0
for turn in 1 2 3; do
  for name in on off; do
    if [ $name = on ]; then url=$advice; server=$pid; else url=$advice_log_off; server=$pid_off; fi
    before=$(cpu $server)
    out=$(load "$url" "$secs" 16)
    ticks=$(( $(cpu $server) - before ))
    r=$(echo "$out" | rate)
    n=$(echo "$out" | awk '/requests in/ {print $1}')
    printf '%-26s %12s %10s %10s %14s\n' "advice, log $name ($turn)" "$r" "$(echo "$out" | pct 50%)" \
      "$(echo "$out" | pct 99%)" "$(( ticks * tick_us / n ))"
    echo "$out" | failures
    if [ $name = on ]; then
      on_sum=$(echo "$on_sum + $r" | bc); on_cpu=$((on_cpu + ticks)); on_requests=$((on_requests + n))
    else
      off_sum=$(echo "$off_sum + $r" | bc); off_cpu=$((off_cpu + ticks)); off_requests=$((off_requests + n))
    fi
  done
done
echo "advice CPU per request, log on / log off =" \
  "$(echo "scale=3; $on_cpu * $off_requests / ($off_cpu * $on_requests)" | bc)"
echo "advice throughput, log on / log off = $(echo "scale=3; $on_sum / $off_sum" | bc)"
sleep 2   # the decisions of the last second reach the database
echo "decisions logged meanwhile: $(( $(metric advisor.decisions.logged) - logged_before ));" \
  "since start: dropped $(metric advisor.decisions.dropped), unlogged $(metric advisor.decisions.unlogged)"
# the log's own thread reads, masks and inserts; with WRITE_DELAY=0 H2 writes to disk in the committing thread
log_ticks=$(grep -l '^decision-log-wr' /proc/$pid/task/*/comm | sed 's/comm$/stat/' | xargs awk '{print $14 + $15}')
echo "CPU of the log's writer thread since start: $(( log_ticks * tick_us / $(metric advisor.decisions.logged) )) µs" \
  "per decision logged, against $(( on_cpu * tick_us / on_requests )) µs per request of the whole server"
kill $pid_off

# wrk waits whole milliseconds, so each connection pauses 10 ms and there are as many connections as make
# about half of the saturated rate (the response time adds a little to the pause: slightly below half)
printf '\n%-26s %12s %10s %10s\n' "about half of saturation" "req/s" "p50" "p99"
for name in trivial advice; do
  url=${!name}
  sat=${name}_rps
  conns=$(echo "c = ${!sat} / 2 * 0.010 + 0.5; scale=0; if (c < 1) 1 else c / 1" | bc)
  out=$(load "$url" "$secs" "$conns" 10)
  printf '%-26s %12s %10s %10s\n' "$name ($conns conns)" "$(echo "$out" | rate)" "$(echo "$out" | pct 50%)" \
    "$(echo "$out" | pct 99%)"
done

heap() { jcmd $pid GC.run >/dev/null; jcmd $pid GC.heap_info | grep -o -m1 'used [0-9]*K' | sed 's/^/heap /'; }
meta() { jcmd $pid GC.heap_info | grep Metaspace | grep -o -m1 'used [0-9]*K' | sed 's/^/metaspace /'; }
echo
echo "after GC, before reloads: $(heap), $(meta)"
echo "sustained load for $soak s on advice, 8 connections; plan/asks.drl edited every 5 s"
load $advice "$soak" 8 >"$work/soak.txt" &
wrk_pid=$!
edits=0
served=()
sleep 5
while kill -0 $wrk_pid 2>/dev/null && [ $((edits * 7 + 15)) -lt "$soak" ]; do
  before=$(curl -s -H "Authorization: $AUTHORIZATION" -H 'Content-Type: application/json' -d @"$work/body.json" $advice | grep -o '"ruleset":"[^"]*"')
  start=$(date +%s%N)
  echo "// edit $edits" >>"$work/rules/plan/asks.drl"
  while now=$(curl -s -H "Authorization: $AUTHORIZATION" -H 'Content-Type: application/json' -d @"$work/body.json" $advice \
        | grep -o '"ruleset":"[^"]*"'); [ "$now" = "$before" ]; do sleep 0.05; done
  served+=($(( ($(date +%s%N) - start) / 1000000 )))
  edits=$((edits + 1))
  sleep 5
done
wait $wrk_pid
echo "requests: $(awk '/requests in/ {print $1}' "$work/soak.txt"), $(rate <"$work/soak.txt") req/s, p99 $(pct 99% <"$work/soak.txt")"
echo "failed requests: $(failures <"$work/soak.txt" | tr '\n' ' ')"
grep -q -E 'Non-2xx|Socket errors' "$work/soak.txt" || echo "  none (no non-2xx, no socket errors)"
echo "edits: $edits; ms from save to served: ${served[*]}"
echo "reloads: $(grep -c 'swapped in' "$work/service.log") swapped, $(grep -c 'rules refused' "$work/service.log") refused"
echo "after GC, after reloads:  $(heap), $(meta)"
