using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// Figures that were reached and figures that are expected are different facts. "Wie hoch war das Handelsdefizit 2004?"
/// asks what the deficit was, so "… and is expected to rise to about $150bn for 2004" (a forecast written before the year
/// ended) does not answer it, nor "the scheme aimed to boost production … to 600,000 tonnes by 2008" a question about
/// what was produced in 2008. A question asked in a past tense, with no word of expectation or plan of its own ("Wie
/// viele Besucher wurden erwartet?" asks the forecast), is answered by a figure stated as fact.
/// </summary>
internal static partial class AskedOutlook
{
    /// <summary>The question asks what happened: a past or perfect tense, and no word of forecast, plan or aim.</summary>
    public static bool AsksActual(string question, string language) => language == "de"
        ? (GermanPast().IsMatch(question) || GermanPerfect().IsMatch(question)) && !GermanOutlook().IsMatch(question)
        : EnglishPast().IsMatch(question) && !EnglishOutlook().IsMatch(question);

    /// <summary>The text holds a word of forecast, plan, aim or condition ("is expected to", "will", "soll", "voraussichtlich").</summary>
    public static bool SpeaksOfOutlook(string text, string language) =>
        (language == "de" ? GermanOutlook() : EnglishOutlook()).IsMatch(text);

    /// <summary>
    /// Every new figure of <paramref name="sentence"/> (its keys in <paramref name="novel"/>) that answers for the asked
    /// years stands in a clause of forecast, plan or aim ("is expected to rise to about $150bn", "Bis 2020 sollen es mehr
    /// als 200.000 sein"). With asked years, only the figures in clauses that say one of them count: "was $124bn in 2003,
    /// and is expected to rise to about $150bn for 2004" gives 2004 only a forecast. False when no figure counts.
    /// </summary>
    public static bool StatesOnlyOutlook(string sentence, string language, IReadOnlySet<string> novel, IReadOnlyList<string> askedYears)
    {
        var counted = 0;
        foreach (var clause in Clauses(sentence))
        {
            if (askedYears.Count > 0 && !askedYears.Any(y => clause.Contains(y, StringComparison.Ordinal))) continue;
            var figures = NumberTokens.In(clause).Where(novel.Contains).ToList();
            if (figures.Count == 0) continue;
            if (!(language == "de" ? GermanOutlook() : EnglishOutlook()).IsMatch(clause)) return false;
            counted += figures.Count;
        }
        return counted > 0;
    }

    /// <summary>
    /// The sentence's clauses: parts between commas, semicolons, dashes and brackets, and before a coordinating "and" /
    /// "und" / "but" / "aber" / "while" / "während", which may start a clause with another verb and tense.
    /// </summary>
    private static IEnumerable<string> Clauses(string sentence) =>
        ClauseBreak().Split(sentence).Where(c => c.Length > 0);

    /// <remarks>
    /// A comma between digits ("1,5 Millionen", "400,000") is no clause break; a full stop before a capital is one (the
    /// splitter keeps "… dem Internetsender Hromadske.ua. Der Polizei zufolge …" as one sentence).
    /// </remarks>
    [GeneratedRegex(@"(?<!\d),|,(?!\d)|[;:()–—]|\s-\s|(?<=[.!?])\s+(?=\p{Lu})|\s(?=(and|und|but|aber|while|während|whereas|wobei)\s)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ClauseBreak();

    /// <summary>Words of forecast, plan, aim and condition: the figure beside them is not (yet) what happened.</summary>
    [GeneratedRegex(@"\b(will|would|could|expect|expects|expected|expecting|expectations?|forecasts?|forecasting|predict\w*|project(s|ed|ion|ions)|aim|aims|aimed|aiming"
        + @"|targets?|targeted|targeting|hope|hopes|hoped|hoping|plan|plans|planned|planning|likely|set\s+to|estimated\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishOutlook();

    /// <remarks>"wird" / "werden" are left out: they also form the present passive ("wird auf 2 Millionen Euro geschätzt").</remarks>
    [GeneratedRegex(@"\b(soll|sollen|sollte|sollten|solle|dürfte|dürften|könnte|könnten|würde|würden|erwart\w*|prognos\w*|voraussichtlich|geplant\w*|plant|planen|planten"
        + @"|ziel|ziele|zielt|angestrebt\w*|rechnet\s+mit|rechnen\s+mit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanOutlook();

    /// <summary>"How much did …", "How big was …", "How many have …" (perfect), "How much had …".</summary>
    [GeneratedRegex(@"\b(" + EnglishFunctionWords.PastAuxiliaryAlternation + @"|has\s+\p{L}+(\s+\p{L}+){0,4}\s+\p{L}+ed|have\s+\p{L}+(\s+\p{L}+){0,4}\s+\p{L}+ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishPast();

    /// <summary>"Wie hoch war …", "Wie viele wurden …", "Wie viel Geld hatte …": a past auxiliary, or "gab", the past of "es gibt" a count is asked by ("Wie viele Tote gab es?").</summary>
    [GeneratedRegex($@"\b({GermanFunctionWords.PastAuxiliaryAlternation}|gab)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanPast();

    /// <summary>
    /// "Wie viele Titel hat Federer 2004 geholt?", "Auf wie viel sind die Exporte gestiegen?": a perfect auxiliary and the
    /// participle last, written in lower case (a German noun at the end, "Anspruch auf Leistungen", is no participle).
    /// Not past a comma that opens a relative clause: "Wie groß ist der Anteil der Krim-Bewohner, die ein Stromabkommen
    /// ablehnen?" ends in the relative clause's verb and asks in the present (then "ein von Kiew angestrebtes Abkommen" in
    /// the answer was read as a plan). A decimal comma ("auf 2,5 Milliarden gestiegen") or an apposition ("Müller, der
    /// Kapitän, …") does not end the perfect.
    /// </summary>
    [GeneratedRegex(@"\b(?i:hat|haben|ist|sind)\b(?:[^,]|(?<=\d),(?=\d)|,(?!\s*(?i:die|der|das|den|dem|deren|dessen|welche\p{L}*)\b\s+\p{Ll}))*\s\p{Ll}+(t|en)\s*\?\s*$")]
    private static partial Regex GermanPerfect();
}
