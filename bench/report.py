#!/usr/bin/env python3
"""Prints the overall metrics of one or more `eval --json` reports as one table row each."""
import json
import sys

KEYS = ["recallAt1", "recallAt5", "mrrAt10", "answerHit", "goldCited", "answered", "meanSentences",
        "abstentionPrecision", "abstentionRecall", "wrongLanguage", "latencyP50Ms", "latencyP95Ms"]


def fmt(value):
    return "-" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value))


print("| report | cases | " + " | ".join(KEYS) + " |")
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        m = json.load(f)["metrics"]["overall"]
    print(f"| {path.rsplit('/', 1)[-1]} | {m['cases']} | " + " | ".join(fmt(m.get(k)) for k in KEYS) + " |")
