using System.Text.RegularExpressions;
using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The person a question describes without naming, by a title after a definite article ("Who is going to direct the film
/// about the late Joy Division singer?", "Which film got the Irish actor who died at 85 his Oscar nomination?"): someone
/// the question has in mind, not the one it asks for (<see cref="RoleNouns.DescribesNamedSubject"/>). The article names that
/// person beside the same title ("late Joy Division singer Ian Curtis", "Irish actor Dan O'Herlihy") in the sentence that
/// restates the question, and by the same name further on ("Curtis's widow"): that name is the question's own, as if typed,
/// and no new candidate anywhere in the article; otherwise the restating sentence leads with the described person as the
/// answer.
/// </summary>
internal static class DescribedPerson
{
    /// <summary>The question's titles of a person it describes: those <see cref="RoleNouns.DescribesNamedSubject"/> says are not the asked role.</summary>
    public static IReadOnlyList<string> Titles(string question, string language)
    {
        var titles = new List<string>();
        foreach (Match match in Tokenizer.LetterRuns(question))
        {
            var word = match.Value.ToLowerInvariant();
            if (FunctionWords.IsFunctionWord(word, language) || !NameContext.PersonTitles.Contains(word)) continue;
            if (RoleNouns.DescribesNamedSubject(question, match.Index, language) && !titles.Contains(word)) titles.Add(word);
        }
        return titles;
    }

    /// <summary>
    /// Per article of <paramref name="passages"/>, the name keys (<see cref="AnswerCandidates.NameKey"/>) of the persons
    /// written right after one of <paramref name="titles"/> in the passage's language ("singer Ian Curtis", "Henkel-Chef
    /// Kasper Rorsted"). Not after a word saying the title is someone's new one ("the new coach John Smith", "der
    /// künftige Chef"): that is the successor a question about the described person often asks for.
    /// </summary>
    public static IReadOnlyDictionary<string, HashSet<string>> ByArticle(IReadOnlyList<PassageHit> passages, IReadOnlyList<string> titles,
        string questionLanguage, NameDetector names, ITermStatistics statistics)
    {
        var byArticle = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (titles.Count == 0) return byArticle;
        foreach (var hit in passages)
        {
            // A title is matched as typed: a translation's other senses would mark unrelated people.
            if (hit.Passage.Language != questionLanguage) continue;
            if (!byArticle.TryGetValue(hit.Article.Id, out var keys)) byArticle[hit.Article.Id] = keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var sentence in PassageSentences.Of(hit.Passage.Text, hit.Passage.Language, statistics).Sentences)
                keys.UnionWith(NamedAfter(sentence, titles, hit.Passage.Language, names));
        }
        return byArticle;
    }

    /// <summary>The name keys of the persons a sentence writes right after one of the titles (<see cref="NamedAfterTitle"/>: not in a compound, not a new holder's).</summary>
    internal static IEnumerable<string> NamedAfter(string sentence, IReadOnlyList<string> titles, string language, NameDetector names) =>
        NamedAfterTitle.Spans(sentence, [.. titles.Select(t => new[] { t })], language, names)
            .SelectMany(span => span.Words).Select(AnswerCandidates.NameKey);
}
