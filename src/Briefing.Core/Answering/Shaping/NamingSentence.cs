using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// News refers to the person it is about by name once and then by pronoun or description ("Der Staatssekretär im
/// Außenministerium ... ist Autor eines neuen Gesetzesentwurfs", "die ihn für das Neujahrskonzert engagiert haben").
/// When the sentence that answers a "who" question refers to its person that way and does not name them, the
/// sentence that names the article's protagonist (the person it names most often) is quoted before it.
/// </summary>
internal static partial class NamingSentence
{
    /// <summary>A protagonist is named at least this often in the article's sentences at hand.</summary>
    private const int ProtagonistMentions = 2;

    /// <returns>The answer's sentences, with the naming sentence put first when the lead needs it.</returns>
    public static List<CandidateSentence> Complete(List<CandidateSentence> chosen, IReadOnlyList<CandidateSentence> candidates, AnswerType expected,
        IReadOnlySet<string> askedNames, int maxSentences, NameDetector names)
    {
        if (expected != AnswerType.Person || chosen.Count == 0) return chosen;
        var lead = chosen[0];
        var language = lead.Hit.Passage.Language;
        // "The film, directed by Nicole Kassell, is about a man trying to rebuild his life": a lead that names the doer
        // of the asked action names the answer itself; its pronoun speaks of someone else.
        if (lead.NamesAskedAgent || !RefersBack(lead.Text, language)) return chosen;
        var article = candidates.Where(c => c.Hit.Article.Id == lead.Hit.Article.Id)
            .DistinctBy(c => (c.Hit.Passage.Id, c.Position))
            .OrderBy(c => c.Hit.Passage.Ordinal).ThenBy(c => c.Position).ToList();
        var mentions = article.Select(c => PersonNames(c.Text, language, names).Where(k => !askedNames.Contains(k)).ToList()).ToList();
        var protagonist = mentions.SelectMany(m => m).GroupBy(k => k)
            .Where(g => g.Count() >= ProtagonistMentions).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        if (protagonist is null || mentions[IndexOf(article, lead)].Contains(protagonist)) return chosen;
        var at = IndexOf(article, lead);
        // The closest sentence before the lead that names them: what the pronoun or the description stands for.
        var naming = Enumerable.Range(0, at).Reverse().Where(i => mentions[i].Contains(protagonist)).Select(i => article[i]).FirstOrDefault();
        if (naming is null) return chosen;
        var completed = new List<CandidateSentence> { naming, lead };
        completed.AddRange(chosen.Skip(1).Where(c => c != naming && !(c.Hit.Passage.Id == naming.Hit.Passage.Id && c.Position == naming.Position)));
        return completed.Take(Math.Max(maxSentences, 2)).ToList();
    }

    private static int IndexOf(List<CandidateSentence> article, CandidateSentence sentence) =>
        article.FindIndex(c => c.Hit.Passage.Id == sentence.Hit.Passage.Id && c.Position == sentence.Position);

    /// <summary>The surnames (last words) of the names in <paramref name="text"/> that may be a person's.</summary>
    private static IEnumerable<string> PersonNames(string text, string language, NameDetector names) =>
        NameSpans.In(text, language, names)
            .Where(s => s.Kind is NameKind.Person or NameKind.Unknown && !s.Words.All(NameDetector.IsAcronym))
            .Select(s => AnswerCandidates.NameKey(s.Words[^1]));

    /// <summary>
    /// The sentence speaks of a person it does not name here: a third-person pronoun ("er", "ihn", "he", "his"), or
    /// it opens with a definite description of a role ("Der Staatssekretär im ...", "The former minister", "Der 24-Jährige").
    /// </summary>
    public static bool RefersBack(string sentence, string language)
    {
        if (Tokenizer.Tokenize(sentence).Any(t => FunctionWords.IsPersonPronoun(t.Text, language))) return true;
        if (language == LanguageDetector.German && SingularSie().IsMatch(sentence)) return true;
        var opening = Opening().Match(sentence);
        if (!opening.Success) return false;
        var words = opening.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => NameContext.IsPersonTitle(w) || w.EndsWith("jährige", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"sie" opening the sentence with a singular verb is "she", not "they" ("Sie folgt damit auf ...": a present in -t).</summary>
    [GeneratedRegex(@"^\s*sie\s+(ist|war|wird|hat|hatte|wurde|\p{Ll}+t)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SingularSie();

    /// <summary>A definite article and up to three words after it, at the start of the sentence (after a dateline).</summary>
    [GeneratedRegex(@"^(\p{L}+\s+[–-]\s+)?(der|die|the)\s+(?<words>([\p{L}\d-]+\s+){0,2}[\p{L}\d-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();
}
