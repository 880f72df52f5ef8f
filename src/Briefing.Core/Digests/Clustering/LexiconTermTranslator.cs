using System.Collections.Concurrent;
using Briefing.Core.Configuration;
using Briefing.Core.Lexicon;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Digests.Clustering;

/// <summary>
/// <see cref="IStoryTermTranslator"/> over the FreeDict German→English dictionary (<c>Lexicon:*</c>), sharing the
/// search lexicon's compiled copy. Without the dictionary (or with <c>Lexicon:Enabled</c> false)
/// every word is unknown and clustering works on names, numbers and shared words alone.
/// </summary>
public sealed class LexiconTermTranslator : IStoryTermTranslator, IDisposable
{
    private const int MaxTranslations = 2;
    private readonly Lazy<CompiledLexicon?> _lexicon;
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _translations = new(StringComparer.Ordinal);

    public LexiconTermTranslator(IOptions<LexiconOptions> options, IOptions<BriefingOptions> briefing, ILogger<LexiconTermTranslator> logger)
    {
        var lexicon = options.Value;
        // The same compiled copy as the search's lexicon (Lexicon:CacheFolder), so the dictionary is compiled only once.
        var cache = lexicon.ResolveCacheFolder(briefing.Value.DataDirFullPath);
        _lexicon = new Lazy<CompiledLexicon?>(() =>
        {
            if (!lexicon.Enabled) return null;
            try
            {
                using var dictionary = DictdDictionary.TryOpen(lexicon.Folder, LexiconOptions.GermanEnglish);
                return dictionary is null ? null : CompiledLexicon.Open(dictionary, cache);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                logger.LogWarning(ex, "The dictionary {Dictionary} cannot be used; stories are matched across languages by names and numbers only", LexiconOptions.GermanEnglish);
                return null;
            }
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyList<string> ToEnglish(string germanWord) =>
        _lexicon.Value is not { } lexicon || germanWord.Length < 3 ? [] : _translations.GetOrAdd(germanWord, word => Translate(lexicon, word));

    private static IReadOnlyList<string> Translate(CompiledLexicon lexicon, string word) =>
        lexicon.FirstListedForm(word, "de") is { } listed ? lexicon.Translations(listed).Take(MaxTranslations).ToList() : [];

    public void Dispose()
    {
        if (_lexicon.IsValueCreated) _lexicon.Value?.Dispose();
    }
}
