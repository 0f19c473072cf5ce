# Shared by the bench scripts, sourced from the repository root.

# need COMMAND [PACKAGE]: installs the Debian package (default: named like the command) when the command is
# missing (as root, like .ci/run does)
need() {
  command -v "$1" >/dev/null && return
  echo "installing ${2:-$1}" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${2:-$1}" >/dev/null
}

# earlier_tree REVISION: checks REVISION out in $work/before (work is a new temporary folder), both removed on exit
earlier_tree() {
  work=$(mktemp -d)
  trap 'git worktree remove --force "$work/before" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
  git worktree add -q --detach "$work/before" "$1"
}

# bench_classpath: compiles the advisor and src/bench/java, and sets BENCH_CP to run them
bench_classpath() {
  mvn -q -Pbench -DskipTests test-compile
  mvn -q -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
  BENCH_CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
}

# advisor_jar: builds target/advisor.jar from the sources as they are; a jar left from an older build would be
# measured instead
advisor_jar() {
  mvn -q -DskipTests package
}

# ready URL PID LOG BODY_FILE: waits until the server at URL answers BODY_FILE with a 2xx (signed in with
# $AUTHORIZATION); shows the end of LOG and stops when the server PID has died
ready() {
  until curl -sf -o /dev/null -H "Authorization: $AUTHORIZATION" -H 'Content-Type: application/json' \
        -d @"$4" "$1"; do
    kill -0 "$2" 2>/dev/null || { tail -50 "$3"; exit 1; }
    sleep 0.2
  done
}
