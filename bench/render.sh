#!/usr/bin/env bash
# Render benchmark: a ten-event LMEC issue rendered by newsdesk (openhtmltopdf) cold and warm, and the
# same print HTML rendered by WeasyPrint (fresh process each time), in the same run; prints both and
# the ratio. Usage: bench/render.sh [warm-up renders] [measured renders] [weasyprint runs]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"
WARMUP=${1:-20}; RUNS=${2:-15}; WRUNS=${3:-5}
OUT="$HERE/target/bench-render"
mkdir -p "$OUT"
# other work on the machine moves every number here: the load is printed with them
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

./mvnw -o -q test-compile
./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
CP="target/classes:target/test-classes:$(cat "$OUT/classpath.txt")"
# HEAP=-Xmx192m checks that an issue renders in a small heap
JAVA=(java "${HEAP:--Xmx1g}" -cp "$CP" org.newsdesk.bench.RenderBench)

now() { date +%s.%N; }
# cold: a fresh JVM rendering the issue once; wall clock includes JVM start, like a WeasyPrint process
cold_runs=()
for i in 1 2 3; do
  s=$(now); "${JAVA[@]}" cold "$OUT" > "$OUT/cold-$i.txt"; e=$(now)
  cold_runs+=("$(awk -v a="$s" -v b="$e" 'BEGIN{printf "%.0f", (b-a)*1000}')")
done
cold_process_ms=$(printf '%s\n' "${cold_runs[@]}" | sort -n | sed -n 2p)
cold_render_ms=$(for i in 1 2 3; do grep cold_full_ms "$OUT/cold-$i.txt" | cut -d= -f2; done | sort -n | sed -n 2p)
pages=$(pdfinfo "$OUT/newsdesk.pdf" | awk '/^Pages/{print $2}')

"${JAVA[@]}" warm "$OUT" "$WARMUP" "$RUNS" > "$OUT/warm.txt"
warm_full=$(grep warm_full_median_ms "$OUT/warm.txt" | cut -d= -f2)
warm_pdf=$(grep warm_pdf_median_ms "$OUT/warm.txt" | cut -d= -f2)

if command -v weasyprint >/dev/null; then
  wruns=()
  for i in $(seq "$WRUNS"); do
    s=$(now); weasyprint "$OUT/issue-print.html" "$OUT/weasyprint.pdf" 2>/dev/null; e=$(now)
    wruns+=("$(awk -v a="$s" -v b="$e" 'BEGIN{printf "%.0f", (b-a)*1000}')")
  done
  weasy_ms=$(printf '%s\n' "${wruns[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  weasy_pages=$(pdfinfo "$OUT/weasyprint.pdf" | awk '/^Pages/{print $2}')
else
  weasy_ms=""; weasy_pages=""
fi

echo "machine: $(nproc) cores, load average before the run: ${LOAD_BEFORE}, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "ten-event LMEC issue: $pages pages (newsdesk), $(grep html_bytes "$OUT/cold-1.txt" | cut -d= -f2) bytes of HTML"
echo "newsdesk cold, fresh JVM, whole process (median of 3):  ${cold_process_ms} ms"
echo "newsdesk cold, first render inside that JVM:            ${cold_render_ms} ms  (HTML + mail HTML + text + PDF)"
echo "newsdesk warm, median of $RUNS after $WARMUP warm-up:          ${warm_full} ms  (HTML + mail HTML + text + PDF)"
echo "newsdesk warm, PDF only, median of $RUNS:                   ${warm_pdf} ms"
if [[ -n "$weasy_ms" ]]; then
  echo "weasyprint $(weasyprint --version | awk '{print $3}'), fresh process, median of $WRUNS:        ${weasy_ms} ms  ($weasy_pages pages, same HTML and font)"
  awk -v w="$weasy_ms" -v c="$cold_process_ms" -v f="$warm_full" -v p="$warm_pdf" 'BEGIN{
    printf "ratio weasyprint / newsdesk cold process:       %.2f\n", w / c;
    printf "ratio weasyprint / newsdesk warm whole render:  %.1f\n", w / f;
    printf "ratio weasyprint / newsdesk warm PDF only:      %.1f\n", w / p }'
else
  echo "weasyprint not installed (apt-get install -y weasyprint): no ratio"
fi
