using Briefing.Core.Text;

namespace Briefing.Core.Llm;

/// <summary>
/// Decides whether cited passages support a claim, and which passage sentence supports it best (the quote).
/// Rules, strictest first: every number must occur in the cited passages; in the passages' own language at
/// least <see cref="MinimumWordCoverage"/> of the claim's content words must occur there (the index's stems, see <see cref="ClaimVocabulary"/>), and
/// in English every capitalised name too; across languages (the words differ) at least half of the names and
/// one word or number must still occur.
/// </summary>
public static class ClaimSupport
{
    public const double MinimumWordCoverage = 0.5;

    /// <summary>The passage sentence sharing most words and numbers with the claim (numbers count double); ties go to the earlier one.</summary>
    public static (string Sentence, int Score) BestSentence(ClaimFeatures claim, string passageText)
    {
        var sentences = SentenceSplitter.Split(passageText);
        if (sentences.Count == 0) return (passageText.Trim(), 0);
        var best = (Sentence: sentences[0], Score: -1);
        foreach (var sentence in sentences)
        {
            var words = new ClaimVocabulary(ContentTokens.Words(sentence));
            var numbers = ContentTokens.Numbers(sentence);
            var score = claim.Words.Count(words.Contains) + 2 * claim.Numbers.Count(numbers.Contains);
            if (score > best.Score) best = (sentence, score);
        }
        return best;
    }

    /// <summary>Null when supported; otherwise why not, in words a developer reading <c>--trace</c> understands.</summary>
    public static string? WhyUnsupported(ClaimFeatures claim, string citedText, bool sameLanguage, string answerLanguage)
    {
        var vocabulary = new ClaimVocabulary(ContentTokens.Words(citedText));
        var numbers = ContentTokens.Numbers(citedText).ToHashSet();
        var missingNumbers = claim.Numbers.Where(n => !numbers.Contains(n)).ToList();
        if (missingNumbers.Count > 0)
            return $"number {string.Join(", ", missingNumbers)} does not occur in the cited passages";

        // Names are checked against every token (short ones too: "US", "IV"). In German every noun is capitalised, so
        // only English answers have their names checked; across languages names change form ("Warsaw"/"Warschau"),
        // so there half of them must occur.
        var tokens = new ClaimVocabulary(ContentTokens.AllTokens(citedText));
        var missingNames = Phrases.IsGerman(answerLanguage) ? [] : claim.Names.Where(n => !tokens.Contains(n)).ToList();
        var tolerated = sameLanguage ? 0 : claim.Names.Count / 2;
        if (missingNames.Count > tolerated)
            return $"name {string.Join(", ", missingNames)} does not occur in the cited passages";

        var covered = claim.Words.Count(vocabulary.Contains);
        if (sameLanguage)
        {
            if (claim.Words.Count > 0 && covered < MinimumWordCoverage * claim.Words.Count)
                return $"only {covered} of {claim.Words.Count} key words occur in the cited passages (missing: {string.Join(", ", claim.Words.Where(w => !vocabulary.Contains(w)).Take(6))})";
            return null;
        }
        var anchors = covered + claim.Numbers.Count;
        return anchors == 0 && claim.Words.Count > 0
            ? "no name, number or word of the sentence occurs in the cited passages"
            : null;
    }
}
