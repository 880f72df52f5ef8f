#!/usr/bin/env python3
"""Derives the German verb tables of src/Briefing.Core/Text/GermanVerbs/ from FreeDict's deu-eng dictionary.

  tools/german_verbs.py [/usr/share/dictd]     (rewrites infinitives.txt, irregular.txt, particles.txt)

Why derived, not hand-listed: FreeDict marks verbs (<v>) and lists their inflected forms ("ich/er/sie gewann",
"gewonnen", "schlug vor"), so the tables follow the dictionary instead of someone's memory. What the runtime rules
of GermanVerbForms derive themselves (weak forms: forderte, gefordert; prefixed and separable forms of a listed
verb: ernannt, vorgeschlagen) is left out, so irregular.txt holds only what no rule can guess: strong and mixed
verbs' vowel changes (schlug → schlagen, starb → sterben, nannte → nennen).
"""
import gzip, os, re, sys

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
WORD = re.compile(r"[a-zäöüß]+")
VOWELS = "aeiouäöüy"
# Inseparable prefixes: their verbs' participles take no "ge-" (ernannt, verstorben); the runtime strips them too.
INSEPARABLE = ["be", "emp", "ent", "er", "ge", "miss", "ver", "zer"]


def number(s):
    v = 0
    for c in s:
        v = v * 64 + B64.index(c)
    return v


def entries(folder):
    with gzip.open(os.path.join(folder, "freedict-deu-eng.dict.dz"), "rb") as f:
        data = f.read()
    seen = set()
    with open(os.path.join(folder, "freedict-deu-eng.index"), encoding="utf-8") as index:
        for line in index:
            key, offset, length = line.rstrip("\n").split("\t")
            if key.startswith("00") or (offset, length) in seen:
                continue
            seen.add((offset, length))
            yield data[number(offset):number(offset) + number(length)].decode("utf-8")


def headword(text):
    return text.split("\n", 1)[0].split(" /", 1)[0].strip()


def braces(text, label):
    m = re.search(r"\n\s*" + label + r": (.*)", text)
    return re.findall(r"\{([^}]*)\}", m.group(1)) if m else []


def last_word(phrase):
    words = phrase.split()
    return words[-1] if words else ""


def onset(word):
    i = 0
    while i < len(word) and word[i] not in VOWELS:
        i += 1
    return word[:i]


def weak_forms(infinitive):
    stem = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    e = "e" if stem.endswith(("t", "d")) or re.search(r"[^aeiouäöülrmnh][mn]$", stem) else ""
    forms = {stem + e + s for s in ["t", "te", "ten", "test", "st", "tet"]} | {stem + "e", stem, infinitive}
    forms |= {"ge" + stem + e + "t", stem + e + "t", stem + "n"}
    return forms


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dictd"
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "Briefing.Core", "Text", "GermanVerbs")
    infinitives, pairs, separated = set(), set(), set()
    texts = list(entries(folder))
    for text in texts:
        first = text.split("\n", 1)[0]
        if re.search(r"<v[,>]", first):
            word = last_word(headword(text))
            if WORD.fullmatch(word) and word.endswith("n"):
                infinitives.add(word)
    for text in texts:
        first = text.split("\n", 1)[0]
        head = headword(text)
        group = [head] + braces(text, "Synonyms?")
        see = braces(text, "see")
        if re.search(r"<v[,>]", first):
            # A verb's entry lists the forms of its synonym group: each form belongs to the group's verb it resembles.
            verbs = [last_word(v) for v in group if last_word(v) in infinitives]
            for item in see:
                parts = item.split()
                if len(parts) == 2 and "/" in parts[0]:
                    form = parts[1]
                elif len(parts) == 1:
                    form = parts[0]
                else:
                    continue
                if WORD.fullmatch(form) and verbs:
                    pairs.add((form, best_verb(form, verbs)))
        elif "<" not in first:
            # A form's own entry ("schlug", "schlug vor") points at its infinitive among the group's first see-items.
            words = head.split()
            verbs = [last_word(v) for v in see[:len(group)] if last_word(v) in infinitives]
            if not verbs or not all(WORD.fullmatch(w) for w in words):
                continue
            if len(words) == 1:
                pairs.add((words[0], best_verb(words[0], verbs)))
            elif len(words) == 2:
                verb = best_verb(words[1] + words[0], verbs)
                if verb.startswith(words[1]) and verb[len(words[1]):] in infinitives:
                    separated.add(words[1])
                    pairs.add((words[0], verb[len(words[1]):]))
    # A form a weak rule gets from any listed verb ("gebilligt" from billigen) is the rule's, whichever entry listed it.
    weak = set().union(*(weak_forms(v) for v in infinitives))
    irregular = {}
    for form, verb in sorted(pairs):
        if form == verb or form.endswith("nd") or form in weak or not plausible(form, verb):
            continue
        irregular.setdefault(form, set()).add(verb)
    # Forms a rule gets from a shorter entry (verstorben from gestorben, erschlug from schlug) are left to the rule.
    for form, verbs in irregular.items():
        # A form several verbs' entries claim (trat: treten, trampeln) belongs to those whose consonants it keeps.
        close = {v for v in verbs if skeleton(form) == skeleton(v)}
        if close and len(verbs) > 1:
            irregular[form] = close
    # Forms of prefixed verbs (ernannt, vorgeschlagen, verstorben) are left to the runtime rule, which strips the
    # prefix and finds the base verb's form: the table keeps the base verbs' vowel changes.
    prefixes = INSEPARABLE + sorted(separated)
    def prefixed(form, verb):
        return any(form.startswith(p) and verb.startswith(p) and verb[len(p):] in infinitives for p in prefixes)
    for form in list(irregular):
        if all(prefixed(form, v) for v in irregular[form]):
            del irregular[form]
    with open(os.path.join(out, "infinitives.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(infinitives)) + "\n")
    with open(os.path.join(out, "irregular.txt"), "w", encoding="utf-8") as f:
        for form in sorted(irregular):
            f.write(form + "\t" + " ".join(sorted(irregular[form])) + "\n")
    with open(os.path.join(out, "particles.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(separated)) + "\n")
    print(len(infinitives), "infinitives,", len(irregular), "irregular forms,", len(separated), "particles", file=sys.stderr)


def best_verb(form, verbs):
    bare = form[2:] if form.startswith("ge") else form
    def score(verb):
        common = 0
        while common < min(len(form), len(verb)) and form[common] == verb[common]:
            common += 1
        return (common, onset(bare) == onset(verb))
    return max(verbs, key=score)


def skeleton(word):
    """The consonants of a form's stem, doubled ones once: "trat" and "treten" both "trt", "gewonnen" and "gewinnen" "gwn"."""
    stem = re.sub(r"(e?n)$", "", word) if len(word) > 4 else word
    stem = stem[2:] if stem.startswith("ge") and len(stem) > 4 else stem
    return re.sub(r"(.)\1+", r"\1", re.sub("[" + VOWELS + "h]", "", stem.replace("ß", "s")))


def plausible(form, verb):
    """An ablaut form keeps the verb's consonants around the changed vowel: schlug/schlagen, gewann/gewinnen."""
    for prefix in [""] + INSEPARABLE:
        if not verb.startswith(prefix):
            continue
        rest_verb = verb[len(prefix):]
        for rest_form in (form[len(prefix):] if form.startswith(prefix) else None,
                          form[len(prefix) + 2:] if form.startswith(prefix + "ge") else None,
                          form[2:] if prefix == "" and form.startswith("ge") else None):
            if rest_form and onset(rest_form) == onset(rest_verb) and onset(rest_form):
                return True
    return False


if __name__ == "__main__":
    main()
