#!/usr/bin/env bash
# The realistic development set (eval/dev/, issue 10) through `eval`: questions people ask a news bot, German,
# English, cross-lingual and unanswerable near-misses, over one index of seed + 10kGNAD + BBC (FreeDict lexicon
# from /usr/share/dictd when installed).
#   bench/dev.sh train     the split to tune on (default)
#   bench/dev.sh test      the held-back split: report it, never tune on it
#   bench/dev.sh holdout   questions written after a session's tuning by someone who did not tune: report it apart
#   bench/dev.sh probes    the lead's probes 3-9, 11-19, 21 to 82 (sessions five to fifty-six): questions nobody tuned on when written; tune on them
# The index is built once per version of the indexing code ($WORK/dev-data-<hash>; BENCH_DEV_REBUILD=1 forces it).
# Prints the table per group; the full JSON report is kept in $WORK/dev-SPLIT-<worktree folder>.json.
set -euo pipefail
source "$(dirname "$0")/common.sh"
split="${1:-train}"
case "$split" in train|test|holdout|probes) ;; *) echo "usage: bench/dev.sh [train|test|holdout|probes]" >&2; exit 2 ;; esac
cases="$REPO_DIR/eval/dev/$split.jsonl"
python3 "$BENCH_DIR/dev_check.py" "$BRIEFING_CORPUS" >&2
build_briefing
# What decides the index: everything in Core but answering and evaluation.
code_hash=$(cd "$REPO_DIR" && find src/Briefing.Core -name '*.cs' -not -path '*/Answering/*' -not -path '*/Evaluation/*' \
  -not -path '*/obj/*' -not -path '*/bin/*' | sort | xargs cat | sha1sum | cut -c1-12)
data="$WORK/dev-data-$code_hash"
# Several worktrees share $WORK: one builds the index (and the first eval compiles the lexicon into it) while the
# others wait.
exec 9> "$data.lock"
flock 9
if [ -n "${BENCH_DEV_REBUILD:-}" ] || [ ! -f "$data/ingest.log" ]; then
  rm -rf "$data"; mkdir -p "$data"
  echo "indexing seed + 10kgnad + bbc into $data (a few minutes, once)" >&2
  "$BRIEFING" --data "$data" ingest "$BRIEFING_CORPUS/seed" "$BRIEFING_CORPUS/10kgnad/test.jsonl" "$BRIEFING_CORPUS/bbc" \
    > "$data/ingest.log.partial" 2>&1 || [ $? -eq 2 ]
  grep "^Added" "$data/ingest.log.partial" >&2 || true
  mv "$data/ingest.log.partial" "$data/ingest.log"
fi
report="$WORK/dev-$split-$(basename "$REPO_DIR").json"
"$BRIEFING" --data "$data" eval "$cases" --json --top 10 > "$report"
flock -u 9
python3 "$BENCH_DIR/dev_report.py" "$report" "$cases" "$data/ingest.log"
