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

# Timing and load lines the speed benchmarks print (GNU time: wall, user + sys CPU, peak memory).
measure() { /usr/bin/time -f "%e s wall, %U s user + %S s sys CPU, %M KB peak" "$@"; }
# The same line with a name first ("ingest: 12.3 s wall, ..."), for scripts that print several on stderr.
measure_as() { local name="$1"; shift; /usr/bin/time -f "$name: %e s wall, %U s user + %S s sys CPU, %M KB peak" "$@"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# The XQuAD paragraphs (de + en) added to the index in DATA, and their 2,380 questions written to CASES with the
# language before each id (XQuAD questions share ids across languages), so both sets run in one eval.
add_xquad_speed_set() {
  local data="$1" cases="$2" lang
  for lang in de en; do
    python3 "$BENCH_DIR/xquad_data.py" articles "$lang" "$WORK/xquad-$lang.jsonl"
    python3 "$BENCH_DIR/xquad_data.py" cases "$lang" "$lang" "$WORK/cases-$lang-$lang.jsonl"
    "$BRIEFING" --data "$data" ingest "$WORK/xquad-$lang.jsonl" >/dev/null 2>&1
  done
  for lang in de en; do sed "s/\"id\": \"/\"id\": \"$lang-/" "$WORK/cases-$lang-$lang.jsonl"; done > "$cases"
}

# Warm-ask lines (p50, p95, R@1 per language and overall) from an `eval --json` report, then the eval process's
# timing line (the last line of ERR, written by `measure`). WHAT names the questions in the lines.
report_warm_ask() {
  python3 - "$1" "$(tail -1 "$2")" "$3" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))["metrics"]
for name, g in [("de", m["byLanguage"]["de"]), ("en", m["byLanguage"]["en"]), ("all", m["overall"])]:
    print(f"warm ask ({name}, {g['cases']} {sys.argv[3]}): p50 {g['latencyP50Ms']} ms, p95 {g['latencyP95Ms']} ms, R@1 {g['recallAt1']}")
print(f"eval process: {sys.argv[2]}")
PY
}
