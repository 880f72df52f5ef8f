namespace Briefing.Core.Tests.Support;

/// <summary>
/// A test class over small invented articles: a fresh temp folder and the real engine over it — optionally with a
/// two-way dictionary of its own — both disposed after each test (xUnit makes one instance per test). Derived classes
/// write their articles into <see cref="Folder"/> and ingest them in their constructor.
/// </summary>
public abstract class InventedArticlesTest : IDisposable
{
    protected InventedArticlesTest() => Engine = new EngineFixture(Folder);

    /// <summary>The engine with a lexicon compiled from two dictd texts (English→German, German→English).</summary>
    /// <param name="alsoIndexedAs">Further headwords pointing at an entry, as FreeDict indexes "op" at "Operationssaal".</param>
    protected InventedArticlesTest(string englishGerman, string germanEnglish, IReadOnlyDictionary<string, string>? alsoIndexedAs = null) =>
        Engine = EngineFixture.WithDictionaries(Folder, englishGerman, germanEnglish, alsoIndexedAs);

    protected TempFolder Folder { get; } = new();

    protected EngineFixture Engine { get; }

    public void Dispose()
    {
        Engine.Dispose();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
