using Briefing.Core.Articles;
using Briefing.Core.Digests.Clustering;
using Briefing.Core.Tests.Digests.Support;
using Briefing.Core.Tests.Lexicon;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Digests;

/// <summary>
/// A German report and its English counterpart, with the lexicon (a small dictd file written here), are one story.
/// Another German report from the same town, sharing both names with the English one (town and river), stays
/// apart: with translations, ordinary words meet across languages, so two shared names no longer suffice.
/// </summary>
public sealed class CrossLingualStoryTests : IDisposable
{
    private const string GermanEnglish = """
        Brücke /bɾˈʏkə/ <fem>
        bridge
        ---
        Hochwasser /hˈoːxvasɐ/ <neut>
        flood, high water
        ---
        gesperrt
        closed
        ---
        Stadt /ʃtˈat/ <fem>
        town, city
        ---
        alte
        old
        ---
        Ingenieure <pl>
        engineers
        ---
        prüfen
        check, inspect
        ---
        Schäden <pl>
        damage
        ---
        Pfeiler <masc>
        pier, pillar
        ---
        Pendler <masc>
        commuter
        ---
        Umweg <masc>
        detour
        ---
        Autobahn <fem>
        motorway
        ---
        Stadtfest <neut>
        town festival
        ---
        Besucher <masc>
        visitor
        ---
        Wochenende <neut>
        weekend
        ---
        Ufer <neut>
        bank, shore
        ---
        feiert
        celebrates
        """;

    private static readonly Article BridgeGerman = StoryArticles.Make("de-bridge", "Brücke in Weißenfels nach Hochwasser gesperrt", "de", "Tagesblatt", StoryArticles.Day,
        "Nach dem Hochwasser hat die Stadt Weißenfels die alte Brücke über die Saale gesperrt.",
        "Ingenieure prüfen Schäden an den Pfeilern; Pendler müssen einen Umweg über die Autobahn nehmen.");

    private static readonly Article BridgeEnglish = StoryArticles.Make("en-bridge", "Weissenfels closes bridge after flood", "en", "Wire", StoryArticles.Day.AddHours(1),
        "After the flood the town of Weissenfels closed the old bridge over the Saale.",
        "Engineers are checking damage to the piers; commuters must take a detour via the motorway.");

    private static readonly Article FestivalGerman = StoryArticles.Make("de-festival", "Weißenfels feiert Stadtfest an der Saale", "de", "Tagesblatt", StoryArticles.Day.AddHours(2),
        "Tausende Besucher kamen am Wochenende zum Stadtfest nach Weißenfels.",
        "Bands spielten bis in die Nacht am Ufer der Saale.");

    private readonly DigestTestHost _host = new();
    private readonly DigestTestHost _withLexicon;

    public CrossLingualStoryTests()
    {
        var folder = DictdTestFiles.Write(Path.Combine(_host.Folder, "dict"), "freedict-deu-eng", GermanEnglish);
        _withLexicon = new DigestTestHost(new Dictionary<string, string?>
        {
            ["Lexicon:Enabled"] = "true", ["Lexicon:Folder"] = folder, ["Lexicon:CacheFolder"] = Path.Combine(_host.Folder, "lexicon-cache"),
        });
    }

    private StoryClusterer Clusterer => new(_withLexicon.Services.GetServices<IStoryTermTranslator>().Last());

    [Fact]
    public void A_German_report_and_its_English_counterpart_are_one_story()
    {
        var stories = Clusterer.Cluster([BridgeGerman, BridgeEnglish, StoryArticles.FootballEnglish]);

        Assert.Contains(stories, s => s.Articles.Select(a => a.Id).Order().SequenceEqual(["de-bridge", "en-bridge"]));
        Assert.Equal(2, stories.Count);
    }

    [Fact]
    public void Another_event_in_the_same_place_stays_its_own_story()
    {
        var stories = Clusterer.Cluster([FestivalGerman, BridgeEnglish]);

        Assert.Equal(2, stories.Count);
    }

    public void Dispose()
    {
        _withLexicon.Dispose();
        _host.Dispose();
    }
}
