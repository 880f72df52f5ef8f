#!/usr/bin/env python3
"""Sweeps the abstention threshold over eval reports run with Answering:MinCoverage=0.

  calibrate.py [--feature NAME] ANSWERABLE.json... -- UNANSWERABLE.json...

NAME is "evidence" (what Answering:MinCoverage is compared with, the default) or a per-case feature
("passageCoverage", "sentenceCoverage", "windowCoverage", "rareCoverage").

For each threshold t a case abstains when its evidence < t. Prints, per threshold: the share of answerable
cases answered, their answer hit (a hit needs an answer), abstention precision and recall (abstaining is the
positive class; answerable and unanswerable sets weighted as given, here 1:1).
"""
import json
import sys

args = sys.argv[1:]
feature = "evidence"
if args[0] == "--feature":
    feature, args = args[1], args[2:]
split = args.index("--")
answerable = [r for p in args[:split] for r in json.load(open(p, encoding="utf-8"))["results"]]
unanswerable = [r for p in args[split + 1:] for r in json.load(open(p, encoding="utf-8"))["results"]]


def evidence(r):
    if feature == "evidence":
        return r.get("evidence") or 0.0
    return (r.get("features") or {}).get(feature, 0.0)


def auc():
    """Probability that a random answerable case has more evidence than a random unanswerable one."""
    pos = sorted(evidence(r) for r in answerable)
    neg = sorted(evidence(r) for r in unanswerable)
    wins, j = 0.0, 0
    for p in pos:
        while j < len(neg) and neg[j] < p:
            j += 1
        ties = sum(1 for n in neg[j:] if n == p)
        wins += j + ties / 2
    return wins / (len(pos) * len(neg))


print(f"feature {feature}: separation (AUC) {auc():.3f}")
print("| MinCoverage | answered (answerable) | answer hit | abstention precision | abstention recall |")
print("| --- | --- | --- | --- | --- |")
for step in range(0, 19):
    t = step * 0.05
    answered = [r for r in answerable if evidence(r) >= t]
    hits = sum(1 for r in answered if r.get("answerHit"))
    right = sum(1 for r in unanswerable if evidence(r) < t)
    wrong = len(answerable) - len(answered)
    precision = right / (right + wrong) if right + wrong else float("nan")
    print(f"| {t:.2f} | {len(answered) / len(answerable):.3f} | {hits / len(answerable):.3f} | {precision:.3f} | {right / len(unanswerable):.3f} |")
