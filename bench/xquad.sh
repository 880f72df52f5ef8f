#!/usr/bin/env bash
# XQuAD retrieval + answer benchmark through `eval` (the `ask` pipeline).
#   bench/xquad.sh de de     German questions over the 240 German paragraphs
#   bench/xquad.sh en en     English over English
#   bench/xquad.sh en de     English questions over the German paragraphs (cross-lingual)
#   bench/xquad.sh en mixed  English questions over the English paragraphs indexed among the 1,028 German
#                            10kGNAD articles (the minority language of a mixed index; compare with en en)
# Prints the eval table; the full JSON report is kept in $WORK/xquad-Q-P.json.
set -euo pipefail
source "$(dirname "$0")/common.sh"
q="${1:?question language (de|en)}"; p="${2:?paragraph language (de|en|mixed)}"
inputs=()
if [ "$p" = mixed ]; then p=en; run=mixed; inputs=("$BRIEFING_CORPUS/10kgnad/test.jsonl"); else run="$p"; fi
build_briefing
data="$WORK/xquad-$run-data"; rm -rf "$data"
python3 "$BENCH_DIR/xquad_data.py" articles "$p" "$WORK/xquad-$p.jsonl"
python3 "$BENCH_DIR/xquad_data.py" cases "$q" "$p" "$WORK/cases-$q-$p.jsonl"
"$BRIEFING" --data "$data" ingest "$WORK/xquad-$p.jsonl" "${inputs[@]}" >&2
"$BRIEFING" --data "$data" eval "$WORK/cases-$q-$p.jsonl" --json --top 10 > "$WORK/xquad-$q-$run.json"
python3 "$BENCH_DIR/report.py" "$WORK/xquad-$q-$run.json"
