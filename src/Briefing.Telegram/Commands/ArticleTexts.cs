using System.Globalization;
using Briefing.Telegram.Conversation;

namespace Briefing.Telegram.Commands;

/// <summary>The bot's words for <c>/article</c> and <c>/remove</c>, in German or English.</summary>
internal static class ArticleTexts
{
    public static string NotFound(string language, string id) => BotTexts.Pick(language,
        $"Im Index gibt es keinen Artikel mit der ID „{id}“. /article ohne ID zeigt die neuesten.",
        $"There is no article with the id \"{id}\" in the index. /article without an id shows the newest.");

    public static string NoArticles(string language) => BotTexts.Pick(language, "Der Index ist leer.", "The index is empty.");

    public static string Newest(string language) => BotTexts.Pick(language, "Neueste Artikel", "Newest articles");

    public static string ArticleUsageHint(string language) => BotTexts.Pick(language,
        "/article ID zeigt einen Artikel, /remove ID entfernt ihn.",
        "/article ID shows an article, /remove ID removes it.");

    public static string RemoveUsage(string language) => BotTexts.Pick(language,
        "Bitte die ID des Artikels angeben: /remove ID (/article zeigt die neuesten).",
        "Please give the article's id: /remove ID (/article shows the newest).");

    public static string ConfirmRemoval(string language) => BotTexts.Pick(language,
        "Diesen Artikel aus dem Index entfernen? Er wird dann in keiner Antwort und keinem Digest mehr zitiert.",
        "Remove this article from the index? It will no longer be quoted in any answer or digest.");

    public static string RemoveButton(string language) => BotTexts.Pick(language, "Entfernen", "Remove");

    public static string CancelButton(string language) => BotTexts.Pick(language, "Abbrechen", "Cancel");

    public static string Removed(string language, string title) => BotTexts.Pick(language,
        $"Entfernt: {title}", $"Removed: {title}");

    public static string Kept(string language) => BotTexts.Pick(language, "Nichts entfernt.", "Nothing was removed.");

    public static string AlreadyGone(string language, string id) => BotTexts.Pick(language,
        $"Der Artikel „{id}“ ist schon nicht mehr im Index.", $"The article \"{id}\" is no longer in the index.");

    public static string Label(string language, string label) => label switch
    {
        "source" => BotTexts.Pick(language, "Quelle", "Source"),
        "published" => BotTexts.Pick(language, "Veröffentlicht", "Published"),
        "ingested" => BotTexts.Pick(language, "Aufgenommen", "Ingested"),
        "language" => BotTexts.Pick(language, "Sprache", "Language"),
        "passages" => BotTexts.Pick(language, "Passagen", "Passages"),
        "also" => BotTexts.Pick(language, "Auch berichtet von", "Also reported by"),
        _ => label,
    };

    public static string Date(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "–";
}
