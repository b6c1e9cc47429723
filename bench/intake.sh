#!/usr/bin/env bash
# Intake throughput on a mixed-format folder with a warm JVM.
# Usage: bench/intake.sh [notes-per-round (1000)] [measured rounds (3)]
# Builds the test classes offline, then runs org.newsdesk.bench.IntakeBench with the same 512 MB heap
# the tests use. Work files go to target/intake-bench-*/.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"
./mvnw -o -q test-compile
./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx512m -Djava.io.tmpdir="$HERE/target" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.newsdesk.bench.IntakeBench "$@"
