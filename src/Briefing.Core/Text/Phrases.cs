namespace Briefing.Core.Text;

/// <summary>The product's own short sentences, in the asker's language (German or English; English otherwise).</summary>
public static class Phrases
{
    private const string ClosestGerman = "; am nächsten kommt: ";
    private const string ClosestEnglish = "; the closest is: ";

    public static string NotFound(string language) => IsGerman(language)
        ? "Dazu finde ich in den indexierten Artikeln nichts."
        : "I found nothing about that in the indexed articles.";

    /// <summary>
    /// Abstention that says what is missing (<paramref name="missingDetails"/>, e.g. "2019"; none: the question as a whole)
    /// and what the articles cover instead, without presenting it as the answer.
    /// </summary>
    public static string NotFoundWithClosest(string language, IReadOnlyList<string> missingDetails, IReadOnlyList<(string Title, DateTimeOffset? Published)> closest)
    {
        var german = IsGerman(language);
        var missing = missingDetails.Count == 0 ? null : Listed(missingDetails, german ? "und" : "and");
        var lead = (german, missing) switch
        {
            (true, null) => "Dazu finde ich in den indexierten Artikeln nichts",
            (true, _) => $"Zu {missing} finde ich in den indexierten Artikeln nichts",
            (false, null) => "I found nothing about that in the indexed articles",
            (false, _) => $"I found nothing about {missing} in the indexed articles",
        };
        if (closest.Count == 0) return lead + ".";
        var items = string.Join("; ", closest.Select(c => c.Published is { } date ? $"{c.Title} ({date:yyyy-MM-dd})" : c.Title));
        return $"{lead}{(german ? ClosestGerman : ClosestEnglish)}{items}.";
    }

    /// <summary>"2019", "2019 und Zählung", "2019, Zählung und Nationalpark".</summary>
    private static string Listed(IReadOnlyList<string> items, string and) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} {and} {items[^1]}";

    /// <summary>
    /// An abstention of <see cref="NotFoundWithClosest"/> without its closest articles ("Zu 2019 finde ich ... nichts."),
    /// for channels that list those articles on their own; any other text as it is.
    /// </summary>
    public static string WithoutClosest(string abstention)
    {
        foreach (var separator in (string[])[ClosestGerman, ClosestEnglish])
        {
            var at = abstention.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0) return abstention[..at] + ".";
        }
        return abstention;
    }

    /// <summary>Framing line before verbatim quotes in another language than the question's.</summary>
    public static string QuotedInOtherLanguage(string language) => IsGerman(language)
        ? "Aus den Artikeln (im Originalwortlaut):"
        : "From the articles (quoted in their original language):";

    public static string EmptyQuestion(string language) => IsGerman(language)
        ? "Bitte stellen Sie eine Frage."
        : "Please ask a question.";

    public static bool IsGerman(string language) => string.Equals(language, LanguageDetector.German, StringComparison.OrdinalIgnoreCase);
}
