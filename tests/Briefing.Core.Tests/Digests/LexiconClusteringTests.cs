using Briefing.Core.Digests.Clustering;
using Briefing.Core.Tests.Digests.Support;
using Briefing.Core.Tests.Lexicon;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Digests;

/// <summary>With a German→English dictionary (a small dictd file written here), reports sharing few names still meet.</summary>
public sealed class LexiconClusteringTests
{
    private const string GermanEnglish = """
        Streik /ʃtɾˈaɪk/ <masc>
        strike, walkout
        ---
        Hafen /hˈaːfən/ <masc>
        harbour [Br.], harbor [Am.], port
        ---
        Hafenarbeiter /hˈaːfənaɾbaɪtɐ/ <masc>
        dockworker, docker
        ---
        Löhne /lˈøːnə/ <pl>
        wages, pay
        ---
        Schiffe /ʃˈɪfə/ <pl>
        ships, vessels
        ---
        Reeder /ʁˈeːdɐ/ <masc>
        shipowner
        ---
        Schäden /ʃˈɛːdən/ <pl>
        damages, losses
        ---
        Gewerkschaft /ɡəvˈɛɾkʃaft/ <fem>
        union, trade union
        """;

    private static readonly Briefing.Core.Articles.Article German = StoryArticles.Make("de-strike", "Streik im Hafen von Nordhafen", "de", "Tagesblatt", StoryArticles.Day,
        "Die Gewerkschaft Verdi hat die Hafenarbeiter in Nordhafen zum Streik für höhere Löhne aufgerufen; Schiffe stauen sich vor dem Hafen.",
        "Die Reeder beklagen hohe Schäden und fordern eine rasche Schlichtung durch das Arbeitsgericht.",
        "Nach Angaben der Polizei blieb die Lage am Morgen ruhig; Pendler mussten dennoch Umwege in Kauf nehmen.");

    private static readonly Briefing.Core.Articles.Article English = StoryArticles.Make("en-strike", "Dockworker strike at Nordhafen harbour", "en", "Wire", StoryArticles.Day,
        "The Verdi union called the dockworkers of Nordhafen out on strike over wages, and ships are queueing outside the harbour.",
        "Shipowners complain of heavy losses and want a quick arbitration.");

    private static readonly Briefing.Core.Articles.Article Unrelated = StoryArticles.FootballEnglish;

    [Fact]
    public void Translations_join_reports_that_share_too_few_names_on_their_own()
    {
        using var host = new DigestTestHost();
        var folder = DictdTestFiles.Write(Path.Combine(host.Folder, "dict"), "freedict-deu-eng", GermanEnglish);
        using var withLexicon = new DigestTestHost(new Dictionary<string, string?>
        {
            ["Lexicon:Enabled"] = "true", ["Lexicon:Folder"] = folder, ["Lexicon:CacheFolder"] = Path.Combine(host.Folder, "lexicon-cache"),
        });
        var translator = withLexicon.Services.GetRequiredService<IStoryTermTranslator>();

        var without = new StoryClusterer().Cluster([German, English, Unrelated]);
        var with = new StoryClusterer(translator).Cluster([German, English, Unrelated]);

        Assert.Equal(3, without.Count);
        Assert.Equal(2, with.Count);
        Assert.Contains(with, s => s.Articles.Select(a => a.Id).Order().SequenceEqual(["de-strike", "en-strike"]));
        Assert.Equal(["shipowner"], translator.ToEnglish("reeder"));
        Assert.Equal(["wages", "pay"], translator.ToEnglish("löhne"));
        Assert.Empty(translator.ToEnglish("nordhafen"));
    }

    [Fact]
    public void Without_the_dictionary_every_word_is_unknown()
    {
        using var host = new DigestTestHost(new Dictionary<string, string?>
        {
            ["Lexicon:Enabled"] = "true", ["Lexicon:Folder"] = "/nonexistent/dictd", ["Lexicon:CacheFolder"] = Path.Combine(Path.GetTempPath(), "briefing-no-lexicon"),
        });

        Assert.Empty(host.Services.GetRequiredService<IStoryTermTranslator>().ToEnglish("streik"));
    }
}
