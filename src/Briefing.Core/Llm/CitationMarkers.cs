using System.Text.RegularExpressions;

namespace Briefing.Core.Llm;

/// <summary>Reading and writing the <c>[n]</c> markers of model output ("[1]", "[1][3]", "[1, 3]").</summary>
public static partial class CitationMarkers
{
    /// <summary>The numbers cited in a sentence, in order, without repeats.</summary>
    public static IReadOnlyList<int> Numbers(string sentence)
    {
        var numbers = new List<int>();
        foreach (Match marker in MarkerPattern().Matches(sentence))
        {
            foreach (var part in marker.Groups["list"].Value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (int.TryParse(part, out var n) && !numbers.Contains(n)) numbers.Add(n);
            }
        }
        return numbers;
    }

    /// <summary>The sentence without its markers, spaces tidied ("founded 2001 [1]." → "founded 2001.").</summary>
    public static string Strip(string sentence)
    {
        var text = MarkerPattern().Replace(sentence, " ");
        text = SpacesPattern().Replace(text, " ");
        text = SpaceBeforePunctuationPattern().Replace(text, "$1");
        return text.Trim();
    }

    /// <summary>Moves markers that follow the sentence's full stop in front of it, so sentence splitting keeps them ("x. [1] Y" → "x [1]. Y").</summary>
    public static string MoveBeforePunctuation(string text) =>
        TrailingMarkersPattern().Replace(text, m => $" {m.Groups["markers"].Value.Trim()}{m.Groups["punct"].Value}");

    /// <summary>Writes markers before the sentence's closing punctuation: "Claim." + [1, 2] → "Claim [1][2]."; "said \"x.\"" → "said \"x\" [1]."</summary>
    public static string Attach(string claim, IEnumerable<int> numbers)
    {
        var markers = string.Concat(numbers.Select(n => $"[{n}]"));
        var end = claim.Length;
        char? punctuation = null;
        var closers = "";
        while (end > 0 && (SentenceEnds.Contains(claim[end - 1]) || ClosingQuotes.Contains(claim[end - 1])))
        {
            var c = claim[end - 1];
            if (ClosingQuotes.Contains(c)) closers = c + closers;
            else punctuation ??= c is ':' or ';' ? '.' : c;
            end--;
        }
        return $"{claim[..end].TrimEnd()}{closers} {markers}{punctuation ?? '.'}";
    }

    private const string SentenceEnds = ".!?…:;";
    private const string ClosingQuotes = "\"'”“»«’)";

    // Models also write "[Passage 1]", "[Quelle 2, 3]": one optional word before the numbers is tolerated.
    [GeneratedRegex(@"\[\s*(?:\p{L}+\s*)?(?<list>\d+(?:\s*[,;]\s*\d+)*)\s*\]")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"(?<punct>[.!?…]+[""'”“»«’)]*)(?<markers>(?:\s*\[\s*(?:\p{L}+\s*)?\d+(?:\s*[,;]\s*\d+)*\s*\])+)")]
    private static partial Regex TrailingMarkersPattern();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex SpacesPattern();

    [GeneratedRegex(@"\s+([.,!?;:…])")]
    private static partial Regex SpaceBeforePunctuationPattern();
}
