using System.Globalization;
using System.Text;

namespace Briefing.Core.Digests;

/// <summary>A digest as plain text (CLI, console chat): numbered stories, each summary with its numbered quotes and its reports.</summary>
public static class DigestTextFormatter
{
    public static string Format(Digest digest, string language = "en")
    {
        if (digest.IsEmpty) return DigestPhrases.EmptyDay(language, digest.Date, digest.TimeZone);
        var text = new StringBuilder();
        text.AppendLine(DigestPhrases.Title(language, digest.Date, digest.TimeZone));
        for (var i = 0; i < digest.Stories.Count; i++)
        {
            var story = digest.Stories[i];
            text.AppendLine();
            text.AppendLine($"{i + 1}. {story.Headline}");
            text.AppendLine($"   ({DigestPhrases.SourceCount(language, story.SourceCount, story.ArticleIds.Count)})");
            if (story.Summary.Length > 0) text.AppendLine($"   {story.Summary}");
            foreach (var citation in story.Citations)
            {
                var source = story.Sources.FirstOrDefault(s => s.ArticleId == citation.ArticleId)?.Source;
                text.AppendLine($"   [{citation.N}] {(source is null ? "" : source + ": ")}\"{citation.Quote}\" ({citation.PassageId})");
            }
            foreach (var report in story.Sources)
            {
                var details = string.Join(", ", new[] { report.Source, report.Published?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) }
                    .Where(d => !string.IsNullOrEmpty(d)));
                var also = report.AlsoReportedBy.Count > 0 ? $"; {DigestPhrases.AlsoReportedBy(language)} {string.Join(", ", report.AlsoReportedBy)}" : "";
                text.AppendLine($"   - {report.Title}{(details.Length > 0 ? $" ({details}{also})" : also)}{(report.Url is null ? "" : " " + report.Url)}");
            }
        }
        return text.ToString().TrimEnd();
    }
}
