#!/usr/bin/env bash
# The engine of this working tree against an earlier revision's, side by side in one JVM (EngineBeforeAfter): the
# CPU time per full deal of each, in alternating rounds, each on its own rules, both on the same deals (made from
# the earlier revision's fixtures). For a change of the engine or of the rules, on a machine too busy for two runs
# one after the other to be compared.
# Usage: bench/engine-before-after.sh [REVISION (default HEAD)] [rounds (default 40)]
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD}
rounds=${2:-40}
. bench/lib.sh
earlier_tree "$rev"
(cd "$work/before" && mvn -q -Pbench -DskipTests test-compile)
bench_classpath
here=$PWD
(cd "$work/before" && java -cp "$here/target/test-classes" com.commitment.advisor.bench.EngineBeforeAfter \
  "$work/before" "$here" "$here/target/bench.classpath" "$rounds" 2>/dev/null | grep -v '^$' | grep -v 'full deals,')
