using System.Globalization;
using Briefing.Core.Digests;
using Briefing.Telegram.Replies;

namespace Briefing.Telegram.Digests;

/// <summary>
/// A digest as a chat reply: a heading, then per story its headline, its cited summary and a compact list of its
/// reports (each with the [n] that cite it, linked when it has a URL, copies named as "also reported by").
/// One block per story, so a long digest splits between stories into several valid messages.
/// </summary>
public static class DigestReplies
{
    public static Reply ForDigest(Digest digest, string language)
    {
        if (digest.IsEmpty) return Reply.Text(DigestPhrases.EmptyDay(language, digest.Date, digest.TimeZone));
        var reply = new ReplyBuilder().Bold(DigestPhrases.Title(language, digest.Date, digest.TimeZone)).Paragraph();
        for (var i = 0; i < digest.Stories.Count; i++) AppendStory(reply, digest.Stories[i], i + 1, language);
        return reply.Build();
    }

    private static void AppendStory(ReplyBuilder reply, DigestStory story, int number, string language)
    {
        reply.Bold($"{number}. {story.Headline.Trim()}");
        if (story.Summary.Length > 0) reply.Text("\n" + story.Summary);
        reply.Text("\n").Italic(DigestPhrases.SourceCount(language, story.SourceCount, story.ArticleIds.Count));
        foreach (var source in story.Sources)
        {
            var cited = story.Citations.Where(c => c.ArticleId == source.ArticleId).Select(c => c.N.ToString(CultureInfo.InvariantCulture)).ToList();
            reply.Text("\n" + (cited.Count > 0 ? $"[{string.Join(",", cited)}] " : "• "));
            reply.Link(string.IsNullOrWhiteSpace(source.Title) ? source.ArticleId : source.Title.Trim(), source.Url);
            var details = new List<string>(2);
            if (!string.IsNullOrWhiteSpace(source.Source)) details.Add(source.Source.Trim());
            if (source.AlsoReportedBy.Count > 0) details.Add($"{DigestPhrases.AlsoReportedBy(language)} {string.Join(", ", source.AlsoReportedBy)}");
            if (details.Count > 0) reply.Text(" – " + string.Join("; ", details));
        }
        reply.Paragraph();
    }
}
