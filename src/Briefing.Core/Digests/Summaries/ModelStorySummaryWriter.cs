using System.Text.RegularExpressions;
using Briefing.Core.Llm;
using Briefing.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Digests.Summaries;

/// <summary>
/// Lets the configured model write digest summaries through <see cref="StorySummaryWriter"/> (prompt
/// <c>Briefing/StorySummary</c>, citations verified there). Resolved lazily and optional: without the Llm area, or
/// with <c>Llm:Provider</c> None, it returns null and the digest stays extractive. A longer summary than the digest
/// allows is cut after its last allowed sentence and its citations renumbered, rather than thrown away.
/// </summary>
public sealed partial class ModelStorySummaryWriter(IServiceProvider services) : IStorySummaryWriter
{
    [GeneratedRegex(@"\[(\d{1,3})\]")]
    private static partial Regex Marker();

    public string Name => "model";

    public async Task<StorySummary?> WriteAsync(StorySummaryRequest request, CancellationToken cancellationToken)
    {
        if (services.GetService<StorySummaryWriter>() is not { IsEnabled: true } writer) return null;
        var written = await writer.WriteAsync(request.Headline, request.Passages, request.Language, cancellationToken);
        if (written is null) return null;
        var sentences = SentenceSplitter.Split(written.Text).Take(request.MaxSentences).ToList();
        var kept = string.Join(' ', sentences);
        // Renumber the markers that survive in order of first use: [1], [2], ... with one citation each.
        var renumbered = new Dictionary<int, int>();
        var text = Marker().Replace(kept, m =>
        {
            var old = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (!renumbered.TryGetValue(old, out var n)) renumbered[old] = n = renumbered.Count + 1;
            return $"[{n}]";
        });
        var citations = written.Citations
            .Where(c => renumbered.ContainsKey(c.N))
            .Select(c => new DigestCitation(renumbered[c.N], c.ArticleId, c.PassageId, c.Quote))
            .OrderBy(c => c.N)
            .ToList();
        return new StorySummary(text, citations, written.Generator);
    }
}
