#!/usr/bin/env bash
# The engine benchmark of this checkout next to that of an earlier revision, built side by side and run one
# after the other, twice, on the same machine: median µs per full deal and the ratio new / old.
# Usage: bench/engine-compare.sh [REV]   (default: the commit before the text-reading change, f436767)
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-f436767}
old=target/compare-$rev
if [ ! -d "$old" ]; then
  git worktree add --detach "$old" "$rev" >/dev/null
fi
median() { grep -o 'advise [0-9.]* µs' | grep -o '[0-9.]*'; }
new_runs=(); old_runs=()
for round in 1 2; do
  new_runs+=("$(bench/engine.sh 2>/dev/null | tee -a target/compare-new.log | median)")
  old_runs+=("$( (cd "$old" && bench/engine.sh) 2>/dev/null | tee -a target/compare-old.log | median)")
done
echo "median µs per full deal, two rounds each: this checkout ${new_runs[*]}; $rev ${old_runs[*]}"
python3 -c "import sys,statistics as s; n=[float(x) for x in sys.argv[1].split()]; o=[float(x) for x in sys.argv[2].split()]; print(f'new / old = {s.median(n)/s.median(o):.2f}')" "${new_runs[*]}" "${old_runs[*]}"
