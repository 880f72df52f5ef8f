using Briefing.Core.Text;

namespace Briefing.Telegram.Conversation;

/// <summary>The bot's own short sentences in German or English (English for every other language).</summary>
public static class BotTexts
{
    /// <summary>German text for "de", English otherwise; commands use it for their own descriptions.</summary>
    public static string Pick(string language, string german, string english) => Phrases.IsGerman(language) ? german : english;

    public static string Welcome(string language) => Pick(language,
        "Hallo! Ich beantworte Fragen zu den Nachrichtenartikeln in meinem Index – mit Quellenangaben. Stellen Sie einfach eine Frage.",
        "Hello! I answer questions about the news articles in my index, with sources. Just ask a question.");

    public static string CommandsHeading(string language) => Pick(language, "Befehle:", "Commands:");

    public static string UnknownCommand(string language, string name) => Pick(language,
        $"Den Befehl /{name} kenne ich nicht. /help zeigt, was ich kann.",
        $"I don't know the command /{name}. /help shows what I can do.");

    public static string StaffOnly(string language) => Pick(language,
        "Dieser Befehl ist der Redaktion vorbehalten.",
        "This command is for staff only.");

    public static string TextOnly(string language) => Pick(language,
        "Ich verstehe nur Text. Bitte stellen Sie Ihre Frage als Nachricht.",
        "I can only read text. Please send your question as a message.");

    public static string Apology(string language) => Pick(language,
        "Entschuldigung, dabei ist etwas schiefgegangen. Bitte versuchen Sie es gleich noch einmal.",
        "Sorry, something went wrong there. Please try again in a moment.");

    public static string SlowDown(string language) => Pick(language,
        "Bitte etwas langsamer – ich beantworte gern weitere Fragen in einer Minute.",
        "Please slow down a little – I'll gladly answer more questions in a minute.");

    public static string ExpiredButton(string language) => Pick(language,
        "Diese Schaltfläche ist nicht mehr gültig. Bitte stellen Sie die Frage erneut.",
        "This button has expired. Please ask the question again.");

    public static string QuestionShortened(string language, int maxChars) => Pick(language,
        $"(Ihre Frage war sehr lang; ich habe die ersten {maxChars} Zeichen verwendet.)",
        $"(Your question was very long; I used its first {maxChars} characters.)");

    public static string SourcesButton(string language) => Pick(language, "Quellen", "Sources");

    public static string SourcesHeading(string language) => Pick(language, "Quellen", "Sources");

    /// <summary>Heads the closest articles under an abstention: what the articles cover, explicitly not the answer.</summary>
    public static string RelatedHeading(string language) => Pick(language,
        "Keine Antwort auf die Frage, aber am nächsten kommen diese Artikel",
        "Not an answer to the question, but these articles come closest");

    public static string NoAnswerYet(string language) => Pick(language,
        "Es gibt noch keine Antwort, zu der ich Quellen zeigen könnte. Stellen Sie zuerst eine Frage.",
        "There is no answer yet whose sources I could show. Ask a question first.");

    public static string NoSources(string language) => Pick(language,
        "Die letzte Antwort stützt sich auf keine Quellen.",
        "The last answer is not based on any sources.");

    public static string SourcesWithdrawn(string language) => Pick(language,
        "Quellen dieser Antwort wurden inzwischen aus dem Index entfernt.",
        "Sources of this answer have since been removed from the index.");

    public static string PlainTextHint(string language) => Pick(language,
        "Eine Nachricht ohne Befehl ist eine Frage. Nachfragen wie „Und was sagte Lawrow?“ beziehen sich auf die vorige Frage.",
        "A message without a command is a question. Follow-ups like \"What about Russia?\" refer to the previous question.");

    public static string AskUsage(string language) => Pick(language,
        "Bitte stellen Sie eine Frage, z. B. /ask Wann wurde die SCO gegründet?",
        "Please ask a question, e.g. /ask When was the SCO founded?");
}
