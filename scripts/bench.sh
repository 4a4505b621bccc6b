#!/usr/bin/env bash
# Measures what README's Performance section reports, with public tools
# only (go, /usr/bin/time): the cold start of `bulletin parse` on one 8 KB
# bulletin (median wall time and peak memory over RUNS runs), and batch
# throughput of `bulletin parse --jobs 2 --format jsonl` over COPIES copies
# of the corpus (median MB/s and range over BATCH_RUNS runs, peak memory),
# with the peak over twice the files beside it (the folder given twice):
# memory must not grow with the number of files. For PDFs: one 2-page PDF
# parsed with an empty PDFium cache (the first run, which compiles PDFium)
# and with the cache warm (median wall time and peak memory), and files
# per second over PDF_COPIES copies of it with --jobs JOBS. Shared machines vary by a third from minute to
# minute; compare medians, and A/B builds in alternating runs.
#
#   scripts/bench.sh            # RUNS=15 COPIES=200 (1,000 files, about 10 MB) BATCH_RUNS=5
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-15}
PDF_RUNS=${PDF_RUNS:-3}
PDF_COPIES=${PDF_COPIES:-100}
COPIES=${COPIES:-200}
BATCH_RUNS=${BATCH_RUNS:-5}
JOBS=${JOBS:-2}
bin=$(mktemp -d)/bulletin
go build -o "$bin" ./cmd/bulletin
sample=testdata/corpus/nanyang-2025-12-08-no39.txt
work=$(mktemp -d)
trap 'rm -rf "$work" "$(dirname "$bin")"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

"$bin" parse "$sample" >/dev/null # the first run writes the dictionary cache
# Wall time from the shell's clock (nanoseconds: /usr/bin/time's %e has
# only centiseconds), peak memory from /usr/bin/time.
for i in $(seq "$RUNS"); do
  t0=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$work/t" "$bin" parse "$sample" >/dev/null
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000 )) $(cat "$work/t")" >> "$work/cold"
done
cold_ms=$(awk '{printf "%.1f\n", $1/1000}' "$work/cold" | median)
cold_kb=$(awk '{print $2}' "$work/cold" | median)

mkdir -p "$work/archive"
for i in $(seq "$COPIES"); do
  for f in testdata/corpus/*.txt; do cp "$f" "$work/archive/$(basename "$f" .txt)-$i.txt"; done
done
bytes=$(cat "$work"/archive/*.txt | wc -c)
files=$(ls "$work/archive" | wc -l)
for i in $(seq "$BATCH_RUNS"); do
  # Wall time from the shell's clock, as for the cold start.
  t0=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$work/t" "$bin" parse -q --jobs "$JOBS" --format jsonl "$work/archive" >/dev/null
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000 )) $(cat "$work/t")" >> "$work/batch"
done
for i in 1 2 3; do
  /usr/bin/time -f '%M' -o "$work/t" "$bin" parse -q --jobs "$JOBS" --format jsonl "$work/archive" "$work/archive" >/dev/null
  cat "$work/t" >> "$work/doublekb"
done
batch_s=$(awk '{printf "%.3f\n", $1/1e6}' "$work/batch" | median)
batch_lo=$(awk '{print $1/1e6}' "$work/batch" | sort -n | head -1)
batch_hi=$(awk '{print $1/1e6}' "$work/batch" | sort -n | tail -1)
batch_kb=$(awk '{print $2}' "$work/batch" | median)
double_kb=$(median < "$work/doublekb")

echo "machine:    $(nproc) cores, $(awk '/model name/ {sub(/.*: /,""); print; exit}' /proc/cpuinfo), $(go version | awk '{print $3}')"
echo "cold start: bulletin parse $(basename "$sample") ($(wc -c < "$sample") bytes): median ${cold_ms} ms, peak ${cold_kb} KB (median of $RUNS runs)"
awk -v b="$bytes" -v s="$batch_s" -v lo="$batch_lo" -v hi="$batch_hi" -v n="$BATCH_RUNS" -v f="$files" -v j="$JOBS" -v kb="$batch_kb" -v t="$((2 * files))" -v tkb="$double_kb" 'BEGIN {
  printf "batch:      parse --jobs %d --format jsonl over %d files (%.1f MB): median %.2f s, %.1f MB/s (range %.1f-%.1f MB/s over %d runs), peak %d KB (%d KB over %d files)\n", j, f, b/1e6, s, b/1e6/s, b/1e6/hi, b/1e6/lo, n, kb, tkb, t }'

# PDFs. The cache folder is the run's own: BULLETIN_PDFIUM_CACHE names it.
pdf=testdata/formats/nanyang-2025-work-conference.pdf
pdfpages=2
export BULLETIN_PDFIUM_CACHE="$work/pdfium"
for i in $(seq "$PDF_RUNS"); do
  rm -rf "$BULLETIN_PDFIUM_CACHE"
  t0=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$work/t" "$bin" parse "$pdf" >/dev/null
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000 )) $(cat "$work/t")" >> "$work/pdfcold"
done
for i in $(seq "$RUNS"); do
  t0=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$work/t" "$bin" parse "$pdf" >/dev/null
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000 )) $(cat "$work/t")" >> "$work/pdfwarm"
done
mkdir -p "$work/pdfs"
for i in $(seq "$PDF_COPIES"); do cp "$pdf" "$work/pdfs/$i.pdf"; done
for i in $(seq "$BATCH_RUNS"); do
  t0=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$work/t" "$bin" parse -q --jobs "$JOBS" --format jsonl "$work/pdfs" >/dev/null
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000 )) $(cat "$work/t")" >> "$work/pdfbatch"
done
for kind in pdfcold pdfwarm; do
  ms=$(awk '{printf "%.1f\n", $1/1000}' "$work/$kind" | median)
  kb=$(awk '{print $2}' "$work/$kind" | median)
  n=$(wc -l < "$work/$kind")
  label="first run, empty cache"; [ "$kind" = pdfwarm ] && label="cache warm"
  echo "pdf:        bulletin parse $(basename "$pdf") ($pdfpages pages), $label: median ${ms} ms, peak ${kb} KB (median of $n runs)"
done
pdf_s=$(awk '{printf "%.3f\n", $1/1e6}' "$work/pdfbatch" | median)
pdf_kb=$(awk '{print $2}' "$work/pdfbatch" | median)
awk -v s="$pdf_s" -v f="$PDF_COPIES" -v j="$JOBS" -v kb="$pdf_kb" -v n="$BATCH_RUNS" 'BEGIN {
  printf "pdf batch:  parse --jobs %d over %d PDFs: median %.2f s, %.1f files/s (median of %d runs), peak %d KB\n", j, f, s, f/s, n, kb }'
