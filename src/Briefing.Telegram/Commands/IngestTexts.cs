using System.Globalization;
using Briefing.Core.Ingestion;
using Briefing.Telegram.Conversation;
using Briefing.Telegram.Replies;

namespace Briefing.Telegram.Commands;

/// <summary>The ingest command's replies in German or English.</summary>
internal static class IngestTexts
{
    public static string Usage(string language) => BotTexts.Pick(language,
        "Senden Sie eine Datei (.txt, .md, .html, .jsonl) oder /ingest https://…",
        "Send a file (.txt, .md, .html, .jsonl) or /ingest https://…");

    public static string UnsupportedType(string language, string fileName, IEnumerable<string> supported)
    {
        var list = string.Join(", ", supported.Order(StringComparer.Ordinal));
        return BotTexts.Pick(language,
            $"{(fileName.Length == 0 ? "Diese Datei" : $"„{fileName}“")} kann ich nicht aufnehmen: unbekannter Dateityp. Unterstützt: {list}.",
            $"I can't ingest {(fileName.Length == 0 ? "this file" : $"\"{fileName}\"")}: unknown file type. Supported: {list}.");
    }

    public static string TooLarge(string language, string fileName, long limitBytes)
    {
        var size = limitBytes >= 1024 * 1024
            ? (limitBytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
            : (limitBytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB";
        return BotTexts.Pick(language,
            $"„{fileName}“ ist zu groß (höchstens {size}).",
            $"\"{fileName}\" is too large (at most {size}).");
    }

    public static string DownloadFailed(string language, string fileName) => BotTexts.Pick(language,
        $"„{fileName}“ konnte ich nicht herunterladen.",
        $"I could not download \"{fileName}\".");

    public static Reply Report(string language, IngestReport report)
    {
        var de = language == "de";
        var reply = new ReplyBuilder().Bold(de ? "Aufgenommen" : "Ingested").Text(": ");
        reply.Text(de
            ? $"{report.Added} neu, {report.Updated} aktualisiert, {report.Unchanged} unverändert, {report.Duplicates} Duplikate, {report.Rejected.Count} abgelehnt."
            : $"{report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, {report.Duplicates} duplicates, {report.Rejected.Count} rejected.");
        foreach (var rejection in report.Rejected.Take(10))
            reply.Text("\n• ").Code(rejection.Input).Text(": " + rejection.Reason);
        return reply.Build();
    }
}
