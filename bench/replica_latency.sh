#!/usr/bin/env bash
# Issue 13: how soon an article ingested through instance A is answerable on instance B (target: within 2 s), both
# in Postgres mode on one throwaway cluster. B is a running bot (`run`, console chat) that only follows the article
# table (LISTEN/NOTIFY wake, Storage:ReplicaPollSeconds polling as the fallback); A is `ingest FILE`, one article at a
# time. PRELOAD=1 (default) first ingests seed + 10kGNAD test + BBC through A so B's replica is a realistic size.
# N articles (default 20): p50 / p95 / max of (B's first reply citing the article) - (commit time of its row).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$BENCH_DIR/pg_cluster.sh"
BRIEFING="${BRIEFING_BIN:-$BRIEFING}"
build_briefing
N="${N:-20}"
rm -rf "$WORK"/lt-a "$WORK"/lt-b "$WORK"/lt-article-*
start_pg_cluster lt-cluster -c track_commit_timestamp=on
export Storage__Provider=Postgres ConnectionStrings__Briefing="$CONN"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${PRELOAD:-1}" = 1 ]; then
  "$BRIEFING" ingest "$BRIEFING_CORPUS/seed" "$BRIEFING_CORPUS/10kgnad/test.jsonl" "$BRIEFING_CORPUS/bbc" --data "$WORK/lt-a" | sed -n 1p
fi
python3 "$BENCH_DIR/replica_latency.py" "$BRIEFING" "$WORK" "$CONN" "$N" "${PG_AS[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U briefing -d briefing -Atc
echo "stored articles: $(pg_sql 'SELECT count(*) FROM articles WHERE NOT removed'); load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
