using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// A newspaper, agency or broadcaster named as the source of a report ("nach STANDARD-Infos", "laut APA", "told the BBC",
/// "the Times reported", "berichtete die Zeitung Premium Times"): it says who told the news, not who did what the news
/// tells, so it answers no "who"/"which" question about the reported deed.
/// </summary>
internal static partial class ReportSources
{
    /// <summary>
    /// Whether the name stands as a report's source. A person is never one here: "laut Trainer Müller" cites a speaker,
    /// and "who said …?" asks for him.
    /// </summary>
    public static bool Covers(string text, NameSpan span) => span.Kind != NameKind.Person && Covers(text, span.Start, span.End);

    private static bool Covers(string text, int start, int end)
    {
        var before = text[Math.Max(0, start - 60)..start];
        var after = text[end..Math.Min(text.Length, end + 30)];
        return SourceCompoundAfter().IsMatch(after) || SourceBefore().IsMatch(before) || ReportedAfter().IsMatch(after);
    }

    /// <summary>A question's head noun that asks for the source itself ("Welche Zeitung berichtete …?").</summary>
    public static bool IsMediaNoun(string head) => MediaNouns.Contains(head);

    private static readonly FrozenSet<string> MediaNouns = FrozenSet.ToFrozenSet(
    [
        "zeitung", "tageszeitung", "agentur", "nachrichtenagentur", "sender", "fernsehsender", "magazin", "blatt", "medium",
        "newspaper", "paper", "agency", "broadcaster", "channel", "magazine", "outlet", "network", "station",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>"STANDARD-Infos", "APA-Informationen", "ORF-Bericht" after "nach": the name is joined to the report noun.</summary>
    [GeneratedRegex(@"^-(infos?|informationen|angaben|recherchen|berichte?n?|meldung(en)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SourceCompoundAfter();

    /// <summary>"laut APA", "told the BBC", "according to the Guardian", "berichtete die Zeitung X", "sagte er der APA" is left out (a dative after any verb).</summary>
    [GeneratedRegex(@"(\b(laut|lt\.)|\btold\s+(the\s+)?|\baccording\s+to\s+(the\s+)?|\b(berichtete|berichteten|berichtet|meldete|meldeten|meldet|schreibt|schrieb)\s+(die|der|das|den)\s+((\p{L}+-)?(zeitung|tageszeitung|nachrichtenagentur|agentur|sender|fernsehsender|magazin|wochenzeitung|blatt|onlineausgabe|website)\s+)?|\b(reported|reports|wrote)\s+the\s+((daily|weekly|sunday|online)\s+)?(newspaper|paper|magazine|agency|broadcaster|website)\s+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceBefore();

    /// <summary>"the BBC reported", "die APA berichtete", "X zufolge".</summary>
    [GeneratedRegex(@"^('s?)?\s+(reported|reports|has\s+reported|zufolge|berichtete|berichteten|meldete|meldeten)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportedAfter();
}
