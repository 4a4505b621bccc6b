#!/usr/bin/env bash
# Measures what README's Performance section reports, with public tools
# only (go, /usr/bin/time, the shell):
#
# - cold start: median wall time and peak memory over RUNS runs of
#   `bulletin version`, `bulletin schema` and `bulletin parse` on one 8 KB
#   bulletin, and of a hello-world Go binary built here, the floor any Go
#   program pays (version is judged by how far above it it stands). The
#   four take turns within each round, so a slow minute falls on all four.
# - archives: `bulletin parse -q --jobs JOBS --format jsonl` to /dev/null
#   over each count in FILES of symbolic links to the corpus texts, in one
#   folder (the 25 texts in turn; links cost no disk, so 100,000 are cheap):
#   median MB/s with its range and peak memory, over BATCH_RUNS runs up to
#   1,000 files and MEM_RUNS runs above. Memory must not grow with the
#   number of files, so the peak over the largest count is also given as a
#   ratio of the peak over the one before.
# - one big document: the corpus texts concatenated, whole, up to just
#   under 16 MiB (parse's --max-size default), parsed DOC_RUNS times:
#   median wall time with its range, and peak memory.
# - PDFs: one 2-page PDF parsed with an empty PDFium cache (the first run,
#   which compiles PDFium) and with the cache warm (median wall time and
#   peak memory), and files per second over PDF_COPIES copies of it with
#   --jobs JOBS.
#
# Shared machines vary by a third from minute to minute; compare medians,
# and A/B builds in alternating runs (BIN measures a bulletin built
# elsewhere, e.g. from a worktree of an older commit).
#
#   scripts/bench.sh                              # all of it: about 9 minutes on 2 cores
#   FILES=1000 DOC=0 PDF=0 scripts/bench.sh       # cold start and 1,000 files: under a minute
#   BIN=/tmp/old/bulletin PDF=0 scripts/bench.sh  # an older build
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-21}
FILES=${FILES:-1000 10000 100000}
BATCH_RUNS=${BATCH_RUNS:-5}
MEM_RUNS=${MEM_RUNS:-3}
DOC=${DOC:-1}
DOC_RUNS=${DOC_RUNS:-3}
PDF=${PDF:-1}
PDF_RUNS=${PDF_RUNS:-3}
PDF_COPIES=${PDF_COPIES:-100}
JOBS=${JOBS:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=${BIN:-$work/bulletin}
[ -n "${BIN:-}" ] || go build -o "$bin" ./cmd/bulletin
sample=testdata/corpus/nanyang-2025-12-08-no39.txt

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
lowest() { sort -n | head -1; }
highest() { sort -n | tail -1; }

# run OUT CMD...: one run of CMD, its output dropped; appends its wall
# time in microseconds from the shell's clock (/usr/bin/time's %e has only
# centiseconds) and its peak memory in KB from /usr/bin/time to OUT.
run() {
  local out=$1 t0 t1
  shift
  t0=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$work/t" "$@" >/dev/null
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000 )) $(cat "$work/t")" >> "$out"
}

# Two helpers in a module of their own: the hello-world binary, and a
# maker of links (ln is a process per link: 100,000 took minutes).
mkdir -p "$work/mod/hello" "$work/mod/links"
cat > "$work/mod/go.mod" <<'GO'
module benchtools

go 1.22
GO
cat > "$work/mod/hello/main.go" <<'GO'
package main

import "fmt"

func main() { fmt.Println("hello, world") }
GO
cat > "$work/mod/links/main.go" <<'GO'
// links DIR N FILE...: N symbolic links in DIR to the FILEs in turn, the
// k-th round of them named NAME-k.txt; prints the bytes they link to.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

func main() {
	dir, files := os.Args[1], os.Args[3:]
	n, err := strconv.Atoi(os.Args[2])
	if err != nil {
		panic(err)
	}
	var total int64
	for i := range n {
		f := files[i%len(files)]
		st, err := os.Stat(f)
		if err != nil {
			panic(err)
		}
		name := fmt.Sprintf("%s-%d.txt", strings.TrimSuffix(filepath.Base(f), ".txt"), i/len(files))
		if err := os.Symlink(f, filepath.Join(dir, name)); err != nil {
			panic(err)
		}
		total += st.Size()
	}
	fmt.Println(total)
}
GO
(cd "$work/mod" && go build -o "$work" ./hello ./links)

echo "machine:    $(nproc) cores, $(awk '/model name/ {sub(/.*: /,""); print; exit}' /proc/cpuinfo), $(go version | awk '{print $3}')"

"$bin" parse "$sample" >/dev/null # the first run writes the dictionary cache
for i in $(seq "$RUNS"); do
  run "$work/c-hello" "$work/hello"
  run "$work/c-version" "$bin" version
  run "$work/c-schema" "$bin" schema
  run "$work/c-parse" "$bin" parse "$sample"
done
hello_ms=$(awk '{print $1/1000}' "$work/c-hello" | median)
for c in hello version schema parse; do
  f=$work/c-$c
  ms=$(awk '{print $1/1000}' "$f" | median)
  lo=$(awk '{print $1/1000}' "$f" | lowest)
  hi=$(awk '{print $1/1000}' "$f" | highest)
  kb=$(awk '{print $2}' "$f" | median)
  case $c in
    hello) what="a hello-world Go binary" ;;
    parse) what="bulletin parse $(basename "$sample") ($(wc -c < "$sample") bytes)" ;;
    *) what="bulletin $c" ;;
  esac
  above=""
  [ "$c" = hello ] || above=$(awk -v a="$ms" -v h="$hello_ms" 'BEGIN {printf ", %.1f ms above hello-world", a-h}')
  awk -v w="$what" -v ms="$ms" -v lo="$lo" -v hi="$hi" -v kb="$kb" -v n="$RUNS" -v above="$above" 'BEGIN {
    printf "cold start: %s: median %.1f ms (range %.1f-%.1f)%s, peak %.1f MB (median of %d runs)\n", w, ms, lo, hi, above, kb/1024, n }'
done

# Archives, smallest count first; the links are made before the clock runs.
prev_kb="" prev_n=""
for n in $FILES; do
  dir=$work/links-$n
  mkdir -p "$dir"
  bytes=$("$work/links" "$dir" "$n" "$PWD"/testdata/corpus/*.txt)
  runs=$BATCH_RUNS
  [ "$n" -le 1000 ] || runs=$MEM_RUNS
  for i in $(seq "$runs"); do
    run "$work/f-$n" "$bin" parse -q --jobs "$JOBS" --format jsonl "$dir"
  done
  s=$(awk '{print $1/1e6}' "$work/f-$n" | median)
  lo=$(awk '{print $1/1e6}' "$work/f-$n" | lowest)
  hi=$(awk '{print $1/1e6}' "$work/f-$n" | highest)
  kb=$(awk '{print $2}' "$work/f-$n" | median)
  kb_hi=$(awk '{print $2}' "$work/f-$n" | highest)
  awk -v b="$bytes" -v s="$s" -v lo="$lo" -v hi="$hi" -v n="$runs" -v f="$n" -v j="$JOBS" -v kb="$kb" -v khi="$kb_hi" 'BEGIN {
    printf "files:      parse --jobs %d --format jsonl over %d files (%.1f MB): median %.2f s, %.1f MB/s (range %.1f-%.1f over %d runs), peak %.1f MB (highest %.1f)\n", j, f, b/1e6, s, b/1e6/s, b/1e6/hi, b/1e6/lo, n, kb/1024, khi/1024 }'
  [ -z "$prev_kb" ] || awk -v a="$kb" -v p="$prev_kb" -v n="$n" -v m="$prev_n" 'BEGIN {
    printf "memory:     peak over %d files %.2f times the peak over %d\n", n, a/p, m }'
  prev_kb=$kb prev_n=$n
  rm -rf "$dir"
done

# One big document: whole rounds of the corpus, then whole texts while
# they fit, so the file stays under --max-size and is read, not refused.
if [ "$DOC" != 0 ]; then
  max=$((16 * 1024 * 1024))
  cat testdata/corpus/*.txt > "$work/round"
  round=$(wc -c < "$work/round")
  for i in $(seq $(( (max - 1) / round ))); do cat "$work/round"; done > "$work/big.txt"
  size=$(wc -c < "$work/big.txt")
  for f in testdata/corpus/*.txt; do
    s=$(wc -c < "$f")
    [ $((size + s)) -lt "$max" ] || break
    cat "$f" >> "$work/big.txt"
    size=$((size + s))
  done
  for i in $(seq "$DOC_RUNS"); do
    run "$work/doc" "$bin" parse -q --format jsonl "$work/big.txt"
  done
  s=$(awk '{print $1/1e6}' "$work/doc" | median)
  lo=$(awk '{print $1/1e6}' "$work/doc" | lowest)
  hi=$(awk '{print $1/1e6}' "$work/doc" | highest)
  kb=$(awk '{print $2}' "$work/doc" | median)
  kb_hi=$(awk '{print $2}' "$work/doc" | highest)
  awk -v b="$size" -v s="$s" -v lo="$lo" -v hi="$hi" -v n="$DOC_RUNS" -v kb="$kb" -v khi="$kb_hi" 'BEGIN {
    printf "document:   parse --format jsonl, the corpus concatenated (%d bytes): median %.2f s (range %.2f-%.2f over %d runs), %.1f MB/s, peak %.0f MB (highest %.0f)\n", b, s, lo, hi, n, b/1e6/s, kb/1024, khi/1024 }'
fi

[ "$PDF" != 0 ] || exit 0

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
