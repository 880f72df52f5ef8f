#!/usr/bin/env python3
"""Turns XQuAD (SQuAD JSON) into Briefing inputs: paragraphs as JSONL articles, questions as eval cases.

  xquad_data.py articles LANG OUT.jsonl            240 paragraphs of LANG, article id "xquad-LANG-<doc>-<par>"
  xquad_data.py cases QLANG PLANG OUT.jsonl         QLANG questions, gold = the PLANG paragraph
  xquad_data.py cases QLANG none OUT.jsonl          QLANG questions with goldArticleId null (should abstain)

Article ids name the paragraph, so gold is known. No Wikipedia title is given (the titles are English in both
files and would leak the answer across languages); the parser derives a title from the first sentence.
For cross-lingual cases the gold answers of both languages count (the quoted passage is in PLANG).
"""
import json
import os
import sys

CORPUS = os.environ.get("BRIEFING_CORPUS", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "corpus"))


def load(lang):
    path = os.path.join(CORPUS, "xquad", f"xquad.{lang}.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)["data"]


def paragraphs(lang):
    for d, doc in enumerate(load(lang)):
        for p, par in enumerate(doc["paragraphs"]):
            yield f"xquad-{lang}-{d:02d}-{p:02d}", par


def articles(lang, out):
    with open(out, "w", encoding="utf-8") as f:
        for article_id, par in paragraphs(lang):
            f.write(json.dumps({"id": article_id, "text": par["context"], "source": "XQuAD", "language": lang}, ensure_ascii=False) + "\n")


def cases(qlang, plang, out):
    answers_by_id = {}
    for lang in {qlang, plang} - {"none"}:
        for _, par in paragraphs(lang):
            for qa in par["qas"]:
                answers_by_id.setdefault(qa["id"], []).extend(a["text"] for a in qa["answers"])
    gold_by_id = {}
    if plang != "none":
        for article_id, par in paragraphs(plang):
            for qa in par["qas"]:
                gold_by_id[qa["id"]] = article_id
    with open(out, "w", encoding="utf-8") as f:
        for _, par in paragraphs(qlang):
            for qa in par["qas"]:
                answers = list(dict.fromkeys(answers_by_id[qa["id"]]))
                case = {"id": qa["id"], "question": qa["question"], "answers": answers,
                        "goldArticleId": gold_by_id.get(qa["id"]), "language": qlang}
                f.write(json.dumps(case, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "articles":
        articles(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "cases":
        cases(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
