#!/usr/bin/env bash
# kill -9 at random points of real ingests, the issue's 20 × 1,000 articles (issue 12): runs the suite's
# crash-consistency test with more and larger runs. Each run: ingest X killed while writing, ingest Y (near-copies
# under other ids), X again; it counts phantom duplicates and texts indexed zero or two times (all must be 0).
#   bench/crash.sh [RUNS] [ARTICLES]        (defaults 20 1000)
set -euo pipefail
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export BRIEFING_CRASH_RUNS="${1:-20}" BRIEFING_CRASH_ARTICLES="${2:-1000}"
dotnet test "$REPO_DIR/tests/Briefing.Host.Tests" --filter "FullyQualifiedName~CrashConsistencyProcessTests" \
  --logger "console;verbosity=normal" 2>&1 | grep -E "crash run|Passed!|Failed!|Error Message" -A2
