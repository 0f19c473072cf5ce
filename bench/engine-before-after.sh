#!/usr/bin/env bash
# The engine of this working tree against an earlier revision's, side by side in one JVM (EngineBeforeAfter): the
# CPU time per full deal of each, in alternating rounds, on this tree's rules. For a change meant to make the
# engine faster, on a machine too busy for two runs one after the other to be compared.
# Usage: bench/engine-before-after.sh [REVISION (default HEAD)] [rounds (default 40)]
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD}
rounds=${2:-40}
. bench/lib.sh
work=$(mktemp -d)
trap 'git worktree remove --force "$work/before" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add -q --detach "$work/before" "$rev"
(cd "$work/before" && mvn -q -Pbench -DskipTests test-compile)
bench_classpath
java -cp target/test-classes com.commitment.advisor.bench.EngineBeforeAfter "$work/before" . target/bench.classpath \
  "$rounds" 2>/dev/null | grep -v '^$' | grep -v 'full deals,'
