#!/usr/bin/env bash
# Start-up to first answer, side by side: a first start (no compiled rules kept), a restart with the same rules
# (the compiled rule base kept in the data directory), and the same restart with class data sharing (the jar
# extracted and a class archive made by one training run, as README.md describes).
# Class data sharing needs Java 19 or later (Java 17 crashes dumping the archive): set JAVA to such a java, and
# every run of the script uses it. Usage: [JAVA=/path/to/java] bench/startup.sh [runs]  (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
java=${JAVA:-java}
"$java" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=/dev/null -version >/dev/null 2>&1 || {
  echo "$java is older than Java 19: give JAVA=/path/to/a/newer/java (on these machines, under /usr/lib/jvm)" >&2
  exit 2
}
. bench/lib.sh
jar=target/advisor.jar
advisor_jar
port=18089
body=$(cat src/main/resources/static/examples/recruiting.json)
data=$(mktemp -d)
pid=

first_answer() {   # first_answer [JVM options... -jar JAR]: seconds from launch to the first 200 from /api/v1/advice
  if [ ! -e "$data/advisor.mv.db" ]; then
    # a rep to ask as, added before the clock starts (the service finds its schema made by the users command)
    printf 'bench-password-1\n' | java -jar "$jar" users add bench --role REP --password-stdin \
      --db-url "jdbc:h2:file:$data/advisor;WRITE_DELAY=0;AUTO_SERVER=TRUE" >/dev/null
  fi
  local start=$(date +%s.%N)
  "$java" "$@" --server.port=$port --advisor.data-dir="$data" --advisor.rules-dir=rules \
       --advisor.fixtures-dir=fixtures >"$data/log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null -u bench:bench-password-1 -H 'Content-Type: application/json' -d "$body" \
        http://127.0.0.1:$port/api/v1/advice; do
    kill -0 $pid 2>/dev/null || { cat "$data/log"; exit 1; }
    sleep 0.1
  done
  local end=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$end - $start" | bc
}

cds=$(mktemp -d)
trap 'rm -rf "$data" "$cds"; [ -z "$pid" ] || kill $pid 2>/dev/null || true' EXIT
"$java" -Djarmode=tools -jar "$jar" extract --destination "$cds/app" >/dev/null

printf '%-36s %s\n' "run" "start to first answer (s)"
for i in $(seq 1 "$runs"); do
  rm -rf "$data"/*
  cold=$(first_answer -jar "$jar")
  warm=$(first_answer -jar "$jar")
  rm -f "$cds/app.jsa"
  "$java" -XX:ArchiveClassesAtExit="$cds/app.jsa" -Dspring.context.exit=onRefresh -jar "$cds/app/advisor.jar" \
    --server.port=$port --advisor.data-dir="$data" --advisor.rules-dir=rules --advisor.fixtures-dir=fixtures \
    >"$data/training.log" 2>&1
  shared=$(first_answer -XX:SharedArchiveFile="$cds/app.jsa" -jar "$cds/app/advisor.jar")
  printf '%-36s %6.2f\n' "first start #$i" "$cold" "restart, same rules #$i" "$warm" \
    "restart, class data sharing #$i" "$shared"
  echo "$cold $warm $shared" >>"$data/../startup-$$.txt"
done
awk '{c+=$1; w+=$2; s+=$3; n++} END {printf "mean: first start %.2f s, restart %.2f s, restart with class data sharing %.2f s; restart/first = %.2f, sharing/restart = %.2f\n", c/n, w/n, s/n, w/c, s/w}' \
  "$data/../startup-$$.txt"
rm -f "$data/../startup-$$.txt"
