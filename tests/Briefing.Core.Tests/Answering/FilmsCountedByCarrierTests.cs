using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie viele Filme hat Quentin Tarantino aus dem Bestand einer Videothek gekauft?" over "vermutlich so um die 8.000
/// Kassetten und DVDs" (issue 10, probe 67-009): a collection's films are counted by what they are kept on, which the
/// dictionary does not relate to "Filme", so the figure counted "other things" (<see cref="CountedKinds"/>).
/// </summary>
public sealed class FilmsCountedByCarrierTests
{
    [Theory]
    [InlineData("Filme", "de", "kassetten")]
    [InlineData("Filme", "de", "dvds")]
    [InlineData("films", "en", "DVDs")]
    [InlineData("Spielfilme", "de", "videokassetten")]
    public void Films_are_counted_by_their_carriers(string asked, string language, string counted) =>
        Assert.Contains(counted, CountedKinds.Of(asked, language), StringComparer.OrdinalIgnoreCase);

    /// <summary>Tapes and "Bänder" record sound and interviews as often as films: they are no carrier of the kind.</summary>
    [Theory]
    [InlineData("Filme", "de", "bänder")]
    [InlineData("films", "en", "tapes")]
    [InlineData("Kassetten", "de", "tore")]
    public void Other_nouns_are_no_carriers_of_films(string asked, string language, string counted) =>
        Assert.DoesNotContain(counted, CountedKinds.Of(asked, language), StringComparer.OrdinalIgnoreCase);
}
