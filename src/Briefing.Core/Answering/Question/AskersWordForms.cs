using System.Text.RegularExpressions;
using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The asker's shorthand as the articles write it, as alternatives of the typed word (its group, as the lexicon's
/// translations): a German genitive name ("Coppolas", "Lulas", "Südamerikas" → Coppola, Lula, Südamerika), which the
/// German stemmer keeps when the name ends in a vowel, and a news abbreviation ("HQ" → headquarters, "Mio." → Millionen;
/// <see cref="NewsAbbreviations"/>) or the long form an article may abbreviate. Retrieval, the sentence coverage, the
/// counted-noun check and the question's details all read expansions, so each sees the article's form as the asker's.
/// </summary>
internal sealed partial class AskersWordForms(ITermStatistics statistics, NameDetector names) : IQueryExpander
{
    /// <summary>The article's form of the asker's own word: it weighs as the typed word.</summary>
    private const float SameLanguageWeight = 1f;
    /// <summary>A long form in the other language is a translation: it weighs as the lexicon's do.</summary>
    private const float OtherLanguageWeight = 0.5f;
    private const int MinGenitiveName = 4;

    private static readonly string[] Languages = [LanguageDetector.German, LanguageDetector.English];

    public IReadOnlyList<WeightedTerm> Expand(string query, string language)
    {
        var expansions = new List<WeightedTerm>();
        if (string.IsNullOrWhiteSpace(query)) return expansions;
        var first = true;
        foreach (Match match in Word().Matches(query))
        {
            var word = match.Value;
            var initial = first;
            first = false;
            var bare = word.TrimEnd('.');
            var group = $"{language}:{bare}";
            foreach (var (longLanguage, longForm) in NewsAbbreviations.LongForms(word))
                if (Occurs(longForm, longLanguage))
                    expansions.Add(new WeightedTerm(longForm, longLanguage, longLanguage == language ? SameLanguageWeight : OtherLanguageWeight)
                        { Group = group, AllWords = longForm.Contains(' ') });
            foreach (var shortForm in NewsAbbreviations.ShortForms(bare))
                if (Occurs(shortForm, language))
                    expansions.Add(new WeightedTerm(shortForm, language, SameLanguageWeight) { Group = group });
            if (!initial && GenitiveBase(bare, statistics, names) is { } name)
                foreach (var nameLanguage in Languages)
                    if (Occurs(name, nameLanguage))
                        expansions.Add(new WeightedTerm(name, nameLanguage, nameLanguage == language ? SameLanguageWeight : OtherLanguageWeight) { Group = group });
        }
        return expansions;
    }

    /// <summary>
    /// The name under a genitive s ("Coppolas" → Coppola, "Merkels" → Merkel), or null: a capitalised word that is no
    /// dictionary word ("Kurs", "Haus" are), whose form without the s the articles write at least as often as the typed
    /// one. A name that ends in s itself ("Paris", "Davis", "Wales") is written with it far more often than without.
    /// </summary>
    /// <remarks>
    /// An acronym's genitive ("LGs", "VWs", "BMWs") is its letters and a lower-case s: German writes no apostrophe and
    /// the stemmer keeps the s after a capital, so "LGs Roboterball" found no article saying "LG". Being no dictionary
    /// word, it needs only the articles' counts (the form without the s at least as common as the typed one); a plural
    /// ("PCs", "SUVs") is the same thing counted, so it may stand for it too.
    /// </remarks>
    public static string? GenitiveBase(string word, ITermStatistics statistics, NameDetector names)
    {
        var acronym = Token.IsAcronymWithS(word);
        if (!acronym && (word.Length <= MinGenitiveName || !char.IsUpper(word[0]) || word[^1] != 's' || word[^2] is 's' or '\'' || NameDetector.IsAcronym(word[..^1]))) return null;
        if (!acronym && names.IsCommonWord(word, LanguageDetector.German) == true) return null;
        var bare = word[..^1];
        int typed = 0, without = 0;
        var differs = false;
        foreach (var language in Languages)
        {
            var typedTerms = statistics.AnalyzeTerms(word, language);
            var bareTerms = statistics.AnalyzeTerms(bare, language);
            if (typedTerms is not [var typedTerm] || bareTerms is not [var bareTerm]) return null;
            if (typedTerm == bareTerm) continue;
            differs = true;
            typed += statistics.DocumentFrequency(typedTerm, language);
            without += statistics.DocumentFrequency(bareTerm, language);
        }
        return differs && without > 0 && without >= typed ? bare : null;
    }

    /// <summary>
    /// A clipped word the asker typed for the article's full one ("Gastro" for Gastronomie, "Demo" for Demonstration,
    /// "Promi" for Prominente): the analysed <paramref name="term"/> begins one of <paramref name="terms"/>, which goes
    /// on for at least a syllable. Only for a word no article writes at all (the caller decides that), so a word the
    /// index knows is never taken for a longer one. The clipped word may be a compound's front (its modifier):
    /// "Gastromesse" for the article's "Gastronomiemesse", the same head ("messe", a word of its own) after the clipped front.
    /// </summary>
    /// <param name="isWord">Whether a piece of a compound is a word of its own (the index or the dictionary knows it).</param>
    public static bool IsClippedIn(string term, IReadOnlySet<string> terms, Func<string, bool> isWord) =>
        term.Length >= MinClipped && terms.Any(t => t.Length >= term.Length + MinClippedOff
            && (t.StartsWith(term, StringComparison.Ordinal) || IsClippedFrontOf(term, t, isWord)));

    /// <summary>
    /// Whether <paramref name="term"/> is <paramref name="full"/> with its front part clipped: "gastromess" of
    /// "gastronomiemess". What is left out cuts the front word short ("nomie"); a word of its own left out is another
    /// compound: "polizeichef" is not "polizeivizechef", "kinderarzt" is not "kinderzahnarzt".
    /// </summary>
    private static bool IsClippedFrontOf(string term, string full, Func<string, bool> isWord)
    {
        for (var cut = MinClipped; cut <= term.Length - MinClippedTail; cut++)
            if (full.StartsWith(term.AsSpan(0, cut), StringComparison.Ordinal) && full.EndsWith(term.AsSpan(cut), StringComparison.Ordinal)
                && !isWord(full[cut..^(term.Length - cut)]))
                return true;
        return false;
    }

    /// <summary>"Uni", "Abo" begin too many words; "Info", "Demo" are the shortest clipped words checked.</summary>
    private const int MinClipped = 4;
    /// <summary>What a clipped word leaves off is a syllable or more ("Gastro|nomie"), not an ending ("Demo|s").</summary>
    private const int MinClippedOff = 3;
    /// <summary>The head a clipped modifier leaves the compound: a word ("messe"), not an ending.</summary>
    private const int MinClippedTail = 4;


    private bool Occurs(string text, string language) =>
        statistics.AnalyzeTerms(text, language) is { Count: > 0 } terms && terms.All(t => statistics.DocumentFrequency(t, language) > 0);

    /// <summary>Words with a trailing abbreviation dot ("Mio.", "Dr.").</summary>
    [GeneratedRegex(@"\p{L}+\.?")]
    private static partial Regex Word();
}
