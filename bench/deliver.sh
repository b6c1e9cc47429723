#!/usr/bin/env bash
# Delivery benchmark: newsdesk sends one issue with its PDF to N subscribers into Postfix's smtp-sink,
# then smtp-source sends N messages of the same size over as many connections into the same sink.
# Prints msg/s for both, their ratio and the heap used; runs once with the default heap and once
# with -Xmx256m. Needs Debian's postfix package (smtp-sink, smtp-source).
# usage: bench/deliver.sh [subscribers=5000] [concurrency=4] [port=2526]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n=${1:-5000}; conc=${2:-4}; port=${3:-2526}
command -v /usr/sbin/smtp-sink >/dev/null || { echo "needs Debian postfix (smtp-sink, smtp-source)"; exit 2; }
./mvnw -o -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
for heap in "" "-Xmx256m"; do
  echo "== heap: ${heap:-JVM default}"
  java $heap -Dnewsdesk.project="$PWD" -cp "$cp" org.newsdesk.bench.DeliveryBench "$n" "$conc" "$port" 2>&1 | grep -E "^RESULT|Sending lmec" || true
done
