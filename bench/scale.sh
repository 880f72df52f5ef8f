#!/usr/bin/env bash
# Issue 13's ~100,000-article benchmark in the embedded (SQLite) mode, on the built program (Release):
#   1. ingest of 10kGNAD test + BBC (3,253 inputs) into a fresh folder: the small-scale row of the same run
#   2. those stored articles REPEAT times (default 31: ~96,000) with changed ids and thinned text (scale_inputs.py says
#      why and how), as JSON Lines files of 1,000, ingested into a fresh folder in one process
#   3. the XQuAD paragraphs (de + en) added and the 2,380 XQuAD questions through `eval` (warm ask p50/p95), as in
#      speed.sh, so the warm ask compares with speed.sh's 3,253-article index
#   4. index and state.db sizes, the index's segment count
#   REPEAT=8 bench/scale.sh     a smaller run (~25,000 articles)
set -euo pipefail
source "$(dirname "$0")/common.sh"
BRIEFING="${BRIEFING_BIN:-$BRIEFING}"   # another build, e.g. a saved copy of bin/Release (then BENCH_NO_BUILD=1)
build_briefing
REPEAT="${REPEAT:-31}"
small="$WORK/scale-small"; data="$WORK/scale-data"; inputs="$WORK/scale-inputs"
rm -rf "$small" "$data" "$inputs"; mkdir -p "$inputs"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(load)"
s=$(date +%s.%N)
measure "$BRIEFING" --data "$small" ingest "$BRIEFING_CORPUS/10kgnad/test.jsonl" "$BRIEFING_CORPUS/bbc" 2>"$WORK/scale-small.err" | head -1 || true
e=$(date +%s.%N)
echo "ingest 3,253 inputs: $(echo "$e - $s" | bc) s = $(echo "3253 / ($e - $s)" | bc) inputs/s; $(tail -1 "$WORK/scale-small.err"); load $(load)"

python3 "$BENCH_DIR/scale_inputs.py" "$small/state.db" "$inputs" "$REPEAT"
count=$(cat "$inputs"/*.jsonl | wc -l)
s=$(date +%s.%N)
measure "$BRIEFING" --data "$data" ingest "$inputs" 2>"$WORK/scale-ingest.err" | head -1 || true
e=$(date +%s.%N)
echo "ingest $count inputs: $(echo "$e - $s" | bc) s = $(echo "$count / ($e - $s)" | bc) inputs/s; $(tail -1 "$WORK/scale-ingest.err"); load $(load)"

add_xquad_speed_set "$data" "$WORK/cases-scale.jsonl"
measure "$BRIEFING" --data "$data" eval "$WORK/cases-scale.jsonl" --json > "$WORK/scale-eval.json" 2>"$WORK/scale-eval.err"
report_warm_ask "$WORK/scale-eval.json" "$WORK/scale-eval.err" "XQuAD questions"
echo "load after eval: $(load)"
echo "sizes: index $(du -sh "$data/index" | cut -f1) in $(ls "$data/index" | grep -c '\.si$') segments, state.db $(du -sh "$data/state.db" | cut -f1); at 3,253 inputs: index $(du -sh "$small/index" | cut -f1), state.db $(du -sh "$small/state.db" | cut -f1)"
