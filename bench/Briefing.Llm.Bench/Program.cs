using System.Diagnostics;
using System.Text.RegularExpressions;
using Briefing.Core.Articles;
using Briefing.Core.Llm;
using Briefing.Core.Search;
using Briefing.Core.Text;
using Briefing.Llm.Bench;

// Citation verifier benchmark on XQuAD (240 parallel de/en paragraphs), no model needed: model-like answers are
// made from the paragraphs' own sentences, faithful or corrupted, and the verifier's keep/remove decisions counted.
// Usage: dotnet run -c Release --project bench/Briefing.Llm.Bench [-- CORPUS_DIR]
var corpus = args.Length > 0 ? args[0] : "/work/shared/corpus";
var xquad = Path.Combine(corpus, "xquad");
if (!File.Exists(Path.Combine(xquad, "xquad.en.json")))
{
    Console.Error.WriteLine($"The corpus is not there: {xquad}. Pass the corpus folder as the first argument.");
    return 2;
}
var en = XquadParagraphs.Read(Path.Combine(xquad, "xquad.en.json"));
var de = XquadParagraphs.Read(Path.Combine(xquad, "xquad.de.json"));
var verifier = new CitationVerifier();
var random = new Random(42);

PassageHit Hit(string text, string language, int i) =>
    new(new Passage($"xquad-{language}-{i}#p1", $"xquad-{language}-{i}", 1, text, language),
        new ArticleInfo($"xquad-{language}-{i}", "", null, null, null, language), 0f);

bool Kept(string sentence, string passage, string passageLanguage, string answerLanguage, int i) =>
    verifier.Verify($"{sentence} [1]", [Hit(passage, passageLanguage, i)], answerLanguage).HasAnswer;

var rows = new List<(string Case, int N, int Kept)>();
void Measure(string name, IEnumerable<bool> decisions)
{
    var list = decisions.ToList();
    rows.Add((name, list.Count, list.Count(d => d)));
}

IEnumerable<(int I, string Sentence)> Sentences(IReadOnlyList<string> paragraphs) =>
    paragraphs.SelectMany((p, i) => SentenceSplitter.Split(p).Where(s => s.Length >= 40).Select(s => (i, s)));

int Other(int i) { int j; do j = random.Next(en.Count); while (j == i); return j; }

var number = new Regex(@"\d+");
var capitalised = new Regex(@"(?<=\s)\p{Lu}\p{Ll}{3,}");
var names = en.SelectMany(p => capitalised.Matches(p).Select(m => m.Value)).Distinct().ToList();

foreach (var (lang, paragraphs) in new[] { ("en", en), ("de", de) })
{
    Measure($"{lang}: verbatim sentence, its own paragraph (keep)", Sentences(paragraphs).Select(x => Kept(x.Sentence, paragraphs[x.I], lang, lang, x.I)));
    Measure($"{lang}: verbatim sentence, another paragraph (remove)", Sentences(paragraphs).Select(x => !Kept(x.Sentence, paragraphs[Other(x.I)], lang, lang, x.I)));
    Measure($"{lang}: a number changed (remove)", Sentences(paragraphs).Where(x => number.IsMatch(x.Sentence))
        .Select(x => !Kept(number.Replace(x.Sentence, m => (long.Parse(m.Value[..Math.Min(m.Value.Length, 9)]) + 7).ToString(), 1), paragraphs[x.I], lang, lang, x.I)));
    Measure($"{lang}: first half of the sentence only (keep)", Sentences(paragraphs)
        .Select(x => Kept(x.Sentence[..(x.Sentence.Length / 2)].TrimEnd() + ".", paragraphs[x.I], lang, lang, x.I)));
}
Measure("en: a name swapped for another paragraph's (remove)", Sentences(en)
    .Where(x => capitalised.IsMatch(x.Sentence))
    .Select(x =>
    {
        var stranger = names[random.Next(names.Count)];
        while (en[x.I].Contains(stranger, StringComparison.Ordinal)) stranger = names[random.Next(names.Count)];
        return !Kept(capitalised.Replace(x.Sentence, stranger, 1), en[x.I], "en", "en", x.I);
    }));
Measure("en answer over the parallel de paragraph (keep)", Sentences(en).Select(x => Kept(x.Sentence, de[x.I], "de", "en", x.I)));
Measure("en answer over another de paragraph (remove)", Sentences(en).Select(x => !Kept(x.Sentence, de[Other(x.I)], "de", "en", x.I)));

Console.WriteLine("| case | sentences | as intended |");
Console.WriteLine("| --- | --- | --- |");
foreach (var (name, n, kept) in rows) Console.WriteLine($"| {name} | {n} | {(double)kept / n:P1} |");

// Speed: a five-sentence answer over eight passages, the shape of a real answer.
var passages = Enumerable.Range(0, 8).Select(i => Hit(en[i], "en", i)).ToList();
var answer = string.Join(" ", Enumerable.Range(0, 5).Select(i => $"{SentenceSplitter.Split(en[i])[0]} [{i + 1}]"));
for (var i = 0; i < 200; i++) verifier.Verify(answer, passages, "en");
var watch = Stopwatch.StartNew();
const int Runs = 2000;
for (var i = 0; i < Runs; i++) verifier.Verify(answer, passages, "en");
Console.WriteLine($"\nspeed: {watch.Elapsed.TotalMilliseconds * 1000 / Runs:F0} µs per 5-sentence answer over 8 passages");
return 0;
