using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "In welcher bayerischen Stadt …?", "Which Austrian town …?": the question names the region or country by its adjective,
/// so "in Bayern", "in Österreich" is no new place in a sentence that restates it — the city is what is asked. Adjective
/// and place often share no stem the endings derive (bayer-isch / Bay-ern, French / Frankreich), so the family list
/// (<see cref="PlaceForms.Families"/>, read by <see cref="PlaceFamilies"/>) says which places a question's adjective or
/// people's word names. Only for where-questions: for "who" or "which club" the place's name is often the answer's own
/// ("Bayern" of a Bavarian club).
/// </summary>
internal static class AskedPlaceFamilies
{
    /// <returns><paramref name="asked"/> with the name keys of every family member the question names by another member.</returns>
    public static IReadOnlySet<string> With(IReadOnlySet<string> asked, string question, string language, AnswerType expected)
    {
        if (expected != AnswerType.Place) return asked;
        var members = Tokenizer.LetterRuns(question).Cast<Match>().SelectMany(m => PlaceFamilies.OthersOf(m.Value, language)).ToList();
        if (members.Count == 0) return asked;
        var keys = new HashSet<string>(asked, StringComparer.Ordinal);
        foreach (var member in members)
            // A member of several words is one name ("Czech Republic", "Great Britain"): its words alone ("republic",
            // "great") would hide any name they are part of ("Dominican Republic").
            keys.Add(AnswerCandidates.NameKey(member));
        return keys;
    }
}
