using System.Text.RegularExpressions;

namespace Briefing.Core.Lexicon;

/// <summary>
/// Reads the translations out of one FreeDict definition: the line after the headword line lists them,
/// comma-separated, decorated with grammar tags (&lt;masc&gt;), labels ([Am.]), notes in parentheses and
/// pronunciations (/…/). Notes, examples, synonyms and cross references below it are not translations.
/// </summary>
internal static partial class FreeDictDefinition
{
    private const int MaxWordsPerTranslation = 3;

    public static IReadOnlyList<string> Translations(string definition)
    {
        var lines = definition.Split('\n');
        if (lines.Length < 2) return [];
        var line = Decorations().Replace(lines[1], " ");
        var result = new List<string>();
        foreach (var raw in line.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var words = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !Placeholders().IsMatch(w))
                .ToList();
            if (words.Count is 0 or > MaxWordsPerTranslation) continue;
            var translation = string.Join(' ', words).Trim('.', '-', ' ');
            if (translation.Length > 1 && !result.Contains(translation, StringComparer.OrdinalIgnoreCase)) result.Add(translation);
        }
        return result;
    }

    [GeneratedRegex(@"<[^>]*>|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}|/[^/]*/")]
    private static partial Regex Decorations();

    /// <summary>"etw.", "jdn.", "sth.", "sb." stand for an object, not a word to search for.</summary>
    [GeneratedRegex(@"^(etw|jdn|jdm|jds|jd|sth|sb|sb's|so|o\.s|e-e|e-m|e-n|e-r|e-s)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholders();
}
