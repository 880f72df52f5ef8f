#!/usr/bin/env bash
# Calibrates Answering:MinCoverage: the XQuAD questions over their own paragraphs (answerable) and over an index
# of the news corpus without them (10kgnad + bbc: unanswerable), all with MinCoverage=0 so every case records the
# extractive evidence; calibrate.py then sweeps the threshold and prints the precision/recall trade-off.
#   bench/calibrate.sh            (reuses $WORK/news-data when it is there; delete it to rebuild)
set -euo pipefail
source "$(dirname "$0")/common.sh"
build_briefing
news="$WORK/news-data"
if [ ! -d "$news/index" ]; then
  "$BRIEFING" --data "$news" ingest "$BRIEFING_CORPUS/10kgnad/test.jsonl" "$BRIEFING_CORPUS/bbc" >&2 || [ $? -eq 2 ]
fi
for lang in de en; do
  data="$WORK/xquad-$lang-data"; rm -rf "$data"
  python3 "$BENCH_DIR/xquad_data.py" articles "$lang" "$WORK/xquad-$lang.jsonl"
  python3 "$BENCH_DIR/xquad_data.py" cases "$lang" "$lang" "$WORK/cases-$lang-$lang.jsonl"
  python3 "$BENCH_DIR/xquad_data.py" cases "$lang" none "$WORK/cases-$lang-none.jsonl"
  "$BRIEFING" --data "$data" ingest "$WORK/xquad-$lang.jsonl" >&2
  Answering__MinCoverage=0 "$BRIEFING" --data "$data" eval "$WORK/cases-$lang-$lang.jsonl" --json --top 10 > "$WORK/calib-$lang-answerable.json"
  Answering__MinCoverage=0 "$BRIEFING" --data "$news" eval "$WORK/cases-$lang-none.jsonl" --json --top 10 > "$WORK/calib-$lang-unanswerable.json"
done
python3 "$BENCH_DIR/calibrate.py" "$WORK"/calib-{de,en}-answerable.json -- "$WORK"/calib-{de,en}-unanswerable.json
