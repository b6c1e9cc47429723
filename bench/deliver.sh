#!/usr/bin/env bash
# Delivery benchmark: newsdesk sends one issue with its PDF to N subscribers into Postfix's smtp-sink,
# then smtp-source sends N messages of the same size over as many connections into the same sink.
# Prints msg/s for both, their ratio and the heap used; runs once with the default heap and once
# with -Xmx256m. Needs Debian's postfix package (smtp-sink, smtp-source).
# Also prints how much the store grew per mail sent. JFR=1 records a profile of each run's send in
# target/deliver-<heap>-<store>.jfr and prints where the time went (bench/jfr_summary.py).
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
# HEAPS="-Xmx256m" runs one heap only (a long list twice takes long)
read -r -a heaps <<< "${HEAPS:-default -Xmx256m}"
for heap in "${heaps[@]}"; do
  [[ $heap == default ]] && heap=""
  echo "== heap: ${heap:-JVM default}, store: $store"
  jfr=()
  name=deliver-${heap:-default}-$store
  if [[ ${JFR:-} == 1 ]]; then
    # the profile settings, with every wait recorded however short (a mail's SMTP replies take
    # fractions of a millisecond each, and there are many)
    jh=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    python3 - "$jh/lib/jfr/profile.jfc" > target/deliver.jfc <<'PY'
import re, sys
s = open(sys.argv[1]).read()
for e in ("FileForce", "FileWrite", "FileRead", "SocketRead", "SocketWrite", "JavaMonitorEnter", "ThreadPark"):
    s = re.sub(r'(<event name="jdk.%s">.*?<setting name="threshold"[^>]*>)[^<]*' % e, r"\g<1>0 ms", s, flags=re.S)
print(s)
PY
    jfr=("-Dnewsdesk.bench.jfr=target/$name.jfr" "-Dnewsdesk.bench.jfc=target/deliver.jfc")
  fi
  java $heap "${jfr[@]}" -Dnewsdesk.project="$PWD" -cp "$cp" org.newsdesk.bench.DeliveryBench "$n" "$conc" "$port" "$store" 2>&1 | grep -E "^RESULT|Sending lmec" || true
  if [[ ${JFR:-} == 1 ]]; then
    echo "-- where the time went (target/$name.jfr)"
    python3 bench/jfr_summary.py "target/$name.jfr"
  fi
done
