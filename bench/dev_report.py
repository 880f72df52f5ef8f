#!/usr/bin/env python3
"""Prints the eval/dev table from an `eval --json` report: overall, same-language / cross-lingual, each language
pair, each kind and each unanswerable reason (the report's "groups", computed by eval), one row each.
    python3 bench/dev_report.py REPORT.json [CASES.jsonl INGEST.log]
Then where the answerable questions went (hit; gold article cited but the answer string not in its sentences;
another article cited; abstained with the gold article retrieved in the top three, or otherwise) and how many
unanswerable ones were answered: the split that says which part of the pipeline to work on.
With the cases file and the ingest log, it also warns when a gold article was skipped as a duplicate at ingest
(such a case can never be retrieved, and the gold id in eval/dev is wrong).
"""
import json
import re
import sys

COLUMNS = [("cases", "cases"), ("R@1", "recallAt1"), ("answer hit", "answerHit"), ("gold cited", "goldCited"),
           ("answered", "answered"), ("abst P", "abstentionPrecision"), ("abst R", "abstentionRecall"),
           ("p50 ms", "latencyP50Ms"), ("p95 ms", "latencyP95Ms")]
ORDER = ["crossing:", "pair:", "kind:", "unanswerable:"]
# Issue 10's targets (on the test split): (label, group or None for overall, metric, minimum).
TARGETS = [("answer hit same-language", "crossing:same-language", "answerHit", 0.80),
           ("answer hit cross-lingual", "crossing:cross-lingual", "answerHit", 0.65),
           ("gold cited same-language", "crossing:same-language", "goldCited", 0.90),
           ("gold cited cross-lingual", "crossing:cross-lingual", "goldCited", 0.75),
           ("abstention precision", None, "abstentionPrecision", 0.85),
           ("abstention recall", None, "abstentionRecall", 0.85)]


def fmt(key, value):
    if value is None:
        return "-"
    return str(value) if key == "cases" else f"{value:.3f}"


def row(name, metrics):
    return f"| {name} | " + " | ".join(fmt(key, metrics.get(key)) for _, key in COLUMNS) + " |"


def warn_skipped_golds(cases_path, ingest_log_path):
    with open(ingest_log_path, encoding="utf-8") as f:
        skipped = set(re.findall(r"/(?:bbc|seed)/(\S+?)\.txt repeats", f.read()))
    with open(cases_path, encoding="utf-8") as f:
        golds = {json.loads(line).get("goldArticleId") for line in f if line.strip()}
    for gold in sorted(g for g in golds if g in skipped):
        print(f"warning: gold article {gold} was skipped at ingest as a duplicate of another file", file=sys.stderr)


def outcome(result):
    """Where one case went: the first of the outcomes below that holds."""
    if result["expectedAbstention"]:
        return "unanswerable, abstained" if result["abstained"] else "unanswerable, answered"
    if result["answerHit"]:
        return "hit"
    if result["abstained"]:
        rank = result.get("goldRank")
        return "abstained, gold article in the top 3" if rank and rank <= 3 else "abstained, gold article lower or missing"
    return "gold article cited, wrong sentence" if result["goldCited"] else "another article cited"


OUTCOMES = ["hit", "gold article cited, wrong sentence", "another article cited", "abstained, gold article in the top 3",
            "abstained, gold article lower or missing", "unanswerable, abstained", "unanswerable, answered"]


def print_outcomes(results):
    counts = {name: 0 for name in OUTCOMES}
    for result in results:
        counts[outcome(result)] += 1
    print()
    print("| outcome | cases |")
    print("| --- | --- |")
    for name in OUTCOMES:
        print(f"| {name} | {counts[name]} |")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        report = json.load(f)
    metrics = report["metrics"]
    if len(sys.argv) > 3:
        warn_skipped_golds(sys.argv[2], sys.argv[3])
    groups = metrics.get("groups") or {}
    print("| group | " + " | ".join(name for name, _ in COLUMNS) + " |")
    print("| --- " * (len(COLUMNS) + 1) + "|")
    print(row("**all**", metrics["overall"]))
    for prefix in ORDER:
        for name in sorted(k for k in groups if k.startswith(prefix)):
            print(row(name, groups[name]))
    for language, m in sorted(metrics["byLanguage"].items()):
        print(row(f"question {language}", m))
    print()
    for label, group, key, minimum in TARGETS:
        value = (groups.get(group, {}) if group else metrics["overall"]).get(key)
        verdict = "met" if value is not None and value >= minimum else "not met"
        print(f"target {label} >= {minimum:.2f}: {fmt(key, value)} ({verdict})")
    print_outcomes(report["results"])


if __name__ == "__main__":
    main()
