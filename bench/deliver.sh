#!/usr/bin/env bash
# Delivery benchmark: newsdesk sends one issue with its PDF to N subscribers into Postfix's smtp-sink,
# then smtp-source sends N messages of the same size over as many connections into the same sink.
# Prints msg/s for both, their ratio and the heap used; runs once with the default heap and once
# with -Xmx256m. Needs Debian's postfix package (smtp-sink, smtp-source).
# Also prints how much the store grew per mail sent. JFR=1 records a profile of each run in
# target/deliver-<heap>.jfr and prints where the CPU samples were.
# usage: bench/deliver.sh [subscribers=5000] [concurrency=4] [port=2526] [--store h2|postgres]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
store=h2; args=()
while (($#)); do
  case $1 in
    --store) store=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
n=${args[0]:-5000}; conc=${args[1]:-4}; port=${args[2]:-2526}
command -v /usr/sbin/smtp-sink >/dev/null || { echo "needs Debian postfix (smtp-sink, smtp-source)"; exit 2; }
./mvnw -o -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
for heap in "" "-Xmx256m"; do
  echo "== heap: ${heap:-JVM default}, store: $store"
  jfr=()
  name=deliver-${heap:-default}
  [[ ${JFR:-} == 1 ]] && jfr=("-XX:StartFlightRecording=filename=target/$name.jfr,settings=profile")
  java $heap "${jfr[@]}" -Dnewsdesk.project="$PWD" -cp "$cp" org.newsdesk.bench.DeliveryBench "$n" "$conc" "$port" "$store" 2>&1 | grep -E "^RESULT|Sending lmec" || true
  if [[ ${JFR:-} == 1 ]]; then
    echo "-- top frames of the CPU samples (target/$name.jfr)"
    jfr print --events jdk.ExecutionSample --stack-depth 1 "target/$name.jfr" | grep -E "^\s+[a-z].*line:" \
      | sed -E 's/line:.*//' | sort | uniq -c | sort -rn | head -15
  fi
done
