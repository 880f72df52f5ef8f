using Briefing.Core.Search;
using Briefing.Core.Text;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Answering;

/// <summary>
/// The embedded default: quotes 1–<see cref="AnsweringOptions.MaxSentences"/> verbatim sentences of the top
/// passages and cites each (<see cref="AnswerShaper"/> picks them). Abstains — naming the closest articles as
/// "not the answer" — when no retrieved article shows the question's specific details (years, numbers, names;
/// <see cref="QuestionConstraints"/>), the best such article says next to nothing of what the question asks about
/// its names (<see cref="AskedTopic"/>), or the best passages cover too little of it (<see cref="AnsweringOptions.MinCoverage"/>).
/// </summary>
public sealed class ExtractiveAnswerGenerator : IAnswerGenerator
{
    public const string GeneratorName = "extractive";
    private const int TracedCandidates = 8;

    private readonly ITermStatistics _statistics;
    private readonly IOptions<AnsweringOptions> _options;
    private readonly NameDetector _names;
    private readonly INewsIndex? _index;

    /// <param name="expanders">The same expanders retrieval uses: their translations let passages in the other language show evidence.</param>
    /// <param name="index">The index, for checking a question's details in the whole article; without one, in the passage only.</param>
    public ExtractiveAnswerGenerator(ITermStatistics statistics, IOptions<AnsweringOptions> options, IEnumerable<IQueryExpander> expanders,
        NameDetector names, INewsIndex? index = null)
    {
        _statistics = statistics;
        _options = options;
        _names = names;
        _index = index;
        Grounding = new QuestionGrounding(statistics, expanders.ToList(), names, index);
    }

    /// <summary>The question-detail check this generator applies; the model generator applies the same one.</summary>
    internal QuestionGrounding Grounding { get; }

    public string Name => GeneratorName;

    public Task<GeneratedAnswer> GenerateAsync(AnswerContext context, CancellationToken cancellationToken)
    {
        var settings = _options.Value;
        var retrieved = context.Passages.Take(settings.CandidatePassages).ToList();
        var trace = new List<string>();
        if (retrieved.Count == 0) return Task.FromResult(Abstain(context, trace, "no passage matched", [], []));

        var grounding = Grounding.Check(context, retrieved);
        var (expansions, constraints, passages) = (grounding.Expansions, grounding.Constraints, grounding.Kept);
        if (context.Trace && expansions.Count > 0)
            trace.Add($"extractive: translations {string.Join("; ", expansions.GroupBy(e => e.Group ?? e.Text).Select(g => $"{g.Key} → {string.Join("/", g.Select(e => e.Text))}"))}");
        if (context.Trace && constraints.Items.Count > 0)
            trace.Add($"extractive: the question's details [{string.Join(", ", constraints.Items.Select(c => c.Surface))}] are shown by {passages.Count} of {retrieved.Count} passages' articles");
        if (context.Trace && grounding.MissingByArticle.Count > 0)
            trace.Add($"extractive: details missing by article: {string.Join("; ", grounding.MissingByArticle.Select(a => $"{a.Key} [{string.Join(", ", a.Value.Select(c => c.Surface))}]"))}");
        if (context.Trace && grounding.Topic.Any)
            trace.Add($"extractive: the question's topic [{string.Join(", ", grounding.Topic.Words)}] is shown {grounding.TopicShare:P0} by the best article that shows its details (threshold {AskedTopic.MinShownShare:P0})");
        if (passages.Count == 0)
            return Task.FromResult(Abstain(context, trace, "no article shows the question's details", grounding.MissingAsWritten, retrieved));

        var expected = ExpectedAnswerType.Of(context.Question) is var asked and not AnswerType.Other ? asked : ExpectedAnswerType.Of(context.StandaloneQuestion);
        // Parsed once: the sentence scores, the trace and the year check below must read the same asked unit.
        var askedUnit = AskedUnit.Of(context.Question, _names);
        var (candidates, evidence) = SentenceCandidates.Score(context, passages, ArticleSiblings.Add(passages, _index), _statistics, expansions, expected, askedUnit, _names, grounding.TopicExpansions);
        if (context.Trace) trace.Add($"extractive: expects {expected}; the best two-sentence window covers {evidence:P0} of the question (threshold {settings.MinCoverage:P0})");
        if (context.Trace && askedUnit is { } unit)
            trace.Add($"extractive: asks for a {unit.Kind} of '{unit.Word}'{(unit.CountsThings ? " (counts things)" : "")}{(unit.Family is { } family ? $" in {family} units" : "")}{(unit.AcceptsShare ? " (or its share)" : "")}");
        var details = new GenerationDetails { Evidence = evidence, EvidenceThreshold = settings.MinCoverage };
        if (evidence < settings.MinCoverage || candidates.Count == 0)
            return Task.FromResult(Abstain(context, trace, "evidence below threshold", [], retrieved) with { Details = details });
        // Off-topic: the best article that shows the question's names says little of what is asked about them.
        // Not when the first-ranked article names someone new as the asked person beside them (MarkedPersonAnswer).
        var offTopicWords = grounding.TopicShare < AskedTopic.MinShownShare && evidence < AskedTopic.MaxEvidenceOffTopic;
        var markedPerson = offTopicWords && MarkedPersonAnswer.AnswersOffTopicWords(candidates, expected);
        if (markedPerson && context.Trace)
            trace.Add("extractive: the first-ranked article names someone new as the asked person beside the question's names; not off-topic");
        if (offTopicWords && !markedPerson)
            return Task.FromResult(Abstain(context, trace, "no article is about what the question asks besides its names", grounding.TopicMissing, retrieved) with { Details = details });
        // Only an article that shows the topic's rarest word answers: one that shows its commoner words is about something
        // else ("Brenner" without "Basistunnel", "championship" without "curling"; AskedTopic.KeyWord).
        if (!markedPerson && grounding.KeyWordArticles is { } keyed)
        {
            var onKey = candidates.Where(c => keyed.Contains(c.Hit.Article.Id)).ToList();
            if (context.Trace && onKey.Count < candidates.Count)
                trace.Add($"extractive: {candidates.Count - onKey.Count} candidates' articles lack the topic's rarest word; {onKey.Count} remain");
            if (onKey.Count == 0)
                return Task.FromResult(Abstain(context, trace, "no article shows the rarest word of what the question asks about",
                    grounding.Topic.KeyWord(context.Language) is { } key ? [key] : grounding.TopicMissing, retrieved) with { Details = details });
            candidates = onKey;
        }

        var questionTerms = _statistics.AnalyzeTerms(context.StandaloneQuestion, context.Language).ToHashSet(StringComparer.Ordinal);
        var years = AskedYears.Of(context.Question);
        var chosen = AnswerShaper.Choose(candidates, settings.MaxSentences, expected, questionTerms, context.Language, years.Any,
            ExpectedAnswerType.AsksInOtherWords(context.StandaloneQuestion, expected));
        // A restating sentence that falls back as the answer gives way to the place sentence after it (PlaceAfterRestatement).
        List<CandidateSentence> LeadWithPlace(CandidateSentence restating)
        {
            var lead = PlaceAfterRestatement.Lead(restating, candidates, expected);
            if (context.Trace && lead.Count > 1) trace.Add($"extractive: it names no new place; the place sentence after it leads: {Shorten(lead[0].Text)}");
            return lead;
        }
        // The sentence that shows the question best: the answer when no sentence holds the asked kind, else the lead's follower.
        var covering = CoveringLead.Of(candidates, expected, context.Question, questionTerms, context.Language, _names);
        if (chosen.Count > 0 && CoveringLead.RivalOf(chosen[0], candidates, expected, context.Question, questionTerms, context.Language, _names) is { } rival
            && CoveringLead.OutranksLead(chosen[0], rival))
        {
            if (context.Trace) trace.Add($"extractive: the lead's article ranks clearly below the article of the sentence that shows the question best ({rival.Coverage:P0}); answering with that instead of: {Shorten(chosen[0].Text)}");
            chosen = LeadWithPlace(rival);
        }
        if (chosen.Count == 0 && covering is not null)
        {
            if (context.Trace) trace.Add($"extractive: no sentence holds a recognised {expected}; answering with the sentence that shows the question best ({covering.Coverage:P0})");
            chosen = LeadWithPlace(covering);
        }
        if (chosen.Count == 0 && CoveringLead.ForBareWho(candidates, expected, context.Question, questionTerms, context.Language, _names) is { } who)
        {
            if (context.Trace) trace.Add($"extractive: no sentence names who; answering the bare who-question with the sentence that shows it best ({who.Coverage:P0})");
            chosen = [who];
        }
        if (chosen.Count == 0 && DurationOfTopArticle.Lead(candidates, expected) is { } duration)
        {
            if (context.Trace) trace.Add($"extractive: no sentence leads; the first article's sentence with a new length of time answers: {Shorten(duration.Text)}");
            chosen = [duration];
        }
        chosen = NamingSentence.Complete(chosen, candidates, expected, AnswerCandidates.Asked(context.StandaloneQuestion, expected, context.Language, _names),
            settings.MaxSentences, _names);
        if (context.Trace)
            // With no sentence chosen, the sentences further down that hold a new candidate too: the answer is often one of them.
            trace.AddRange(candidates.OrderByDescending(c => c.Score).Take(TracedCandidates)
                .Concat(chosen.Count > 0 ? [] : candidates.OrderByDescending(c => c.Score).Skip(TracedCandidates).Where(c => c.Novel.Count > 0).Take(TracedCandidates)).Select(c =>
                $"extractive: candidate {c.Score:F2} (coverage {c.Coverage:F2}/{c.ContextCoverage:F2}{(c.ShowsPredicate ? "" : ", no predicate")}{(c.ShowsVerb ? "" : ", no verb")}{(c.ShowsUnit ? "" : ", no unit")}{(c.CountsOtherThings ? ", counts other things" : "")}{(c.CountsOnlyVaguely ? ", only an order or share" : "")}{(c.ShowsCore ? "" : c.ShowsCoreInArticle ? ", far from the question's names but in their article" : ", far from the question's names")}{(c.NamesAskedAgent ? ", doer of the asked action" : c.NearAskedNoun ? ", next to the asked noun" : "")}{(c.NamesAskedKind ? ", names the asked kind" : "")}, new [{string.Join(", ", c.Novel)}]; {LeadVerdict(c, chosen, candidates, expected, years.Any)}) {c.Hit.Passage.Id}: {Shorten(c.Text)}"));
        // The article is about it, but no relevant sentence holds the asked kind of fact (a number, a date, a name).
        if (chosen.Count == 0)
        {
            // The best sentence is about another year than the one asked: the abstention names the year.
            var otherYear = years.Any && !candidates.MaxBy(c => c.Score)!.ShowsAskedYears;
            return Task.FromResult(Abstain(context, trace, otherYear ? "no relevant sentence says the asked year" : $"no relevant sentence holds a new {expected}",
                otherYear ? years.AsWritten : [], retrieved) with { Details = details });
        }
        // A lead dated only by the report's weekday gives way to its article's calendar date (ReportDayLead); the checks below judge it.
        if (ReportDayLead.Lead(chosen, candidates, expected, settings.MaxSentences) is var dated && dated[0] != chosen[0])
        {
            if (context.Trace) trace.Add($"extractive: the lead dates only by a weekday; its article's sentence with a calendar date leads: {Shorten(dated[0].Text)}");
            chosen = dated;
        }
        // A lede that speaks of the asked thing only as "a bookmaker" gives way to the sentence after it that names it (IndefiniteLede).
        if (IndefiniteLede.Lead(chosen, candidates, context.Question, context.Language, expected, settings.MaxSentences) is var unnamedLede && unnamedLede[0] != chosen[0])
        {
            if (context.Trace) trace.Add($"extractive: a chosen sentence speaks of the asked thing only unnamed; the sentence after it that names something leads: {Shorten(unnamedLede[0].Text)}");
            chosen = unnamedLede;
        }
        // None of the chosen sentences gives the asked kind of fact in the asked role (a name for "who", the asked sum, a
        // count of the asked thing): the article is about the question but does not answer it (abstain's check).
        if (AskedFact.Missing(chosen, context.Question, context.Language, expected, _names, _statistics, expansions, candidates) is { } lacking)
            return Task.FromResult(Abstain(context, trace, lacking, [], retrieved) with { Details = details });
        // Only a question about a year is checked; the counted-noun topic is read for those alone.
        if (years.Any && YearBesideTopic.IsApart(chosen, context.Question, years, grounding.Topic,
                AskedTopic.OfCountedNoun(askedUnit, context.Language, grounding.TopicExpansions, _statistics), _statistics,
                measureAsked: YearBesideTopic.AsksMeasure(askedUnit), language: context.Language))
            return Task.FromResult(Abstain(context, trace, "the sentences that say the asked year are about something else", years.AsWritten, retrieved) with { Details = details });
        // "… war im April 1999 die Nummer acht der Weltrangliste und erreichte 1998 … das Endspiel" for "… 1998 an der Spitze
        // der Weltrangliste?": the sentence says the asked fact for another year, and the asked year of another event.
        if (YearOfOtherClause.AllApart(chosen, context.Question, context.Language, years, expansions, _statistics))
            return Task.FromResult(Abstain(context, trace, "the chosen sentences say the asked year of another event than the question's", years.AsWritten, retrieved) with { Details = details });
        // "… expected to reach 200,000 by 2008", "coverage of Euro 2004, the Tour de France …": the asked year as a target, in
        // another event's name or as a base of comparison dates no event of the question's.
        if (YearInOtherRole.AllInOtherRoles(chosen, context.Question, context.Language, years, expansions, _statistics, _names))
            return Task.FromResult(Abstain(context, trace, "the chosen sentences say the asked year only as a target, a comparison or another event's name", years.AsWritten, retrieved) with { Details = details });
        // After the abstention checks, which judge the typed sentences alone: the covering sentence adds no fact of the kind.
        // One that need not hold the kind itself (a "who" answered by a common noun) only joins an answer with room: it
        // never displaces a sentence that may hold the asked fact.
        // Nor does one the lead comes right after: that is the restating lede the named lead answers ("The authority has
        // appointed a new director. Marta Kowalczyk ... takes over the post in April.").
        var follower = covering ?? (chosen.Count < settings.MaxSentences
            && CoveringLead.Of(candidates, expected, context.Question, questionTerms, context.Language, _names, following: true) is { } f
            && !(f.Hit.Passage.Id == chosen[0].Hit.Passage.Id && chosen[0].Position == f.Position + 1) ? f : null);
        chosen = CoveringLead.AfterWeakLead(chosen, follower, expected, settings.MaxSentences);
        // A lead holding no candidate of the asked kind sets the scene; the sentence going on about it often says the fact.
        // One that holds the asked fact is not continued: the next sentence says another fact of its subject. A lead that
        // restates the question with a candidate but not the asked fact is followed by the sentence after it that may hold it.
        chosen = ContinuationOfLead.Add(chosen, candidates, expected, settings.MaxSentences, years.Any);
        // "… in June. … which begins on 11 June": the sentence after the lede that states the asked kind precisely leads it.
        if (StrongerAfterLede.Lead(chosen, candidates, expected, years.Any) is var stronger && stronger[0] != chosen[0])
        {
            if (context.Trace) trace.Add($"extractive: a sentence after the lede states the asked {expected} more precisely; it leads: {Shorten(stronger[0].Text)}");
            chosen = stronger;
        }
        // A lead without a candidate that points back ("These include …", "Sie ist …") follows the sentence it refers to, which often names the answer.
        chosen = AntecedentOfLead.Add(chosen, candidates, settings.MaxSentences);
        // "What is the term for …?": the sentence that names a new term leads, not the one describing the thing in the question's words.
        if (TermLead.Lead(chosen, candidates, context.Question, settings.MaxSentences) is var named && named[0] != chosen[0])
        {
            if (context.Trace) trace.Add($"extractive: the question asks a term; the sentence naming one leads: {Shorten(named[0].Text)}");
            chosen = named;
        }
        // "An welchem Tag …?" asks a day of a month: read once the answer is whole, since a sentence joining after the
        // checks above (StrongerAfterLede, ContinuationOfLead) may be the one that writes it.
        if (expected == AnswerType.Date && AskedCalendarDay.Of(context.Question) && !chosen.Any(c => CalendarDays.AreWrittenIn(c.Text)))
            return Task.FromResult(Abstain(context, trace, "the question asks a day of a month, which no chosen sentence writes", [], retrieved) with { Details = details });
        context.Observer?.Feature("leadArticleShare", chosen[0].ArticleShare);
        var citations = chosen.Select((c, i) => new Citation(
            i + 1, c.Hit.Article.Id, c.Hit.Article.Title, c.Hit.Article.Source, c.Hit.Article.Url,
            c.Hit.Article.Published, c.Hit.Passage.Id, c.Text)).ToList();
        var body = string.Join(' ', chosen.Select((c, i) => $"{c.Text} [{i + 1}]"));
        var text = FramingLine(context.Language, chosen) is { } framing ? $"{framing} {body}" : body;
        return Task.FromResult(new GeneratedAnswer(false, text, citations, GeneratorName) { Trace = trace, Details = details });
    }

    /// <summary>For the trace: whether the candidate was quoted, and if not, the first lead check it fails (<see cref="LeadRejection"/>).</summary>
    private static string LeadVerdict(CandidateSentence candidate, IReadOnlyList<CandidateSentence> chosen, IReadOnlyList<CandidateSentence> candidates,
        AnswerType expected, bool datedQuestion) =>
        chosen.Contains(candidate) ? "quoted"
        : LeadRejection.Of(candidate, candidates, expected, datedQuestion) is { } why ? $"not lead: {why}" : "passes the lead checks";

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";

    /// <summary>Quotes stay verbatim; when they are in another language, one line in the asker's language says so.</summary>
    private static string? FramingLine(string questionLanguage, IReadOnlyList<CandidateSentence> chosen)
    {
        var quoted = chosen.Select(c => c.Hit.Passage.Language).Distinct().ToList();
        if (quoted.Count == 1 && quoted[0] == questionLanguage) return null;
        return Phrases.QuotedInOtherLanguage(questionLanguage);
    }

    private static GeneratedAnswer Abstain(AnswerContext context, List<string> trace, string why, IReadOnlyList<string> missing, IReadOnlyList<PassageHit> closest)
    {
        if (context.Trace) trace.Add($"extractive: abstained ({why})");
        return Abstention.For(context, GeneratorName, missing, closest) with { Trace = trace };
    }
}
