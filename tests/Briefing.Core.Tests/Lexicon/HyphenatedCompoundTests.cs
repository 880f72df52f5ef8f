using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// A hyphenated German compound the dictionary lacks ("U-Bahn-Arbeiter") is translated by its parts, and a run of
/// parts the dictionary lists hyphenated ("U-Bahn") is one of them: split at every hyphen, "U" and "Bahn" (railway)
/// lost the tube the English report writes.
/// </summary>
public sealed class HyphenatedCompoundTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        tube /tjˈuːb/
        U-Bahn <fem>
        """;

    private const string GermanEnglish = """
        U-Bahn /uːbaːn/ <fem>
        tube, underground
        ---
        Bahn /baːn/ <fem>
        railway
        ---
        Arbeiter /aʁbaɪtɐ/ <masc>
        worker
        """;

    public HyphenatedCompoundTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/tube.txt", """
            Tube strike enters second day
            Workers on the underground are demanding a pay rise; the tube workers say inflation has eaten their wages.
            The railway unions support them.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public void A_listed_hyphenated_part_is_translated_whole()
    {
        var expansions = Engine.Services.GetRequiredService<LexiconQueryExpander>().Expand("Was fordern die U-Bahn-Arbeiter?", "de");

        Assert.Contains(expansions, e => e.Text == "tube" && e.Group == "de:U-Bahn");
        Assert.Contains(expansions, e => e.Text == "worker" && e.Group == "de:Arbeiter");
    }
}
