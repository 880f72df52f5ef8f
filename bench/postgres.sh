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
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PG="$WORK/pg-cluster"; rm -rf "$PG" "$WORK"/pg-sqlite "$WORK"/pg-a "$WORK"/pg-b "$WORK"/pg-inputs
AS=(); [ "$(id -u)" = 0 ] && AS=(runuser -u postgres --)
mkdir -p "$PG"; [ "$(id -u)" = 0 ] && chown postgres "$PG"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"${AS[@]}" "$PG_BIN/initdb" -D "$PG/data" -U briefing --auth=trust -E UTF8 --locale=C >/dev/null
"${AS[@]}" "$PG_BIN/pg_ctl" -D "$PG/data" -l "$PG/log" -w start -o "-p $PORT -k $PG -c listen_addresses=127.0.0.1" >/dev/null
trap '"${AS[@]}" "$PG_BIN/pg_ctl" -D "$PG/data" -m immediate -w stop >/dev/null; rm -rf "$PG"' EXIT
"${AS[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U briefing -d postgres -qc "CREATE DATABASE briefing" >/dev/null

# The inputs, REPEAT times with changed ids and thinned text so no copy is a near-duplicate of another (scale_inputs.py,
# shared with bench/scale.sh, says how), as JSON Lines files of 1,000 articles.
INPUTS="$WORK/pg-inputs"; mkdir -p "$INPUTS"
"$BRIEFING" ingest "$BRIEFING_CORPUS/seed" "$BRIEFING_CORPUS/10kgnad/test.jsonl" "$BRIEFING_CORPUS/bbc" --data "$WORK/pg-seedcopy" >/dev/null
python3 "$BENCH_DIR/scale_inputs.py" "$WORK/pg-seedcopy/state.db" "$INPUTS" "$REPEAT"
rm -rf "$WORK/pg-seedcopy"
CONN="Host=127.0.0.1;Port=$PORT;Username=briefing;Database=briefing"

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
# SKIP_EMBEDDED=1: only the Postgres rows (before -> after comparisons of the Postgres mode without minutes of SQLite and eval).
if [ -z "${SKIP_EMBEDDED:-}" ]; then
/usr/bin/time -f "sqlite ingest: %e s wall, %U s user + %S s sys, %M KB peak" "$BRIEFING" ingest "$INPUTS" --data "$WORK/pg-sqlite" | sed -n 1p
# Warm ask: the 192 eval/dev questions (about seed + 10kGNAD + BBC, the corpus copied here) in one process, per-question times.
cat "$REPO_DIR/eval/dev/train.jsonl" "$REPO_DIR/eval/dev/test.jsonl" > "$WORK/pg-cases.jsonl"
/usr/bin/time -f "eval process: %e s wall, %U s user, %M KB peak" "$BRIEFING" --data "$WORK/pg-sqlite" eval "$WORK/pg-cases.jsonl" --json \
  > "$WORK/pg-eval.json" 2> "$WORK/pg-eval.err" || true
tail -1 "$WORK/pg-eval.err"
python3 - "$WORK/pg-eval.json" <<'PY' || true
import json, sys
m = json.load(open(sys.argv[1]))["metrics"]["overall"]
print(f"warm ask ({m['cases']} eval/dev questions): p50 {m['latencyP50Ms']} ms, p95 {m['latencyP95Ms']} ms")
PY
echo "load after the embedded runs: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
Storage__Provider=Postgres ConnectionStrings__Briefing="$CONN" \
  /usr/bin/time -f "postgres ingest (instance A): %e s wall, %U s user + %S s sys, %M KB peak" "$BRIEFING" ingest "$INPUTS" --data "$WORK/pg-a" | sed -n 1p
# Instance B has never seen the files: its replica is built from the article table (the catch-up a new instance does).
Storage__Provider=Postgres ConnectionStrings__Briefing="$CONN" \
  /usr/bin/time -f "replica catch-up (instance B, empty folder): %e s wall, %U s user + %S s sys, %M KB peak" "$BRIEFING" reindex --data "$WORK/pg-b"
"${AS[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U briefing -d briefing -Atc \
  "SELECT 'stored articles: ' || count(*) || ', database size: ' || pg_size_pretty(pg_database_size('briefing')) FROM articles WHERE NOT removed"
du -sh "$WORK"/pg-sqlite/index "$WORK/pg-a/index" "$WORK/pg-b/index" "$WORK"/pg-sqlite/state.db 2>/dev/null || true
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
