#!/usr/bin/env bash
# The engine alone (JMH): one full deal advised with every rule, next to a trivial baseline in the same run.
# Usage: bench/engine.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_classpath
java -cp "$BENCH_CP" com.commitment.advisor.bench.EngineBench
