using System.Diagnostics.Metrics;

namespace Briefing.Core.Diagnostics;

/// <summary>
/// The product's counters and histograms on one <see cref="Meter"/> named <see cref="MeterName"/>. Core only records
/// (System.Diagnostics.Metrics); exporting (Prometheus at <c>/metrics</c>, OTLP) is the web host's business, so a
/// CLI run that exports nothing pays almost nothing. Tag values are a small fixed set, never user text.
/// </summary>
public sealed class BriefingMetrics
{
    public const string MeterName = "Briefing";

    private readonly Counter<long> _answers;
    private readonly Counter<long> _abstentions;
    private readonly Counter<long> _verifierRemovals;
    private readonly Counter<long> _fallbacks;
    private readonly Histogram<double> _answerLatency;
    private readonly Counter<long> _telegramSends;
    private readonly Counter<long> _telegramRetries;
    private readonly Counter<long> _telegramRateLimited;
    private readonly Counter<long> _ingestedArticles;
    private readonly Counter<long> _digestDeliveries;

    public BriefingMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _answers = meter.CreateCounter<long>("briefing.answers", "{answer}", "Answers given, by generator (extractive or the model).");
        _abstentions = meter.CreateCounter<long>("briefing.answers.abstained", "{answer}", "Answers that said the articles do not cover the question.");
        _verifierRemovals = meter.CreateCounter<long>("briefing.verifier.removed_sentences", "{sentence}", "Model sentences the citation verifier removed.");
        _fallbacks = meter.CreateCounter<long>("briefing.answers.fallbacks", "{answer}", "Model answers replaced by the extractive answer, by cause.");
        _answerLatency = meter.CreateHistogram<double>("briefing.answer.duration", "s", "Time from question to answer.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 60] });
        _telegramSends = meter.CreateCounter<long>("briefing.telegram.sends", "{message}", "Messages sent to Telegram.");
        _telegramRetries = meter.CreateCounter<long>("briefing.telegram.retries", "{call}", "Bot API calls retried, by method.");
        _telegramRateLimited = meter.CreateCounter<long>("briefing.telegram.rate_limited", "{response}", "Bot API 429 (Too Many Requests) responses.");
        _ingestedArticles = meter.CreateCounter<long>("briefing.ingest.articles", "{article}", "Ingested inputs by outcome (added, updated, unchanged, duplicate, rejected).");
        _digestDeliveries = meter.CreateCounter<long>("briefing.digest.deliveries", "{digest}", "Scheduled digests by outcome (delivered, failed).");
    }

    public void AnswerGiven(string generator, bool abstained, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("generator", generator);
        _answers.Add(1, tag);
        if (abstained) _abstentions.Add(1, tag);
        _answerLatency.Record(elapsed.TotalSeconds, tag);
    }

    public void SentencesRemoved(int count)
    {
        if (count > 0) _verifierRemovals.Add(count);
    }

    /// <param name="cause">One of <see cref="FallbackCauses"/>.</param>
    public void FellBack(string cause) => _fallbacks.Add(1, new KeyValuePair<string, object?>("cause", cause));

    public void TelegramMessageSent() => _telegramSends.Add(1);

    public void TelegramCallRetried(string method, bool rateLimited)
    {
        _telegramRetries.Add(1, new KeyValuePair<string, object?>("method", method));
        if (rateLimited) _telegramRateLimited.Add(1);
    }

    /// <summary>One ingest's outcome counts (plain numbers: diagnostics sit below the areas they measure).</summary>
    public void Ingested(int added, int updated, int unchanged, int duplicates, int rejected)
    {
        Ingested("added", added);
        Ingested("updated", updated);
        Ingested("unchanged", unchanged);
        Ingested("duplicate", duplicates);
        Ingested("rejected", rejected);
    }

    private void Ingested(string outcome, int count)
    {
        if (count > 0) _ingestedArticles.Add(count, new KeyValuePair<string, object?>("outcome", outcome));
    }

    public void DigestDelivered(bool delivered) =>
        _digestDeliveries.Add(1, new KeyValuePair<string, object?>("outcome", delivered ? "delivered" : "failed"));
}
