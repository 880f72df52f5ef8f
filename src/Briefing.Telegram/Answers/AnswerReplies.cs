using System.Globalization;
using Briefing.Core.Answering;
using Briefing.Core.Llm;
using Briefing.Core.Text;
using Briefing.Telegram.Conversation;
using Briefing.Telegram.Replies;

namespace Briefing.Telegram.Answers;

/// <summary>Turns answers into replies: the cited answer with a compact source list, and the quotes behind it.</summary>
public static class AnswerReplies
{
    public const string SourcesCommandName = "sources";

    /// <summary>
    /// The answer text (with its [n] markers), a compact source list and a "Sources" button for the quotes. An
    /// abstention lists the closest articles (title, date) under a heading that says they are not the answer.
    /// </summary>
    public static Reply ForAnswer(Answer answer, string answerId)
    {
        var reply = new ReplyBuilder();
        if (answer.Abstained && answer.Related is { Count: > 0 } related) return ForAbstention(reply, answer, related);
        foreach (var paragraph in Paragraphs(answer.Text)) reply.Text(paragraph).Paragraph();
        if (answer.Abstained || answer.Citations.Count == 0) return reply.Build();

        reply.Bold(BotTexts.SourcesHeading(answer.Language) + ":");
        foreach (var citation in answer.Citations)
        {
            reply.Text($"\n[{citation.N}] ");
            reply.Link(Title(citation), citation.Url);
            var details = Details(citation);
            if (details.Length > 0) reply.Italic($" – {details}");
        }
        reply.Paragraph();
        reply.Button(BotTexts.SourcesButton(answer.Language), CallbackData.Create(SourcesCommandName, answerId));
        return reply.Build();
    }

    private static Reply ForAbstention(ReplyBuilder reply, Answer answer, IReadOnlyList<RelatedArticle> related)
    {
        foreach (var paragraph in Paragraphs(Phrases.WithoutClosest(answer.Text))) reply.Text(paragraph).Paragraph();
        reply.Italic(BotTexts.RelatedHeading(answer.Language) + ":");
        foreach (var article in related)
        {
            reply.Text($"\n• {(string.IsNullOrWhiteSpace(article.Title) ? article.ArticleId : article.Title.Trim())}");
            if (article.Published is { } published) reply.Italic($" – {published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }
        return reply.Build();
    }

    /// <summary>Each cited passage as a quote under its numbered source.</summary>
    public static Reply ForSources(Answer answer)
    {
        var reply = new ReplyBuilder();
        // Citations of articles removed since the answer was given are gone; its [n] markers still count them.
        var withdrawn = CitationMarkers.Numbers(answer.Text).Any(n => answer.Citations.All(c => c.N != n));
        if (answer.Citations.Count == 0)
            return reply.Text(withdrawn ? BotTexts.SourcesWithdrawn(answer.Language) : BotTexts.NoSources(answer.Language)).Build();
        reply.Bold(BotTexts.SourcesHeading(answer.Language)).Text(": ").Italic(answer.Question).Paragraph();
        foreach (var citation in answer.Citations)
        {
            reply.Bold($"[{citation.N}] ").Link(Title(citation), citation.Url);
            var details = Details(citation);
            if (details.Length > 0) reply.Italic($" – {details}");
            reply.Quote(citation.Quote);
        }
        if (withdrawn) reply.Italic(BotTexts.SourcesWithdrawn(answer.Language));
        return reply.Build();
    }

    private static string Title(Citation citation) => string.IsNullOrWhiteSpace(citation.Title) ? citation.ArticleId : citation.Title.Trim();

    private static string Details(Citation citation)
    {
        var parts = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(citation.Source)) parts.Add(citation.Source.Trim());
        if (citation.Published is { } published) parts.Add(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return string.Join(", ", parts);
    }

    private static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
