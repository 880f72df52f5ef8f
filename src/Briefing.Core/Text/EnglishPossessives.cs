using System.Text.RegularExpressions;

namespace Briefing.Core.Text;

/// <summary>
/// The possessive "'s" of English words ("iLOQ's", "the EU's fund"): the English analyser drops it, the German one
/// keeps it ("eu's"), so an English question's name checked against German text must lose it first.
/// </summary>
public static partial class EnglishPossessives
{
    /// <summary><paramref name="text"/> with the "'s" (or "’s") after every word removed (a name's, a number's: "G20's").</summary>
    public static string Without(string text) => Possessive().Replace(text, "");

    [GeneratedRegex(@"(?<=[\p{L}\p{N}])['’]s\b")]
    private static partial Regex Possessive();
}
