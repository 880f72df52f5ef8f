using Briefing.Telegram.Conversation;

namespace Briefing.Telegram.Digests;

/// <summary>The digest commands' own sentences in German or English.</summary>
internal static class DigestBotTexts
{
    public static string DigestUsage(string language, string problem) => BotTexts.Pick(language,
        $"{problem} Beispiel: /digest 2026-11-26 oder /digest gestern (optional mit Zeitzone, z. B. Europe/Berlin).",
        $"{problem} Example: /digest 2026-11-26 or /digest yesterday (optionally with a time zone, e.g. Europe/Berlin).");

    public static string BadDate(string language, string text) => BotTexts.Pick(language,
        $"„{text}“ ist kein Datum der Form JJJJ-MM-TT.", $"\"{text}\" is not a date like YYYY-MM-DD.");

    public static string BadZone(string language, string text) => BotTexts.Pick(language,
        $"Die Zeitzone „{text}“ kenne ich nicht (Beispiele: Europe/Berlin, Europe/Vienna, UTC).",
        $"I don't know the time zone \"{text}\" (examples: Europe/Berlin, America/New_York, UTC).");

    public static string BadTime(string language, string text) => BotTexts.Pick(language,
        $"„{text}“ ist keine Uhrzeit der Form HH:MM (z. B. 07:30).", $"\"{text}\" is not a time like HH:MM (e.g. 07:30).");

    public static string SubscribeUsage(string language) => BotTexts.Pick(language,
        "So abonnieren Sie den Tagesüberblick: /subscribe 07:30 Europe/Berlin (Uhrzeit und Zeitzone sind optional).",
        "To subscribe to the daily digest: /subscribe 07:30 Europe/London (time and zone are optional).");

    public static string Subscribed(string language, TimeOnly at, string zone, bool previousDay) => BotTexts.Pick(language,
        $"Abonniert: Jeden Tag um {at:HH\\:mm} ({zone}) schicke ich Ihnen den Überblick {(previousDay ? "des Vortags" : "des Tages")}. /unsubscribe beendet das Abo.",
        $"Subscribed: every day at {at:HH\\:mm} ({zone}) I'll send you the digest of {(previousDay ? "the previous day" : "the day")}. /unsubscribe stops it.");

    public static string Unsubscribed(string language) => BotTexts.Pick(language,
        "Abo beendet: Sie erhalten keinen Tagesüberblick mehr.", "Unsubscribed: you will get no more daily digests.");

    public static string NotSubscribed(string language) => BotTexts.Pick(language,
        "Sie haben keinen Tagesüberblick abonniert. /subscribe startet ein Abo.",
        "You have no digest subscription. /subscribe starts one.");

    public static string Unavailable(string language) => BotTexts.Pick(language,
        "Tagesüberblicke sind hier nicht eingerichtet.", "Digests are not set up here.");

    public static string NoChat(string language) => BotTexts.Pick(language,
        "Abos gibt es nur in einem Telegram-Chat.", "Subscriptions only work in a Telegram chat.");
}
