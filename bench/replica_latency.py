#!/usr/bin/env python3
"""Issue 13, "an article ingested through instance A is answerable on instance B within 2 s": the driver of
bench/replica_latency.sh.

    replica_latency.py BRIEFING_BIN WORK CONN N PSQL...

Instance B runs the bot (`run`, console chat on stdin/stdout) in Postgres mode. For each of N articles (made-up
names, so only that article can answer its question) instance A runs `ingest FILE` in Postgres mode while this script
asks B the article's question over and over; each ask is followed by `/help`, whose last line marks the end of the
reply. Latency = the moment B's reply first cites the article's headline minus the commit time of the article row
(PostgreSQL's commit timestamp, `track_commit_timestamp=on`; same machine, same clock). The wait between asks is
the time one ask takes, so the figure is exact to about one ask (reported as the ask interval).
"""
import json
import os
import queue
import statistics
import subprocess
import sys
import threading
import time

END = "A message without a command is a question."
SYLLABLES = ["ka", "lo", "mi", "ru", "ve", "sta", "dor", "qui", "ben", "zal", "tor", "nex", "fi", "gra", "ulm", "pe"]


def made_up_name(i: int) -> str:
    """A capitalised word no corpus has, distinct per i: base-16 digits as syllables."""
    parts = []
    for _ in range(4):
        parts.append(SYLLABLES[i % 16])
        i //= 16
    return "".join(parts).capitalize() + "ia"


def article(i: int) -> tuple[dict, str, str]:
    town = made_up_name(i + 7)
    headline = f"{town} opens a harbour for {300 + i} ships"
    text = (f"{headline}.\n\nThe coastal town of {town} opened its new harbour on Monday. The harbour cost "
            f"{40 + i} million euros and can hold {300 + i} ships at once, the mayor of {town} said. "
            f"Work on the harbour of {town} began three years ago.")
    doc = {"id": f"latency-{i:04d}", "title": headline, "source": "bench", "language": "en",
           "published": "2026-12-01T08:00:00Z", "text": text}
    return doc, f"How much did the new harbour in {town} cost?", headline


def main() -> None:
    binary, work, conn, n, psql = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5:]
    env = dict(os.environ, Storage__Provider="Postgres", ConnectionStrings__Briefing=conn)
    nosrc = os.path.join(work, "lt-nosources")
    os.makedirs(nosrc, exist_ok=True)
    b_env = dict(env, Briefing__DataDir=os.path.join(work, "lt-b"), Briefing__Sources__0=nosrc)
    b = subprocess.Popen([binary, "run"], env=b_env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=open(os.path.join(work, "lt-b.err"), "w"), text=True, bufsize=1)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put((time.time(), l)) for l in b.stdout], daemon=True).start()

    def ask(question: str) -> tuple[float, str]:
        b.stdin.write(question + "\n/help\n")
        b.stdin.flush()
        reply = []
        while True:
            at, line = lines.get(timeout=120)
            if line.startswith(END):
                return at, "".join(reply)
            reply.append(line)

    ask("warm-up question about nothing")  # B is up, its replica caught up, the ask path compiled
    latencies, intervals = [], []
    for i in range(n):
        doc, question, headline = article(i)
        path = os.path.join(work, f"lt-article-{i:04d}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(doc) + "\n")
        a = subprocess.Popen([binary, "ingest", path], env=dict(env, Briefing__DataDir=os.path.join(work, "lt-a")),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        started, found, asks, previous = time.time(), None, 0, None
        while found is None and time.time() - started < 60:
            at, reply = ask(question)
            asks += 1
            if headline in reply:
                found = at
            else:
                previous = at
        if a.wait() != 0:
            sys.exit(f"ingest of {path} failed")
        committed = float(subprocess.check_output(psql + [
            f"SELECT extract(epoch FROM pg_xact_commit_timestamp(xmin)) FROM articles WHERE article_id = '{doc['id']}'"], text=True))
        if found is None:
            sys.exit(f"article {i} not answerable on B within 60 s of its ingest's start")
        latency = found - committed
        latencies.append(latency)
        if previous is not None:
            intervals.append(found - previous)
        print(f"article {i}: answerable on B {latency * 1000:.0f} ms after A's commit ({asks} asks)", flush=True)
    b.stdin.close()
    b.wait(timeout=60)
    latencies.sort()
    p50 = statistics.median(latencies)
    p95 = latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))]
    within = sum(1 for latency in latencies if latency <= 2.0)
    print(f"replica latency over {n} articles: p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms,"
          f" {within} of {n} within 2 s"
          f" (one ask of B every {statistics.median(intervals) * 1000 if intervals else 0:.0f} ms, median)")


if __name__ == "__main__":
    main()
