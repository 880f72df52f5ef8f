using Briefing.Core.Search;

namespace Briefing.Core.Tests.Support;

/// <summary>A dictionary that lists the given words (lower case) as common words and knows nothing else.</summary>
internal sealed class ListedWords(params string[] words) : IWordLexicon
{
    public bool? IsCommonWord(string word, string language) => words.Contains(word.ToLowerInvariant()) ? true : null;

    public bool? IsListedAsWritten(string word, string language) => null;
}
