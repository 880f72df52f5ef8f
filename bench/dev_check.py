#!/usr/bin/env python3
"""Validates the realistic development set eval/dev/{train,test,holdout,probes}.jsonl against the shared corpus.

Every answerable line: its evidence is a verbatim substring of the gold article, and one accepted answer occurs in
the evidence under eval's answer-hit rule (AnswerChecks: case-insensitive, runs of white space as one space).
Every unanswerable line: no answers, no evidence, an unanswerableKind. Ids are unique across the splits, and
the set meets the minimums of issue 10. Exit code 1 with one message per problem; the corpus must be present.
    python3 bench/dev_check.py [CORPUS_DIR]
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "eval", "dev")
KINDS = {"who", "when", "where", "howmany", "howmuch", "which", "why", "what", "occupation"}
UNANSWERABLE_KINDS = {"year", "entity", "detail", "topic"}
MINIMUMS = {"cases": 170, "cross-lingual": 45, "en->de": 20, "de->en": 20, "unanswerable": 55}


def corpus_dir():
    if len(sys.argv) > 1:
        return sys.argv[1]
    return os.environ.get("BRIEFING_CORPUS") or os.path.join(HERE, "..", "..", "shared", "corpus")


def normalize(text):
    """The same normalisation as AnswerChecks.AnswerHit."""
    return re.sub(r"\s+", " ", text.lower()).strip()


class Corpus:
    """Article text by the id ingestion gives it: the JSONL record's id, or "{parent folder}/{file stem}" for files."""

    def __init__(self, root):
        if not os.path.isdir(os.path.join(root, "10kgnad")):
            sys.exit(f"The shared corpus is not at {root}; pass its folder (holding 10kgnad/, bbc/, seed/).")
        self.root = root
        self.records = {}
        with open(os.path.join(root, "10kgnad", "test.jsonl"), encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                self.records[record["id"]] = (record.get("title") or "") + "\n" + record["text"]
        with open(os.path.join(root, "bbc", "duplicate_groups.json"), encoding="utf-8") as f:
            # ingestion keeps the first file of an exact-duplicate group; the others never get an id of their own
            self.exact_repeats = {path[:-4] for group in json.load(f)["exact"] for path in sorted(group)[1:]}

    def text(self, article_id):
        if article_id in self.records:
            return self.records[article_id]
        folder, _, stem = article_id.partition("/")
        path = os.path.join(self.root, "seed" if folder == "seed" else os.path.join("bbc", folder), stem + ".txt")
        if not stem or not os.path.isfile(path):
            return None
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()


def check_line(case, corpus, problems):
    where = case.get("id", "?")
    for field in ("id", "question", "kind", "language"):
        if not isinstance(case.get(field), str) or not case[field].strip():
            problems.append(f"{where}: no {field}")
    if case.get("kind") not in KINDS:
        problems.append(f"{where}: kind {case.get('kind')!r} is not one of {sorted(KINDS)}")
    if case.get("language") not in ("de", "en"):
        problems.append(f"{where}: language must be de or en")
    gold = case.get("goldArticleId")
    if gold is None:
        if case.get("answers") or case.get("evidence") or case.get("articleLanguage"):
            problems.append(f"{where}: an unanswerable case has no answers, evidence or articleLanguage")
        if case.get("unanswerableKind") not in UNANSWERABLE_KINDS:
            problems.append(f"{where}: unanswerableKind must be one of {sorted(UNANSWERABLE_KINDS)}")
        return
    if case.get("unanswerableKind") is not None:
        problems.append(f"{where}: an answerable case has unanswerableKind null")
    if case.get("articleLanguage") not in ("de", "en"):
        problems.append(f"{where}: articleLanguage must be de or en")
    text = corpus.text(gold)
    evidence = case.get("evidence") or ""
    answers = case.get("answers") or []
    if text is None:
        problems.append(f"{where}: gold article {gold} is not in the corpus")
    elif gold in corpus.exact_repeats:
        problems.append(f"{where}: gold article {gold} repeats an earlier file; ingestion skips it")
    elif not evidence or evidence not in text:
        problems.append(f"{where}: evidence is not a verbatim substring of {gold}")
    if not any(normalize(a) and normalize(a) in normalize(evidence) for a in answers):
        problems.append(f"{where}: none of the answers {answers} occurs in the evidence")


def main():
    corpus = Corpus(corpus_dir())
    problems, seen, cases = [], set(), []
    for split in ("train", "test", "holdout", "probes"):
        with open(os.path.join(DEV, split + ".jsonl"), encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                case = json.loads(line)
                case["split"] = split
                if case.get("id") in seen:
                    problems.append(f"{split}.jsonl:{number}: id {case.get('id')} is used twice")
                seen.add(case.get("id"))
                check_line(case, corpus, problems)
                cases.append(case)
    holdout = [c for c in cases if c["split"] == "holdout"]
    probes = [c for c in cases if c["split"] == "probes"]
    # The holdout and probes splits are measured apart (written by someone who did not tune); the minimums and the
    # test share are those of the train and test splits.
    cases = [c for c in cases if c["split"] not in ("holdout", "probes")]
    direction = Counter(f"{c['language']}->{c['articleLanguage']}" for c in cases if c.get("goldArticleId"))
    counts = {
        "cases": len(cases),
        "cross-lingual": direction["en->de"] + direction["de->en"],
        "en->de": direction["en->de"],
        "de->en": direction["de->en"],
        "unanswerable": sum(1 for c in cases if c.get("goldArticleId") is None),
    }
    for name, minimum in MINIMUMS.items():
        if counts[name] < minimum:
            problems.append(f"{counts[name]} {name} cases, at least {minimum} wanted")
    for kind in UNANSWERABLE_KINDS:
        if not any(c.get("unanswerableKind") == kind for c in cases):
            problems.append(f"no unanswerable case of kind {kind}")
    test_share = sum(1 for c in cases if c["split"] == "test") / max(1, len(cases))
    # A third was held back when the set was written; dev-193 on were written for tuning only (train), after the
    # test split showed which near-miss kinds the train split lacked, and dev-225 on (weak kinds: detail, where,
    # which, year, topic) for the same reason without reading test; dev-267 on (a probe no tuning saw) went to test,
    # which holds a third again.
    if not 0.30 <= test_share <= 0.37:
        problems.append(f"the test split holds {test_share:.2f} of the cases, about a third wanted")
    print(" ".join(f"{k}={v}" for k, v in counts.items()) + f" same-language={direction['de->de'] + direction['en->en']}"
          f" test-share={test_share:.2f} holdout={len(holdout)} probes={len(probes)}")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
