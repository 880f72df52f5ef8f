namespace Briefing.Core.Digests.Summaries;

/// <summary>Puts "[n]" at the end of a sentence, before its final punctuation ("... agreed [1].").</summary>
public static class CitationMarker
{
    public static string Append(string sentence, int n)
    {
        var trimmed = sentence.TrimEnd();
        var end = trimmed.Length;
        while (end > 0 && trimmed[end - 1] is '.' or '!' or '?' or '…') end--;
        // A sentence ending in a quotation keeps the quote closed: the marker follows it.
        if (end == trimmed.Length || end == 0) return $"{trimmed} [{n}]";
        return $"{trimmed[..end]} [{n}]{trimmed[end..]}";
    }
}
