# Shared by the bench scripts, sourced from the repository root.

# need COMMAND [PACKAGE]: installs the Debian package (default: named like the command) when the command is
# missing (as root, like .ci/run does)
need() {
  command -v "$1" >/dev/null && return
  echo "installing ${2:-$1}" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${2:-$1}" >/dev/null
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
