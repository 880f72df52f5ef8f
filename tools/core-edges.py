#!/usr/bin/env python3
"""Folder -> folder edges in src/Briefing.Core, read from the source text ('using Briefing.Core.X' lines and
fully qualified 'Briefing.Core.X.' names), and the cycles they form (strongly connected components).

    python3 tools/core-edges.py            # edges with the files that make them, then the cycles
    python3 tools/core-edges.py --summary  # edges only

The architecture test (tests/Briefing.Core.Tests/Architecture) reads the compiled IL instead and is the rule;
this script is for looking around before a build.
"""
import os, re, sys
from collections import defaultdict

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "Briefing.Core")
REF = re.compile(r"\bBriefing\.Core\.([A-Z][A-Za-z]+)\b")

def folder_of(path):
    rel = os.path.relpath(path, ROOT).split(os.sep)
    return rel[0] if len(rel) > 1 else "(root)"

edges = defaultdict(set)
for dirpath, dirnames, filenames in os.walk(ROOT):
    dirnames[:] = [d for d in dirnames if d not in ("bin", "obj")]
    for name in filenames:
        if not name.endswith(".cs"): continue
        path = os.path.join(dirpath, name)
        source = folder_of(path)
        text = open(path, encoding="utf-8").read()
        text = re.sub(r"^\s*namespace [^\n]*", "", text, flags=re.M)
        for target in set(REF.findall(text)):
            if target != source: edges[(source, target)].add(os.path.relpath(path, ROOT))

graph = defaultdict(set)
for s, t in edges: graph[s].add(t)

def strongly_connected(graph):
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]
    def visit(v):
        index[v] = low[v] = counter[0]; counter[0] += 1; stack.append(v); on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index: visit(w); low[v] = min(low[v], low[w])
            elif w in on: low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop(); on.discard(w); component.append(w)
                if w == v: break
            if len(component) > 1: out.append(sorted(component))
    for v in sorted(set(graph) | {t for ts in graph.values() for t in ts}):
        if v not in index: visit(v)
    return out

for (s, t), files in sorted(edges.items()):
    print(f"{s} -> {t}" + ("" if "--summary" in sys.argv else "   " + ", ".join(sorted(files))))
cycles = strongly_connected(graph)
print(f"\n{len(edges)} edges; {len(cycles)} cycle group(s)")
for component in cycles:
    print("  cycle: " + ", ".join(component))
    inside = set(component)
    for (s, t), files in sorted(edges.items()):
        if s in inside and t in inside: pass
