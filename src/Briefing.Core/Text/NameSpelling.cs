namespace Briefing.Core.Text;

/// <summary>
/// A name the asker misspells by one letter ("Sheeshanks" for "Sheepshanks", "Bedigo" for "Bendigo", "ARPNET" for
/// "ARPANET"): people type names from memory. Only for a word no article writes at all (<see cref="IsMisspeltIn"/>'s
/// caller decides that), so a real name the index knows is never taken for another one.
/// </summary>
public static class NameSpelling
{
    /// <summary>Shorter words are one letter away from too many others ("Mayer", "Meier", "Maier").</summary>
    public const int MinLength = 6;

    /// <summary>Whether one of <paramref name="terms"/> is the analysed <paramref name="word"/> with one letter changed, added, dropped or two swapped.</summary>
    public static bool IsMisspeltIn(string word, IReadOnlySet<string> terms)
    {
        if (word.Length < MinLength) return false;
        foreach (var term in terms)
            if (OneEditApart(word, term)) return true;
        return false;
    }

    /// <summary>One edit apart (Damerau): a substitution, an insertion, a deletion or two adjacent letters swapped; the first letter kept.</summary>
    public static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a.Length < 2 || b.Length < 2 || a[0] != b[0] || a == b) return false;
        if (a.Length > b.Length) (a, b) = (b, a);
        var i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        if (a.Length < b.Length) return a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
        if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true;
        return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
    }
}
