namespace Briefing.Core.Answering;

internal sealed partial class AskedTopic
{
    /// <summary>
    /// The topic word that weighs most in <paramref name="articleLanguage"/> (the rarest: "Basistunnel" beside "Brenner",
    /// "curling" beside "championship", "Pluto" beside "Status"), or null when no word there is evidence when missing.
    /// </summary>
    /// <remarks>
    /// <see cref="ShownShare"/> weighs the words together, so an article that shows the common ones passes without the rare
    /// one that names what is asked: the Brenner border checks for the Brenner base tunnel, the snooker world championship
    /// for the curling one. The rarest word is what an article on the asked thing cannot do without.
    /// </remarks>
    public string? KeyWord(string articleLanguage) => Key(articleLanguage)?.Word;

    /// <summary>True when <paramref name="articleTerms"/> shows <see cref="KeyWord"/> (or there is none).</summary>
    public bool ShowsKeyWord(IReadOnlySet<string> articleTerms, string articleLanguage) =>
        Key(articleLanguage) is not { } key || Shows(key.Forms, articleTerms, articleLanguage);

    private (string Word, IReadOnlyList<IReadOnlySet<string>> Forms, double Weight)? Key(string articleLanguage) =>
        Forms(articleLanguage).Where(w => !IsNoEvidenceWhenMissing(w.Word, articleLanguage))
            .Select(w => ((string, IReadOnlyList<IReadOnlySet<string>>, double)?)w).MaxBy(w => w!.Value.Item3);
}
