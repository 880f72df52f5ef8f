#!/usr/bin/env bash
# reindex time for seed + 10kGNAD + BBC (issue 12): ingest the corpora once, then time `reindex` (rebuild of the
# Lucene index and near-duplicate signatures from state.db, no network) against the ingest itself.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build_briefing
DATA="$WORK/reindex-data"
rm -rf "$DATA"
measure_as "ingest" "$BRIEFING" ingest "$BRIEFING_CORPUS/seed" "$BRIEFING_CORPUS/10kgnad/test.jsonl" "$BRIEFING_CORPUS/bbc" --data "$DATA"
measure_as "reindex" "$BRIEFING" reindex --data "$DATA"
