using System.Text.RegularExpressions;

namespace Briefing.Core.Text;

/// <summary>
/// A name whose prefix an apostrophe joins ("O'Neill", "D'Arcy", "O’Sullivan") is sometimes typed with a space after
/// the apostrophe ("Rory O' Neill"): the analyser then reads two words ("o", "neill") where the question's spelling is
/// one ("o'neill"), and the article seems not to name the person. The spaced spelling is one more form of the name.
/// </summary>
public static partial class ApostropheNames
{
    /// <summary>Each apostrophe name in <paramref name="name"/> written with a space after its apostrophe, or null when it has none.</summary>
    public static string? Spaced(string name) => Joined().IsMatch(name) ? Joined().Replace(name, "$1 $2") : null;

    /// <summary>One or two letters, the first capitalised, an apostrophe, then the capitalised rest of the name.</summary>
    [GeneratedRegex(@"(?<!\p{L})(\p{Lu}\p{Ll}?['’])(\p{Lu}\p{L}+)")]
    private static partial Regex Joined();
}
