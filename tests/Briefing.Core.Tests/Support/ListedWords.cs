using Briefing.Core.Search;

namespace Briefing.Core.Tests.Support;

/// <summary>A dictionary that lists the given words (lower case) as common words and knows nothing else; with
/// <see cref="Language"/> set it lists them in that language only (a German-only dictionary leaves English unknown).</summary>
internal sealed class ListedWords(params string[] words) : IWordLexicon
{
    public string? Language { get; init; }

    public bool? IsCommonWord(string word, string language) =>
        (Language is null || language == Language) && words.Contains(word.ToLowerInvariant()) ? true : null;

    public bool? IsListedAsWritten(string word, string language) => null;
}
