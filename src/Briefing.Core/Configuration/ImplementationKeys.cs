namespace Briefing.Core.Configuration;

/// <summary>
/// The names under which each area registers its candidate implementations (keyed services). Which one is active
/// is decided in <c>Composition/ActiveImplementations</c>; the names live down here so an area can register its
/// candidates without referencing the composition root above it.
/// </summary>
public static class ImplementationKeys
{
    public const string Extractive = "extractive";
    public const string Model = "model";
    public const string KeyTerms = "key-terms";
    public const string Embeddings = "embeddings";
    public const string Lexicon = "lexicon";
    public const string MinHash = "minhash";
    public const string Telegram = "telegram";
}
