#!/usr/bin/env bash
# The Spark job against batch, side by side in one run: `java -jar target/advisor.jar batch` and the job jar in
# local[2] (as spark-submit runs it: Spark's jars, then the job's) on the same generated CRM export of full deals.
# Each is timed whole on an empty export first (JVM, rules, and for Spark its context and jobs), and the per-deal
# rates leave that out. Both get a 1 GB heap; both use the two cores.
# Usage: bench/spark.sh [deals]   (default 100000: about 5 minutes on a quiet machine)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
. bench/lib.sh
need /usr/bin/time time
advisor_jar
bench_classpath
mvn -q -f spark/pom.xml install:install-file@install-engine
mvn -q -f spark/pom.xml -DskipTests clean package   # clean: shading over an earlier job jar nests it
spark_cp="$(cat spark/target/spark-classpath.txt):spark/target/advisor-spark.jar"
# Spark's module options for Java 17, as the job's tests use them (spark/pom.xml)
options=$(mvn -B -q -f spark/pom.xml help:evaluate -Dexpression=spark.module.options -DforceStdout \
  | sed 's/\x1b\[[0-9;]*m//g' | tr '\n' ' ')   # Maven colours the value's end even with -B
read -r -a module_options <<<"$options"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

timed() {   # timed NAME COMMAND... -> seconds of the whole command
  /usr/bin/time -f "%e" -o "$work/time" "${@:2}" >"$work/$1.log" 2>&1 || { tail -20 "$work/$1.log" >&2; exit 1; }
  cat "$work/time"
}
batch() {
  rm -f "$work/out.jsonl"
  timed batch java -Xmx1g -jar target/advisor.jar batch "$1" "$work/out.jsonl"
}
spark() {
  rm -rf "$work/out"
  timed spark java -Xmx1g "${module_options[@]}" -Dspark.master='local[2]' -Dspark.ui.enabled=false -cp "$spark_cp" \
    com.commitment.advisor.spark.RescoreJob "$1" "$work/out"
}

: >"$work/empty.jsonl"
java -cp "$BENCH_CP" com.commitment.advisor.bench.GenerateDeals "$n" "$work/in.jsonl"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %18s %22s %10s\n' what "empty export (s)" "$n deals (s, whole)" "deals/s"
declare -A rate
for what in batch spark; do
  fixed=$($what "$work/empty.jsonl")
  whole=$($what "$work/in.jsonl")
  rate[$what]=$(echo "$n / ($whole - $fixed)" | bc)
  printf '%-8s %18.1f %22.1f %10d\n' "$what" "$fixed" "$whole" "${rate[$what]}"
done
answers=$(cat "$work"/out/answers/part-* | wc -l)
[ "$answers" -eq "$n" ] || { echo "the job wrote $answers answers for $n deals" >&2; exit 1; }
printf 'spark / batch: %.2f; per core (2 cores): batch %d, spark %d deals/s\n' \
  "$(echo "${rate[spark]} / ${rate[batch]}" | bc -l)" $((rate[batch] / 2)) $((rate[spark] / 2))
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
