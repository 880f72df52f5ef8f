namespace Briefing.Core.Text;

/// <summary>The product's own short sentences, in the asker's language (German or English; English otherwise).</summary>
public static class Phrases
{
    public static string NotFound(string language) => IsGerman(language)
        ? "Dazu finde ich in den indexierten Artikeln nichts."
        : "I found nothing about that in the indexed articles.";

    /// <summary>Framing line before verbatim quotes in another language than the question's.</summary>
    public static string QuotedInOtherLanguage(string language) => IsGerman(language)
        ? "Aus den Artikeln (im Originalwortlaut):"
        : "From the articles (quoted in their original language):";

    public static string EmptyQuestion(string language) => IsGerman(language)
        ? "Bitte stellen Sie eine Frage."
        : "Please ask a question.";

    public static bool IsGerman(string language) => string.Equals(language, LanguageDetector.German, StringComparison.OrdinalIgnoreCase);
}
