using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// A where- or when-question about someone's birth: "Where was the actor Dan O'Herlihy born?", "Wo wurde der Dirigent
/// Gustavo Dudamel geboren?", "In what year was Annette Bening born?". An obituary gives other places and dates of the
/// same man ("died at his home in Malibu", "nominated at the 1955 Oscars"); the answering sentence says the birth
/// itself, in either language ("born in Beirut", "1981 in Barquisimeto geboren", "der gebürtige Wiener", "Dublin-born").
/// </summary>
internal static partial class AskedBirth
{
    private static readonly AskedAndShown[] Births = [new(BirthAsked(), BirthShown())];

    /// <summary>The birth word as the question writes it; null when it asks none.</summary>
    public static string? In(string question) => AskedAndShown.FirstAsked(Births, question);

    /// <summary>Whether <paramref name="sentence"/> says a birth (true when <paramref name="question"/> asks none).</summary>
    public static bool IsShownIn(string question, string sentence) => AskedAndShown.AllShown(Births, question, sentence);

    [GeneratedRegex(@"(?<![-\p{L}])(born|geboren)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BirthAsked();

    [GeneratedRegex(@"(born\b|\bbirth|\bnative\b|\bhometown|geboren|gebürtig|geburt|heimatstadt|\bstammt|\bstammend)", RegexOptions.IgnoreCase)]
    private static partial Regex BirthShown();
}
