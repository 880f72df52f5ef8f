using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The persons a sentence names right after a title or a role phrase of one ("singer Ian Curtis", "shadow home secretary
/// David Davis", "Henkel-Chef Kasper Rorsted"): the one reader behind the question's described persons
/// (<see cref="DescribedPerson"/>, <see cref="DescribedRolePhrase"/>). Two writings name someone else than the holder the
/// question describes: the phrase glued after a hyphen is another title ("Adidas-Chef Herbert Hainer" is not "der Chef"),
/// and a word saying it is someone's new role ("the new coach John Smith", "der künftige Chef") names the successor a
/// question about the described person often asks for.
/// </summary>
internal static partial class NamedAfterTitle
{
    /// <summary>
    /// The name spans written right after one of <paramref name="phrases"/> (each its words in order, matched case-insensitively;
    /// a title alone is a phrase of one word), except after a hyphen or a new holder's word (see the class remarks).
    /// </summary>
    public static IEnumerable<NameSpan> Spans(string sentence, IReadOnlyList<string[]> phrases, string language, NameDetector names)
    {
        if (phrases.Count == 0) yield break;
        IReadOnlyList<NameSpan>? spans = null;
        var words = Tokenizer.LetterRuns(sentence).Cast<Match>().ToList();
        for (var i = 0; i < words.Count; i++)
            foreach (var phrase in phrases)
            {
                if (phrase.Length == 0 || i < phrase.Length - 1 || !Matches(words, i, phrase)) continue;
                var first = words[i - phrase.Length + 1];
                // The phrase standing alone: a compound names another title, or whose it is ("Kosmetikchef Hans Van Bylen
                // wird sein Nachfolger", "Nachfolger von Adidas-Chef Herbert Hainer" for "nachdem der dänische Chef zu Adidas wechselt").
                if (first.Index > 0 && sentence[first.Index - 1] == '-') continue;
                // Read before the phrase's first word: a question's own "the new coach" is its phrase, and the article's
                // "new coach Tom Varley" then names the described person.
                if (NewHolder().IsMatch(sentence[..first.Index])) continue;
                spans ??= NameSpans.Named(sentence, language, names);
                var end = words[i].Index + words[i].Length;
                foreach (var span in spans)
                    if (span.Start >= end && sentence[end..span.Start].Trim().Length == 0) yield return span;
            }
    }

    private static bool Matches(List<Match> words, int last, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
            if (!string.Equals(words[last - phrase.Length + 1 + k].Value, phrase[k], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    /// <summary>"the new", "neuer", "künftige", "designierte", "future", "incoming", "interim" right before the phrase (within its compound's words).</summary>
    [GeneratedRegex(@"\b(new|next|future|incoming|interim|designate[d]?|neue[rnms]?|künftige[rnms]?|zukünftige[rnms]?|designierte[rnms]?|nächste[rnms]?|interims)[\s-]+(\p{L}+[\s-]+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex NewHolder();
}
