using System.Text.RegularExpressions;

namespace Briefing.Core.Text;

/// <summary>
/// The head noun of a "which X" question: "Welcher Richter ...?" → Richter, "Bei welcher Bank ...?" → Bank,
/// "Which Scottish club ...?" → club, "Which outdated protocol ...?" → protocol. The answer is a name or phrase
/// next to it in the article ("Richter Carlos Samour", "Scottish club Rangers", "Bank Austria").
/// </summary>
internal static partial class AskedHead
{
    public static string? Of(string question)
    {
        var match = Which().Match(question);
        if (!match.Success) return null;
        var english = match.Value.StartsWith("which", StringComparison.OrdinalIgnoreCase);
        var words = (english ? EnglishWord() : Word()).Matches(question[(match.Index + match.Length)..]).Select(m => m.Value).Take(MaxGroupWords).ToList();
        // "Welche Art von Schule …?", "Which type of plea …?": a word of kind asks for a kind of the noun after it, whose
        // name or describing word the article writes next to that noun ("berufsbildende Schulen", "a blind plea").
        if (KindOf().Match(question, match.Index + match.Length) is { Success: true } kind && kind.Index == match.Index + match.Length)
            return kind.Groups["noun"].Value;
        // "Who is the chief executive of X, which is selling shares?": "which" before a verb is a relative pronoun (or "Which
        // is …?" asks without a noun); there is no head, and "is" taken for one typed a person question as a name of a thing.
        // "Which US bank …?": a word in capitals is a country or a name ("US", "UN"), not the pronoun "us".
        if (words.Count == 0 || (english && FunctionWords.IsFunctionWord(words[0], "en")
                                 && !words[0].All(char.IsUpper))) return null;
        if (!english)
        {
            // German: adjectives are lower case, the noun group's last capitalised word is the head ("Schweizer Tennisspieler").
            var nouns = words.SkipWhile(w => !char.IsUpper(w[0])).TakeWhile(w => char.IsUpper(w[0])).ToList();
            return nouns.Count > 0 ? nouns[^1] : null;
        }
        // English: skip capitalised adjectives ("Scottish") and participles/adjectives ("outdated", "national").
        for (var i = 0; i < words.Count; i++)
        {
            // "Which hospital did …?", "Which Surrey academic built …?": a word in an adjective's ending before a verb or
            // function word is the noun itself.
            var beforeNoun = i + 1 < words.Count && !FunctionWords.IsFunctionWord(words[i + 1], "en") && !OpensClause(words, i + 1);
            if (char.IsUpper(words[i][0]) || (AdjectiveEnding().IsMatch(words[i]) && beforeNoun)) continue;
            var head = i;
            while (head + 1 < words.Count && IsCompoundTail(words, head + 1)) head++;
            return words[head];
        }
        return null;
    }

    /// <summary>
    /// "Which match official sent …?", "Which local radio station did …?", "Which constitutional law expert dismissed …?":
    /// English writes a noun compound as separate words, and its last one is the head (official, station, expert); the
    /// article names the one asked after it ("fourth official Phil Crossley"), not after the first ("match"). A word is
    /// the compound's tail only when the verb follows it right away: after "Which film won the …" the word is the verb,
    /// which no noun group ends before. A present verb is not read by its form ("backs", "powers" are plurals as well),
    /// so "Which aid group backs one …" keeps "aid", the word before the unread verb.
    /// Never a tail: an adverb between subject and verb ("Which player first scored …"), and a letter that is no word
    /// ("Which film's set …": the possessive "s").
    /// </summary>
    private static bool IsCompoundTail(IReadOnlyList<string> words, int index)
    {
        var word = words[index];
        if (word.Length == 1 || char.IsUpper(word[0]) || FunctionWords.IsFunctionWord(word, "en") || OpensClause(words, index)
            || word.EndsWith("ly", StringComparison.Ordinal) || PreverbAdverbs.Contains(word))
            return false;
        return index + 1 < words.Count && OpensClause(words, index + 1);
    }

    /// <summary>
    /// The word at <paramref name="index"/> is the finite verb that opens the clause after the asked noun group
    /// (<see cref="EndsNounGroup"/>), unless it is a participle used as an adjective: "Which radical armed group claimed …",
    /// "Which historic listed building was …" — an -ed form before a noun that the verb follows is part of the group.
    /// </summary>
    private static bool OpensClause(IReadOnlyList<string> words, int index) =>
        EndsNounGroup(words[index])
        && !(EnglishVerbForms.IsEdForm(words[index]) && index + 2 < words.Count && IsPlainWord(words[index + 1]) && EndsNounGroup(words[index + 2]));

    /// <summary>A lower-case content word: neither a function word nor a verb that opens a clause.</summary>
    private static bool IsPlainWord(string word) =>
        !char.IsUpper(word[0]) && !FunctionWords.IsFunctionWord(word, "en") && !EndsNounGroup(word);

    /// <summary>A finite verb that opens the clause after the asked noun group: an auxiliary, a form of "be" or "have", a past form ("did", "was", "sent", "dismissed").</summary>
    private static bool EndsNounGroup(string word) =>
        EnglishVerbUse.IsAuxiliaryOrBe(word) || EnglishVerbForms.IsEdForm(word) || EnglishVerbForms.IsIrregularPast(word);

    private static readonly HashSet<string> PreverbAdverbs = new(EnglishFunctionWords.PreverbAdverbs, StringComparer.Ordinal);

    /// <summary>
    /// The noun a word of kind at <paramref name="index"/> sorts: "kinds of food" → food, "Arten von Lebensmitteln" →
    /// Lebensmitteln; null when no word of kind stands there.
    /// </summary>
    public static string? SortedBy(string question, int index) =>
        KindOf().Match(question, index) is { Success: true } kind && kind.Index == index ? kind.Groups["noun"].Value : null;

    /// <remarks>"Was für ein Auto ...?" asks as "Welches Auto ...?" (entype: with an article only; "Was für Folgen ...?" asks for a description).</remarks>
    [GeneratedRegex(@"\b(welche[rsmn]?|was\s+für\s+(" + GermanFunctionWords.IndefiniteArticleAlternation + @")|which)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Which();

    /// <summary>The words that ask for a kind of a noun, capitalised as German writes them; one list for every kind question.</summary>
    internal const string GermanKindWords = "Art|Arten|Sorte|Sorten|Typ|Typen|Form|Formen|Gattung";

    /// <summary>English words of kind, singular (a plural s is matched after them).</summary>
    internal const string EnglishKindWords = "type|kind|sort|form";

    /// <summary>
    /// "Art von Schule", "Art der Gewaltenteilung", "Sorte Wein", "type of plea", "kinds of schools": the word of kind, then
    /// the noun it sorts (German: capitalised, after an article or adjectives; English: the word after "of").
    /// A German article before the noun is passed over as any lower-case word is; the group only names what may stand there.
    /// </summary>
    [GeneratedRegex(@"\G((" + GermanKindWords + @")\s+((von|der|des|an)\s+)?((" + ArticleAlternations.German + @")\s+)?(\p{Ll}+\s+)*(?<noun>\p{Lu}\p{L}+)|(?i:" + EnglishKindWords + @")s?\s+of\s+((?i:" + ArticleAlternations.English + @")\s+)?(?<noun>\p{L}+))")]
    private static partial Regex KindOf();

    /// <summary>A German word; a hyphenated compound gives its parts ("SPD-Politiker": the head is "Politiker", as an article writes it alone).</summary>
    [GeneratedRegex(@"\p{L}[\p{L}\p{M}]*")]
    private static partial Regex Word();

    /// <summary>
    /// An English word, a hyphenated compound whole: "scrum-half" is a player's position, its "half" the match's ("second
    /// half"), and "state-owned" is one adjective before the noun.
    /// </summary>
    [GeneratedRegex(@"\p{L}[\p{L}\p{M}]*(-\p{L}[\p{L}\p{M}]*)*")]
    private static partial Regex EnglishWord();

    /// <summary>The words read after "which": the noun group and the verb after it ("Which constitutional law expert dismissed").</summary>
    private const int MaxGroupWords = 4;

    [GeneratedRegex(@"(ed|al|ish|ive|ous|ful|ic|ian|ese)$")]
    private static partial Regex AdjectiveEnding();
}
