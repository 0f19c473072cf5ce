#!/usr/bin/env bash
# The answers of this working tree against those of an earlier revision, on the same generated deals and the same
# rules (this tree's rules/), in English and in Chinese: a change meant only to make the engine faster must not
# change a single answer. Answers are compared whole, apart from their random decisionId.
# Usage: bench/same-answers.sh [REVISION (default HEAD)] [deals (default 100000)]
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD}
deals=${2:-100000}
. bench/lib.sh
earlier_tree "$rev"
(cd "$work/before" && mvn -q -DskipTests package)
advisor_jar
bench_classpath
java -cp "$BENCH_CP" com.commitment.advisor.bench.GenerateDeals "$deals" "$work/in.jsonl" "$deals"
for lang in en zh; do
  for side in before after; do
    jar=target/advisor.jar
    [ "$side" = before ] && jar="$work/before/target/advisor.jar"
    java -jar "$jar" batch --rules rules --lang "$lang" "$work/in.jsonl" "$work/$side.jsonl" 2>"$work/$side.err"
    sed -E 's/"decisionId":"[^"]*"//' "$work/$side.jsonl" >"$work/$side.$lang"
  done
  if cmp -s "$work/before.$lang" "$work/after.$lang"; then
    echo "$lang: $(wc -l <"$work/after.$lang") answers, identical to $rev's"
  else
    echo "$lang: answers differ from $rev's; the first difference:" >&2
    diff "$work/before.$lang" "$work/after.$lang" | head -4 >&2
    exit 1
  fi
done
