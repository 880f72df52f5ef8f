using System.Text;
using Briefing.Core.Text;

namespace Briefing.Telegram.Replies;

/// <summary>Cuts text into pieces that each satisfy a size check, preferring sentence, then word, then character boundaries.</summary>
internal static class TextSplitter
{
    public static IReadOnlyList<string> Split(string text, Func<string, bool> fits)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        foreach (var unit in Units(text, fits))
        {
            var candidate = current.Length == 0 ? unit : current + " " + unit;
            if (fits(candidate))
            {
                current.Clear().Append(candidate);
                continue;
            }
            if (current.Length > 0) pieces.Add(current.ToString());
            current.Clear().Append(unit);
        }
        if (current.Length > 0) pieces.Add(current.ToString());
        return pieces;
    }

    /// <summary>Sentences; a sentence that does not fit becomes words; a word that does not fit becomes character runs.</summary>
    private static IEnumerable<string> Units(string text, Func<string, bool> fits)
    {
        var sentences = SentenceSplitter.Split(text);
        foreach (var sentence in sentences.Count > 0 ? sentences : [text])
        {
            if (fits(sentence))
            {
                yield return sentence;
                continue;
            }
            foreach (var word in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (fits(word))
                {
                    yield return word;
                    continue;
                }
                foreach (var run in CharacterRuns(word, fits)) yield return run;
            }
        }
    }

    private static IEnumerable<string> CharacterRuns(string word, Func<string, bool> fits)
    {
        var start = 0;
        while (start < word.Length)
        {
            var length = 1;
            while (start + length < word.Length && fits(word.Substring(start, length + 1))) length++;
            // Never separate a surrogate pair: Telegram rejects broken UTF-16.
            if (start + length < word.Length && char.IsHighSurrogate(word[start + length - 1]) && length > 1) length--;
            yield return word.Substring(start, length);
            start += length;
        }
    }
}
