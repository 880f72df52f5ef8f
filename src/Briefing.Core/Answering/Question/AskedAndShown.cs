using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// One thing a question asks in its own words and a sentence shows in its words: a currency ("in Euro" / "€"), a
/// relation ("Who refereed" / "Schiedsrichter"), a role of counted people ("festgenommen" / "arrest"). The lists of
/// <see cref="AskedCurrency"/>, <see cref="AskedRelation"/> and <see cref="PeopleRoles"/> are made of these.
/// </summary>
internal sealed record AskedAndShown(Regex Asked, Regex Shown)
{
    /// <summary>The first of <paramref name="kinds"/> that <paramref name="question"/> asks, as written; null when it asks none.</summary>
    public static string? FirstAsked(IEnumerable<AskedAndShown> kinds, string question) =>
        kinds.Select(k => k.Asked.Match(question)).FirstOrDefault(m => m.Success)?.Value;

    /// <summary>Whether <paramref name="text"/> shows every one of <paramref name="kinds"/> that <paramref name="question"/> asks (true when it asks none).</summary>
    public static bool AllShown(IEnumerable<AskedAndShown> kinds, string question, string text) =>
        kinds.Where(k => k.Asked.IsMatch(question)).All(k => k.Shown.IsMatch(text));
}
