#!/usr/bin/env python3
"""Inputs for the ~100,000-article benchmarks: the articles stored in a data folder's state.db, REPEAT times, as
JSON Lines files of 1,000 articles (each under the default Briefing:MaxInputBytes of 10 MB).

    scale_inputs.py STATE_DB OUT_DIR REPEAT

Copy 0 is the article as stored. Copy k > 0 gets the id "<id>~k" and its text with every m-th word left out, from
word r on ((m, r) = (3, 0), (3, 1), (3, 2), (4, 0), ... : 33 distinct variants, k = 1..33). Why words are dropped:
the near-duplicate check (MinHash over 4-word shingles, 85 % containment) rightly takes a text with a sentence
appended for a copy of the original, so such copies would be counted as duplicates and never indexed. With every
m-th word gone no 4-word run survives across a gap: a copy shares at most (m-4)/(m-1) (4/7 for m = 8) of its
shingles with any other copy, below the threshold, and is indexed as an article of its own - the same words, lengths
and languages as the real corpus, so index size, postings and term statistics grow as with more news of the same
kind (the vocabulary does not: real news would add new names).
"""
import json
import sqlite3
import sys


def variants():
    for m in range(3, 9):
        for r in range(m):
            yield m, r


def thinned(paragraph: str, m: int, r: int) -> str:
    words = paragraph.split()
    return " ".join(w for i, w in enumerate(words) if i % m != r)


def main() -> None:
    db, out, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
    schedule = list(variants())
    if repeat - 1 > len(schedule):
        sys.exit(f"REPEAT at most {len(schedule) + 1}")
    rows = sqlite3.connect(db).execute(
        "SELECT article_id, title, source, url, published, language, paragraphs FROM articles WHERE removed = 0"
        " ORDER BY article_id").fetchall()
    n = 0
    f = None
    for k in range(repeat):
        m, r = schedule[k - 1] if k else (0, 0)
        for id, title, source, url, published, language, paragraphs in rows:
            if n % 1000 == 0:
                if f:
                    f.close()
                f = open(f"{out}/articles-{n // 1000:04d}.jsonl", "w", encoding="utf-8")
            paragraphs = json.loads(paragraphs)
            if k:
                paragraphs = [p for p in (thinned(p, m, r) for p in paragraphs) if p]
            f.write(json.dumps({"id": id if k == 0 else f"{id}~{k}", "title": title, "source": source, "url": url,
                                "published": published, "language": language, "text": "\n\n".join(paragraphs)},
                               ensure_ascii=False) + "\n")
            n += 1
    if f:
        f.close()
    print(f"{n} articles ({len(rows)} x {repeat})", file=sys.stderr)


if __name__ == "__main__":
    main()
