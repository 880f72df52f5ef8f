using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// A newspaper, agency or broadcaster named as the source of a report ("nach STANDARD-Infos", "told the BBC",
/// "berichtete die Zeitung Premium Times"): it says who told the news, not who did what the news
/// tells, so it answers no "who"/"which" question about the reported deed.
/// </summary>
internal static partial class ReportSources
{
    /// <summary>
    /// Whether the name stands as a report's source, and the question (its head nouns, <paramref name="heads"/>) does not
    /// ask for the medium itself ("Welche Zeitung berichtete …?"). A person is never one here: "laut Trainer Müller" cites a
    /// speaker, and "who said …?" asks for him.
    /// </summary>
    public static bool CitesAsSource(string text, NameSpan span, IEnumerable<string> heads) =>
        span.Kind != NameKind.Person && !heads.Any(IsMediaNoun) && Covers(text, span.Start, span.End);

    private static bool Covers(string text, int start, int end)
    {
        var before = text[Math.Max(0, start - 60)..start];
        var after = text[end..Math.Min(text.Length, end + 30)];
        // "berichtete die Zeitung Premium Times": the name reader may take the capitalised medium noun into the name; it
        // still says what the rest is.
        var firstWord = text[start..end].Split(' ', 2)[0];
        if (firstWord.Length < end - start && IsMediaNoun(firstWord)) before += firstWord + " ";
        return SourceCompoundAfter().IsMatch(after) || SourceBefore().IsMatch(before);
    }

    /// <summary>A noun of a medium: as a question's head it asks for the source itself; before a name it says the name is one.</summary>
    private static bool IsMediaNoun(string word) => MediaNouns.All.Contains(word);

    /// <summary>"STANDARD-Infos", "APA-Informationen", "ORF-Bericht" after "nach": the name is joined to the report noun. Not "-Angaben":
    /// "nach Polizei-Angaben", "nach Angaben der Deutschen Bahn" are a body giving its own figures, which a question asks for.</summary>
    [GeneratedRegex(@"^-(infos?|informationen|recherchen|berichte?n?|meldung(en)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SourceCompoundAfter();

    /// <remarks>
    /// Only where the words say the source is a medium ("told the BBC", "berichtete die Zeitung X", "nach Informationen des
    /// STANDARD"): "Preston City Council reported that 14,000 voters were not registered", "laut Rechnungshof" and "according
    /// to the council" cite the body that found the fact, and a question asks for it. After "meldete die" the medium noun is
    /// required: "meldete die Deutsche Bank einen Verlust" is the bank's own deed.
    /// </remarks>
    [GeneratedRegex(@"(\btold\s+(the\s+)?|\bnach\s+(informationen|recherchen)\s+(des|der)\s+|\b(berichtete|berichteten|berichtet|meldete|meldeten|meldet|schreibt|schrieb)\s+(die|der|das|den)\s+(\p{L}+-)?(" + MediaNouns.GermanAlternation + @")\s+|\b(reported|reports|wrote)\s+the\s+((daily|weekly|sunday|online)\s+)?(" + MediaNouns.EnglishAlternation + @")\s+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceBefore();
}
