using System.Text.RegularExpressions;
using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>
/// The question's specific details that an answer's article must contain: years and other numbers, and names
/// (<see cref="NameDetector"/>). Generic words never become constraints, however the dictionary translates them.
/// </summary>
internal sealed partial class QuestionConstraints
{
    private readonly string _questionLanguage;
    private readonly ITermStatistics _statistics;
    private readonly Dictionary<string, List<List<IReadOnlyList<string>>>> _analysed = new(StringComparer.Ordinal);

    private QuestionConstraints(IReadOnlyList<QuestionConstraint> items, string questionLanguage, ITermStatistics statistics)
    {
        Items = items;
        _questionLanguage = questionLanguage;
        _statistics = statistics;
    }

    public IReadOnlyList<QuestionConstraint> Items { get; }

    public static QuestionConstraints From(string question, string language, IReadOnlyList<WeightedTerm> expansions, NameDetector names, ITermStatistics statistics)
    {
        var other = language == "de" ? "en" : "de";
        var items = new List<QuestionConstraint>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var number in NumberTokens.Raw(question))
        {
            // "400.000" and "400,000", "2,4" and "2.4": the other language's separators count too.
            var swapped = new string(number.Select(c => c switch { '.' => ',', ',' => '.', _ => c }).ToArray());
            if (seen.Add(number)) items.Add(new QuestionConstraint(number, swapped == number ? [number] : [number, swapped], true));
        }
        foreach (var name in names.In(question, language))
        {
            if (!names.IsNameInQuestion(name, language) || !seen.Add(name)) continue;
            var translations = expansions.Where(e => string.Equals(e.Group, $"{language}:{name}", StringComparison.OrdinalIgnoreCase)).Select(e => e.Text);
            items.Add(new QuestionConstraint(name, [name, .. translations], CheckableAcrossLanguages(name, language, other, names, statistics)));
        }
        return new QuestionConstraints(items, language, statistics);
    }

    /// <summary>Names travel between languages unless they are German words that only German passages use.</summary>
    private static bool CheckableAcrossLanguages(string name, string language, string other, NameDetector names, ITermStatistics statistics)
    {
        if (language != "de" || NameDetector.IsAcronym(name) || names.IsCommonWord(name, language) == false) return true;
        var terms = statistics.AnalyzeTerms(name, other);
        var inOther = terms.Count > 0 && terms.All(t => statistics.DocumentFrequency(t, other) > 0);
        var inOwn = statistics.AnalyzeTerms(name, language).Any(t => statistics.DocumentFrequency(t, language) > 0);
        return inOther || !inOwn;
    }

    /// <summary>The constraints that <paramref name="terms"/> (analysed in <paramref name="language"/>) does not show.</summary>
    public IReadOnlyList<QuestionConstraint> MissingIn(IReadOnlySet<string> terms, string language)
    {
        if (Items.Count == 0) return [];
        var alternatives = Analysed(language);
        var missing = new List<QuestionConstraint>();
        for (var i = 0; i < Items.Count; i++)
        {
            if (language != _questionLanguage && !Items[i].CrossLingual) continue;
            if (!alternatives[i].Any(a => a.Count > 0 && a.All(terms.Contains))) missing.Add(Items[i]);
        }
        return missing;
    }

    /// <summary>How the question wrote the missing details: "Covid-19" once, not "Covid" and "19".</summary>
    public static IReadOnlyList<string> AsWritten(IReadOnlyList<QuestionConstraint> missing, string question) =>
        QuestionToken().Matches(question).Select(m => m.Value)
            .Where(token => missing.Any(c => token.Contains(c.Surface, StringComparison.OrdinalIgnoreCase)))
            .Select(token => token.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith("’s", StringComparison.Ordinal) ? token[..^2] : token)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-.,'’][\p{L}\p{N}]+)*")]
    private static partial Regex QuestionToken();

    /// <summary>The constraints as search restrictions (those checkable in every language).</summary>
    public IReadOnlyList<RequiredTerm> AsRequired() =>
        Items.Where(c => c.CrossLingual).Select(c => new RequiredTerm(c.Surface, c.Alternatives)).ToList();

    private List<List<IReadOnlyList<string>>> Analysed(string language)
    {
        if (!_analysed.TryGetValue(language, out var analysed))
            _analysed[language] = analysed = Items.Select(c => c.Alternatives.Select(a => _statistics.AnalyzeTerms(a, language)).ToList()).ToList();
        return analysed;
    }
}
