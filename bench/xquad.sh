#!/usr/bin/env bash
# XQuAD retrieval + answer benchmark through `eval` (the `ask` pipeline).
#   bench/xquad.sh de de     German questions over the 240 German paragraphs
#   bench/xquad.sh en en     English over English
#   bench/xquad.sh en de     English questions over the German paragraphs (cross-lingual)
# Prints the eval table; the full JSON report is kept in $WORK/xquad-Q-P.json.
set -euo pipefail
source "$(dirname "$0")/common.sh"
q="${1:?question language (de|en)}"; p="${2:?paragraph language (de|en)}"
build_briefing
data="$WORK/xquad-$p-data"; rm -rf "$data"
python3 "$BENCH_DIR/xquad_data.py" articles "$p" "$WORK/xquad-$p.jsonl"
python3 "$BENCH_DIR/xquad_data.py" cases "$q" "$p" "$WORK/cases-$q-$p.jsonl"
"$BRIEFING" --data "$data" ingest "$WORK/xquad-$p.jsonl" >&2
"$BRIEFING" --data "$data" eval "$WORK/cases-$q-$p.jsonl" --json --top 10 > "$WORK/xquad-$q-$p.json"
python3 "$BENCH_DIR/report.py" "$WORK/xquad-$q-$p.json"
