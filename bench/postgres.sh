#!/usr/bin/env bash
# Issue 13: ingest articles/s in the embedded (SQLite) mode and in Postgres mode, and how fast a new instance's
# Lucene replica catches up from the shared article table. Starts its own throwaway PostgreSQL cluster (as the tests
# do: initdb + pg_ctl on a free port, as the postgres user when run as root) and removes it at the end.
# Corpus: seed + 10kGNAD test + BBC (3,095 articles stored). REPEAT=N ingests them N times under changed ids and
# thinned text (the ~100,000 scale; copies with a sentence appended were all, rightly, dropped as near-duplicates).
# Also times the warm ask (eval/dev questions) on the embedded folder; SKIP_EMBEDDED=1 times only the Postgres mode.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
BRIEFING="${BRIEFING_BIN:-$BRIEFING}"   # e.g. the Debug build: BRIEFING_BIN=src/Briefing.Host/bin/Debug/net10.0/Briefing.Host BENCH_NO_BUILD=1
build_briefing
REPEAT="${REPEAT:-1}"
source "$BENCH_DIR/pg_cluster.sh"
rm -rf "$WORK"/pg-sqlite "$WORK"/pg-a "$WORK"/pg-b "$WORK"/pg-inputs
start_pg_cluster pg-cluster

# The inputs, REPEAT times with changed ids and thinned text so no copy is a near-duplicate of another (scale_inputs.py,
# shared with bench/scale.sh, says how), as JSON Lines files of 1,000 articles.
INPUTS="$WORK/pg-inputs"; mkdir -p "$INPUTS"
cat "$REPO_DIR/eval/dev/train.jsonl" "$REPO_DIR/eval/dev/test.jsonl" > "$WORK/pg-cases.jsonl"
warm_ask_report() {
python3 - "$1" <<'PY' || true
import json, sys
m = json.load(open(sys.argv[1]))["metrics"]["overall"]
print(f"warm ask ({m['cases']} eval/dev questions): p50 {m['latencyP50Ms']} ms, p95 {m['latencyP95Ms']} ms")
PY
}
"$BRIEFING" ingest "$BRIEFING_CORPUS/seed" "$BRIEFING_CORPUS/10kgnad/test.jsonl" "$BRIEFING_CORPUS/bbc" --data "$WORK/pg-seedcopy" >/dev/null
python3 "$BENCH_DIR/scale_inputs.py" "$WORK/pg-seedcopy/state.db" "$INPUTS" "$REPEAT"
rm -rf "$WORK/pg-seedcopy"

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
# SKIP_EMBEDDED=1: only the Postgres rows (before -> after comparisons of the Postgres mode without minutes of SQLite and eval).
if [ -z "${SKIP_EMBEDDED:-}" ]; then
measure_as "sqlite ingest" "$BRIEFING" ingest "$INPUTS" --data "$WORK/pg-sqlite" | sed -n 1p
# Warm ask: the eval/dev questions (about seed + 10kGNAD + BBC, the corpus copied here) in one process, per-question times.
measure_as "eval process" "$BRIEFING" --data "$WORK/pg-sqlite" eval "$WORK/pg-cases.jsonl" --json \
  > "$WORK/pg-eval.json" 2> "$WORK/pg-eval.err" || true
tail -1 "$WORK/pg-eval.err"
warm_ask_report "$WORK/pg-eval.json"
echo "load after the embedded runs: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
Storage__Provider=Postgres ConnectionStrings__Briefing="$CONN" \
  measure_as "postgres ingest (instance A)" "$BRIEFING" ingest "$INPUTS" --data "$WORK/pg-a" | sed -n 1p
# Instance B has never seen the files: its replica is built from the article table (the catch-up a new instance does).
Storage__Provider=Postgres ConnectionStrings__Briefing="$CONN" \
  measure_as "replica catch-up (instance B, empty folder)" "$BRIEFING" reindex --data "$WORK/pg-b"
pg_sql "SELECT 'stored articles: ' || count(*) || ', database size: ' || pg_size_pretty(pg_database_size('briefing')) FROM articles WHERE NOT removed"
# Warm ask on instance B (Postgres mode: the article table, B's replica): the same questions, one process.
Storage__Provider=Postgres ConnectionStrings__Briefing="$CONN" \
  measure_as "eval process (instance B)" "$BRIEFING" --data "$WORK/pg-b" eval "$WORK/pg-cases.jsonl" --json \
  > "$WORK/pg-eval-b.json" 2> "$WORK/pg-eval-b.err" || true
tail -1 "$WORK/pg-eval-b.err"
warm_ask_report "$WORK/pg-eval-b.json"
du -sh "$WORK"/pg-sqlite/index "$WORK/pg-a/index" "$WORK/pg-b/index" "$WORK"/pg-sqlite/state.db 2>/dev/null || true
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
