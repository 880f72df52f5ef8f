namespace Briefing.Core.Text;

/// <summary>
/// A German noun the asker typed that the article says as its verb or in its other number: "Kennzeichnung" is
/// shown by "gekennzeichnet", "Demonstration" by "demonstrierte", "Immunsuppressivum" by "Immunsuppressiva".
/// Questions nominalise what articles say with a verb ("Was ist in jeder Paketkennzeichnung enthalten?" of "Jedes
/// Paket ist mit … gekennzeichnet"), and the detail check read the noun as missing. Works on analysed terms (the light
/// stemmer leaves "-ung" and "-ation" nouns whole and drops a verb's "-en"/"-e").
/// </summary>
public static class GermanWordDerivations
{
    /// <summary>The verb's stem must say something of its own: "Lösung" → "lös" is too short to tell verbs apart.</summary>
    private const int MinStem = 5;

    /// <summary>What follows a verb stem in an analysed term: nothing ("kennzeichn"), or a short inflection ("et", "te", "t").</summary>
    private const int MaxInflection = 3;

    /// <summary>Latin nouns in "-um" German writes with their own plural in "-a": "Visum", "Visa"; "Immunsuppressivum", "Immunsuppressiva".</summary>
    private static readonly (string Singular, string Plural)[] LatinNumbers = [("um", "a")];

    /// <summary>Whether one of <paramref name="terms"/> is <paramref name="term"/>'s verb or its other number.</summary>
    public static bool IsShownIn(string term, IReadOnlySet<string> terms)
    {
        if (VerbStem(term) is { } stem)
            foreach (var t in terms)
                if (IsVerbForm(t, stem)) return true;
        foreach (var (singular, plural) in LatinNumbers)
        {
            if (term.Length >= MinStem + singular.Length && term.EndsWith(singular, StringComparison.Ordinal) && terms.Contains(term[..^singular.Length] + plural)) return true;
            if (term.Length >= MinStem + plural.Length && term.EndsWith(plural, StringComparison.Ordinal) && terms.Contains(term[..^plural.Length] + singular)) return true;
        }
        return false;
    }

    /// <summary>The verb stem under a verbal noun: "kennzeichnung" → "kennzeichn", "demonstration" → "demonstrier"; null for other words.</summary>
    private static string? VerbStem(string term)
    {
        if (term.EndsWith("ation", StringComparison.Ordinal) && term.Length - "ation".Length >= MinStem - 1) return term[..^"ation".Length] + "ier";
        if (term.EndsWith("ung", StringComparison.Ordinal) && term.Length - "ung".Length >= MinStem) return term[..^"ung".Length];
        return null;
    }

    /// <summary>"kennzeichnet", "gekennzeichnet", "demonstriert": the stem, with a participle's "ge" before it at most, and a short inflection after.</summary>
    private static bool IsVerbForm(string term, string stem)
    {
        var at = term.StartsWith(stem, StringComparison.Ordinal) ? 0 : term.StartsWith("ge", StringComparison.Ordinal) && term.AsSpan(2).StartsWith(stem, StringComparison.Ordinal) ? 2 : -1;
        if (at < 0) return false;
        var inflection = term.AsSpan(at + stem.Length);
        return inflection.Length <= MaxInflection && inflection.IndexOfAnyExcept("enst") < 0;
    }
}
