# Shared by the bench scripts: where the corpus is, the built program, a fresh work folder.
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
export BRIEFING_CORPUS="${BRIEFING_CORPUS:-$(cd "$REPO_DIR/../.." 2>/dev/null && pwd)/shared/corpus}"
[ -d "$BRIEFING_CORPUS" ] || BRIEFING_CORPUS=/work/shared/corpus
if [ ! -d "$BRIEFING_CORPUS/xquad" ]; then
  echo "The shared corpus is not here ($BRIEFING_CORPUS); set BRIEFING_CORPUS to the folder holding xquad/, 10kgnad/, bbc/." >&2
  exit 1
fi
BRIEFING="$REPO_DIR/src/Briefing.Host/bin/Release/net10.0/Briefing.Host"
build_briefing() {
  if [ -z "${BENCH_NO_BUILD:-}" ]; then
    dotnet build "$REPO_DIR/src/Briefing.Host" -c Release -nologo -v q >&2 || exit 1
  fi
}
WORK="${BENCH_WORK:-${TMPDIR:-/tmp}/briefing-bench}"
mkdir -p "$WORK"
