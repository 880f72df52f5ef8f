using System.Text.RegularExpressions;
using Briefing.Core.Caching;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// Groups a sentence's name words into names and tells, from the words around each, whether it names a person,
/// an organisation or a place (<see cref="NameContext"/>). In German, a name the dictionary lists with a
/// capitalised translation is a geographic name or an inhabitant ("Österreich", "Hanoi", "Venezolaner"):
/// dictionaries list places, rarely people. In English, a name whose German translation is such a name ("Italy" →
/// "Italien", "England") is a place too, so a country never passes for the person a "who" question asks for. An English people's adjective before a noun ("Chinese version") counts as a place too.
/// </summary>
internal static partial class NameSpans
{
    private const int MaxCachedTexts = 8_192;
    /// <summary>
    /// Answering groups and classifies the same sentence's names several times for one question (its candidates, the
    /// asked names' acronyms, the role before a name) and again for the next question over the same passage; the
    /// detector is part of the key, as what it knows decides the spans.
    /// </summary>
    private static readonly BoundedCache<(string Text, string Language, NameDetector Names), IReadOnlyList<NameSpan>> InText = new(MaxCachedTexts);
    private static readonly BoundedCache<(string Text, string Language, NameDetector Names), IReadOnlyList<NameSpan>> NamedInText = new(MaxCachedTexts);

    public static IReadOnlyList<NameSpan> In(string text, string language, NameDetector names)
    {
        if (InText.TryGetValue((text, language, names), out var cached)) return cached;
        var spans = Group(text, language, names);
        InText.Set((text, language, names), spans);
        return spans;
    }

    private static IReadOnlyList<NameSpan> Group(string text, string language, NameDetector names)
    {
        var spans = new List<NameSpan>();
        var words = new List<string>();
        int start = -1, end = -1;
        foreach (var (index, word) in names.Positions(text, language))
        {
            // "Oscar-prämierte", "Österreich-Schnitt": part of a compound word, not a name standing for itself.
            var after = index + word.Length;
            if (after + 1 < text.Length && text[after] == '-' && char.IsLower(text[after + 1]) && !PlaceSuffix().IsMatch(text.AsSpan(after))) continue;
            if (words.Count > 0 && !Joins(text[end..index]))
            {
                spans.Add(Classify(text, words, start, end, language, names));
                words = [];
            }
            if (words.Count == 0) start = index;
            words.Add(word);
            end = index + word.Length;
        }
        if (words.Count > 0) spans.Add(Classify(text, words, start, end, language, names));
        return spans;
    }

    /// <summary>
    /// The names of <paramref name="text"/> that can answer: <see cref="In"/> without the roles standing before a name
    /// or alone. "Welsh Health Minister Gareth Pryce" names Gareth Pryce, a person (the title says so); "Dr" of "Dr Alun
    /// Morgan" is no part of his name; "the Chief Executive said" names no one. Capitalised English titles and the
    /// words describing them would otherwise pass for a new person next to the one a "who" question already names.
    /// </summary>
    public static IReadOnlyList<NameSpan> Named(string text, string language, NameDetector names)
    {
        if (NamedInText.TryGetValue((text, language, names), out var cached)) return cached;
        var spans = WithoutRoles(text, language, names);
        NamedInText.Set((text, language, names), spans);
        return spans;
    }

    private static IReadOnlyList<NameSpan> WithoutRoles(string text, string language, NameDetector names)
    {
        var spans = new List<NameSpan>();
        foreach (var span in In(text, language, names))
        {
            var words = span.Words;
            // The last title with a name after it ("Bank of England Governor Mervyn King": Governor, not King; "Chief
            // Executive" has none).
            var title = -1;
            for (var i = words.Count - 2; i >= 0 && title < 0; i--)
                if (NameContext.IsPersonTitle(words[i]) && !words.Skip(i + 1).All(NameContext.IsPersonTitle)) title = i;
            if (title >= 0)
            {
                // "Speaking in Harrogate Mr Kennedy said": a name before a courtesy title is a name of its own (here the place
                // he spoke in), which English news writes with only a space before "Mr". A role's describing words are not
                // ("Bank of England Governor Mervyn King"): only before a courtesy title, which nothing describes.
                if (title > 0 && NameContext.CourtesyTitles.Contains(words[title]) && !words.Take(title).Any(NameContext.IsPersonTitle)
                    && text.IndexOf(words[title], span.Start, StringComparison.Ordinal) is var titleAt and > 0
                    && text.LastIndexOf(words[title - 1], titleAt, StringComparison.Ordinal) is var lastAt and >= 0)
                    spans.Add(Classify(text, words.Take(title).ToList(), span.Start, lastAt + words[title - 1].Length, language, names));
                var start = text.IndexOf(words[title + 1], span.Start + words.Take(title + 1).Sum(w => w.Length), StringComparison.Ordinal);
                spans.Add(new NameSpan(words.Skip(title + 1).ToList(), start < 0 ? span.Start : start, span.End, NameKind.Person));
            }
            else if (!IsRole(words, language, names))
                spans.Add(span);
        }
        return spans;
    }


    /// <summary>
    /// A title and the words that describe it, naming no one: "Minister", "Chief Executive", "Health Secretary", "Welsh
    /// First Minister" — every word a title, a people's adjective or a word the dictionary knows as a common word.
    /// </summary>
    private static bool IsRole(IReadOnlyList<string> words, string language, NameDetector names) =>
        NameContext.IsPersonTitle(words[^1]) && !NameDetector.IsAcronym(words[^1])
        && words.All(w => NameContext.IsPersonTitle(w) || IsPeoplesAdjective(w, names) || names.IsCommonWord(w, language) == true);

    /// <summary>Whether a name of this kind is marked as what <paramref name="expected"/> asks for (not merely possible).</summary>
    public static bool IsMarkedAs(NameKind kind, AnswerType expected) => expected switch
    {
        AnswerType.Person => kind is NameKind.Person or NameKind.Organisation,
        AnswerType.Organisation => kind is NameKind.Organisation,
        AnswerType.Place => kind is NameKind.Place,
        _ => false,
    };

    /// <summary>Whether a name of this kind is exactly what <paramref name="expected"/> asks for.</summary>
    public static bool IsKind(NameKind kind, AnswerType expected) => expected switch
    {
        AnswerType.Person => kind is NameKind.Person,
        AnswerType.Organisation => kind is NameKind.Organisation,
        AnswerType.Place => kind is NameKind.Place,
        _ => false,
    };

    /// <summary>Whether a name of this kind can answer a question expecting <paramref name="expected"/>.</summary>
    public static bool Fits(NameKind kind, AnswerType expected) => expected switch
    {
        AnswerType.Person => kind is NameKind.Person or NameKind.Organisation or NameKind.Unknown,
        AnswerType.Organisation => kind is NameKind.Organisation or NameKind.Unknown,
        AnswerType.Place => kind is NameKind.Place,
        _ => true,
    };

    /// <summary>
    /// Two name words are one name when only a space or a particle stands between them ("Ruud van Nistelrooy", "Nienke
    /// van der Marel"). A hyphen does not join: "SCO-Sitzung" is a meeting of the SCO, a noun, not a name of two words.
    /// </summary>
    private static bool Joins(string between)
    {
        var gap = between.Trim();
        return (gap.Length == 0 && between.Length > 0) || gap == "&"
               || NameContext.NameParticles.Contains(gap) || NameContext.TwoWordNameParticles.Contains(WhitespaceRun().Replace(gap, " "));
    }

    /// <summary>
    /// "Gustavo Dudamel", "Ruud van Nistelrooy": two or three name words separated by spaces, with only name particles
    /// between them — most often a first name and a surname. Not when the name's last word is a place ("Tour de France",
    /// "Bank of England"): a particle joins those too.
    /// </summary>
    private static bool IsPersonShaped(string text, List<string> words, int start, int end, string language, NameDetector names)
    {
        if (words.Count is not (2 or 3) || words.Any(NameDetector.IsAcronym)) return false;
        var tokens = text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Lower-case words inside the name are its particles (the only lower-case gaps that join).
        var nameTokens = tokens.Count(t => !char.IsLower(t[0]));
        if (nameTokens != words.Count) return false;
        return nameTokens == tokens.Length || (!tokens.Contains("of") && !names.IsPlaceName(words[^1], language));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    private static NameSpan Classify(string text, List<string> words, int start, int end, string language, NameDetector names)
    {
        var before = WordsBefore(text, start);
        var previous = before.Count > 0 ? before[^1] : "";
        // "the city of Ibadan", "die Stadt von ...": the noun before "of" tells.
        if (previous is "of" or "von" && before.Count > 1 && NameContext.PlaceNouns.Contains(before[^2])) previous = before[^2];
        var next = Tokenizer.NextLetterRun(text, end) is { Success: true } word && string.IsNullOrWhiteSpace(text[end..word.Index]) ? word.Value : "";
        NameKind kind;
        // "CNN said", "the NHS chief": an acronym names an organisation, a broadcaster or a country, never surely a person.
        var acronym = words.All(NameDetector.IsAcronym);
        if (!acronym && ((words.Count > 1 && NameContext.IsPersonTitle(words[0])) || NameContext.IsPersonTitle(previous) || PersonAfter().IsMatch(text.AsSpan(end))))
            kind = NameKind.Person;
        else if (words.Any(NameContext.OrganisationWords.Contains) || NameContext.IsOrganisationNoun(previous) || NameContext.OrganisationWords.Contains(next))
            kind = NameKind.Organisation;
        else if (NameContext.PlacePrepositions.Contains(previous) || NameContext.PlaceNouns.Contains(previous) || IsDateline(text, start, end)
                 // "im australischen Brisbane", "in nearby Harrogate": an adjective of where it lies between preposition and name.
                 || (before.Count > 1 && NameContext.PlacePrepositions.Contains(before[^2]) && NameContext.IsLocatingAdjective(previous, language))
                 // "towns close to Bouira".
                 || (previous == "to" && before.Count > 1 && before[^2].Equals("close", StringComparison.OrdinalIgnoreCase))
                 || PlaceSuffix().IsMatch(text.AsSpan(end))
                 // "King's Cross station", "Heathrow airport": a place noun right after the name.
                 || (next.Length > 0 && char.IsLower(next[0]) && NameContext.PlaceNouns.Contains(next))
                 || (words.Count > 1 && NameContext.PlaceNouns.Contains(words[^1]))
                 || words.All(w => names.IsPlaceName(w, language))
                 // "South Africa", "New Zealand": listed as one name, not word by word (nor a first name and a surname).
                 || (words.Count > 1 && names.IsPlaceName(string.Join(' ', words), language))
                 || (language == "en" && words.Count == 1 && next.Length > 0 && char.IsLower(next[0]) && Demonym().IsMatch(words[0])))
            kind = NameKind.Place;
        // "Gustavo Dudamel", "Peter McGuigan": two or three unmarked names are most often a first name and a surname.
        else if (IsPersonShaped(text, words, start, end, language, names))
            kind = NameKind.Person;
        else
            kind = NameKind.Unknown;
        return new NameSpan(words.ToList(), start, end, kind);
    }

    /// <summary>The words before <paramref name="index"/>, articles dropped ("in the UK": "in").</summary>
    private static List<string> WordsBefore(string text, int index)
    {
        var from = Math.Max(0, index - 40);
        // Value matches over the span (no substring, no Match per word): read for every name span of every candidate sentence.
        var before = text.AsSpan(from, index - from);
        var words = new List<string>();
        foreach (var run in Tokenizer.EnumerateLetterRuns(before))
        {
            var word = before.Slice(run.Index, run.Length).ToString();
            if (!IsArticle(word)) words.Add(word);
        }
        return words;
    }

    /// <summary>
    /// A definite article of either language or an English indefinite one. German "ein" and its forms are kept, as they
    /// were before this list moved to <see cref="FunctionWords"/> (whether dropping them helps is untested), so that the
    /// words before a name read as they did.
    /// </summary>
    private static bool IsArticle(string word) => FunctionWords.IsDefiniteArticle(word) || FunctionWords.IsIndefiniteArticle(word, LanguageDetector.English);

    /// <summary>"Wien – ...", "Hanoi / Phnom Penh – ...": the places a report comes from open it.</summary>
    private static bool IsDateline(string text, int start, int end) =>
        DatelineHead().IsMatch(text[..start]) && DatelineTail().IsMatch(text[end..]);

    [GeneratedRegex(@"^[\p{L} ]*(/\s*)?$")]
    private static partial Regex DatelineHead();

    /// <summary>
    /// A people's adjective ("South African", "Scottish") as the dictionary knows it (without one, by its ending): in
    /// "South African Carmen" it describes the name after it and is no part of it.
    /// </summary>
    public static bool IsPeoplesAdjective(string word, NameDetector names) =>
        Demonym().IsMatch(word) && (!names.HasLexicon || names.IsCommonWord(word, "en") == true);

    /// <summary>"Sheffield-based", "London-born": the name is where someone or something is from.</summary>
    [GeneratedRegex(@"^-(based|born)\b")]
    private static partial Regex PlaceSuffix();

    /// <summary>"the Chinese version", "British broadcasting": a people's adjective before a noun names no one.</summary>
    [GeneratedRegex(@"(ese|ish|ian|ean|an|ic|i)$")]
    private static partial Regex Demonym();

    [GeneratedRegex(@"^(\s*/\s*[\p{L} ]+)?\s+[–-]\s")]
    private static partial Regex DatelineTail();

    /// <summary>An age or a verb of saying after a name: "Mr Mubanga, 32,", "Thiem (22)", "Dudamel sagte", "Brown said".</summary>
    [GeneratedRegex(@"^(,\s*\d{1,3}\s*,|\s*\(\d{1,3}\)|\s+(" + SayingVerbs.AfterPersonName + @")\b)")]
    private static partial Regex PersonAfter();
}
