using Briefing.Core.Text;

namespace Briefing.Core.Articles;

/// <summary>Splits one over-long, whitespace-normalised paragraph into sentence-aligned pieces of similar length.</summary>
internal static class PassageSplitter
{
    /// <summary>A "sentence" longer than this (a list, a run-on without periods) is cut at word boundaries.</summary>
    private const int MaxSentenceChars = 1_200;

    public static List<string> SplitLong(string text)
    {
        var sentences = SentenceSplitter.Split(text).SelectMany(CutOverlongSentence).ToList();
        var pieceCount = (int)Math.Ceiling(text.Length / (double)PassageChunker.TargetPieceChars);
        var target = Math.Max(PassageChunker.MinPassageChars * 2, text.Length / Math.Max(1, pieceCount));
        var pieces = new List<string>();
        var current = string.Empty;
        foreach (var sentence in sentences)
        {
            var wouldBe = current.Length == 0 ? sentence.Length : current.Length + 1 + sentence.Length;
            if (current.Length > 0 && (current.Length >= target || wouldBe > PassageChunker.MaxPieceChars))
            {
                pieces.Add(current);
                current = string.Empty;
            }
            current = current.Length == 0 ? sentence : $"{current} {sentence}";
        }
        if (current.Length > 0)
        {
            var fitsBefore = pieces.Count > 0 && pieces[^1].Length + 1 + current.Length <= PassageChunker.MaxPassageChars;
            if (current.Length < PassageChunker.MinPassageChars && fitsBefore) pieces[^1] = $"{pieces[^1]} {current}";
            else pieces.Add(current);
        }
        return pieces;
    }

    private static IEnumerable<string> CutOverlongSentence(string sentence)
    {
        var rest = sentence;
        while (rest.Length > MaxSentenceChars)
        {
            var cut = rest.LastIndexOf(' ', PassageChunker.MaxPieceChars);
            if (cut <= 0) cut = rest.IndexOf(' ', PassageChunker.MaxPieceChars);
            if (cut <= 0) break;
            yield return rest[..cut];
            rest = rest[(cut + 1)..];
        }
        yield return rest;
    }
}
