#!/usr/bin/env bash
# Speed benchmarks on the built program (Release), each printed as one line:
#   1. ingest throughput: 10kgnad test.jsonl + bbc into a fresh data folder (articles/s, peak memory)
#   2. the XQuAD paragraphs (de + en) added to that index; a second ingest of the news reports it unchanged
#   3. warm `ask` latency: the XQuAD questions (de, en) through `eval` over the 3,253 + 480 article index
#   4. process start to first answer on the existing index (`ask`, median of 5)
#   5. the same questions as bare Lucene searches over the same index (the pipeline overhead ratio)
#   bench/speed.sh              all of it (a fresh data folder)
#   bench/speed.sh --ask-only   only 3 and 5, on the data folder and cases a full run left in $WORK (compare versions
#                               of the ask path on one index, without an ingest between them)
set -euo pipefail
ask_only=""; [ "${1:-}" = "--ask-only" ] && ask_only=1
source "$(dirname "$0")/common.sh"
build_briefing
dotnet build "$BENCH_DIR/BareLucene" -c Release -nologo -v q >&2
data="$WORK/speed-data"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(load)"
if [ -n "$ask_only" ] && { [ ! -d "$data" ] || [ ! -f "$WORK/cases-speed.jsonl" ]; }; then
  echo "--ask-only needs a full run first ($data and $WORK/cases-speed.jsonl are missing)." >&2; exit 1
fi
if [ -z "$ask_only" ]; then
rm -rf "$data"
start=$(date +%s.%N)
# BRIEFING_INGEST_TRACE=1: the run writes its time per stage (wall and thread CPU) to standard error, printed below.
BRIEFING_INGEST_TRACE=1 measure "$BRIEFING" --data "$data" ingest "$BRIEFING_CORPUS/10kgnad/test.jsonl" "$BRIEFING_CORPUS/bbc" 2>"$WORK/speed-ingest.err" | head -1 || true
end=$(date +%s.%N)
echo "ingest: 3253 articles in $(echo "$end - $start" | bc) s = $(echo "3253 / ($end - $start)" | bc) articles/s; $(tail -1 "$WORK/speed-ingest.err")"
grep -a "^Ingest run" "$WORK/speed-ingest.err" || true
"$BRIEFING" --data "$data" ingest "$BRIEFING_CORPUS/10kgnad/test.jsonl" "$BRIEFING_CORPUS/bbc" 2>/dev/null | head -1 | sed 's/^/second ingest: /' || true

add_xquad_speed_set "$data" "$WORK/cases-speed.jsonl"
fi
measure "$BRIEFING" --data "$data" eval "$WORK/cases-speed.jsonl" --json > "$WORK/speed-eval.json" 2>"$WORK/speed-eval.err"
report_warm_ask "$WORK/speed-eval.json" "$WORK/speed-eval.err" "questions over the mixed index"

if [ -z "$ask_only" ]; then
times=()
for i in 1 2 3 4 5; do
  s=$(date +%s.%N)
  "$BRIEFING" --data "$data" ask "Wann wurde die Universität Warschau gegründet?" >/dev/null 2>&1
  e=$(date +%s.%N); times+=("$(echo "$e - $s" | bc)")
done
echo "first answer (process start to answer, 5 runs): $(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')s; median $(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p) s"
measure "$BRIEFING" --data "$data" ask "How many points did the Panthers defense surrender?" 2>&1 >/dev/null | tail -1 | sed 's/^/one ask process: /'
fi

"$BENCH_DIR/BareLucene/bin/Release/net10.0/BareLucene" "$data/index" "$WORK/cases-speed.jsonl"
