namespace Briefing.Core.Articles;

/// <summary>
/// Splits plain body text into paragraphs. Blank lines separate blocks. Inside a block each line is its own
/// paragraph (the seed article's "one paragraph per line"), unless the block is hard-wrapped prose: short
/// lines that mostly stop mid-sentence, which are joined back into one paragraph.
/// </summary>
internal static class ParagraphSplitter
{
    private const int MaxWrappedLineChars = 120;
    private const string SentenceEndings = ".!?:;…\"'“”«»)]";

    public static List<string> Split(IEnumerable<string> lines)
    {
        var paragraphs = new List<string>();
        var block = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush(block, paragraphs);
                continue;
            }
            block.Add(line);
        }
        Flush(block, paragraphs);
        return paragraphs;
    }

    public static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');

    private static void Flush(List<string> block, List<string> paragraphs)
    {
        if (block.Count == 0) return;
        if (IsHardWrapped(block)) paragraphs.Add(string.Join(' ', block));
        else paragraphs.AddRange(block);
        block.Clear();
    }

    private static bool IsHardWrapped(List<string> block)
    {
        if (block.Count < 2 || block.Any(line => line.Length > MaxWrappedLineChars)) return false;
        var openEnded = block.Take(block.Count - 1).Count(line => !SentenceEndings.Contains(line[^1]));
        return openEnded * 2 > block.Count - 1;
    }
}
