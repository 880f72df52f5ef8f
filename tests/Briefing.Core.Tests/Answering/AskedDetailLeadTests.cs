using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Which sentence leads when several hold a candidate of the asked type (issue 10), over small fixture articles: for
/// "how many X" the
/// number that counts X ("Among them were 31 children"), not a larger count of something else next to it; the figure
/// for the asked month; for "what is the film called" the title.
/// </summary>
public sealed class AskedDetailLeadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task How_many_children_is_answered_by_the_count_of_children()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/boat.txt", """
            Boat capsizes off the Greek coast
            At least 49 refugees drowned when their boat capsized off the island of Kalmos on Sunday, the coastguard said. Among them were 31 children. Rescuers pulled 12 survivors from the water.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("How many children died when the refugee boat capsized off Kalmos?");

        Assert.False(answer.Abstained);
        Assert.Contains("31", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Wie_viele_Kinder_is_answered_by_the_count_of_children()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/boot.txt", """
            Flüchtlingsboot vor Kalmos gekentert
            Mindestens 49 Flüchtlinge sind beim Kentern ihres Bootes vor der Insel Kalmos ertrunken, teilte die Küstenwache am Sonntag mit. Unter ihnen waren auch 31 Kinder. Zwölf Überlebende wurden gerettet.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Wie viele Kinder sind beim Kentern des Flüchtlingsbootes vor Kalmos ertrunken?");

        Assert.False(answer.Abstained);
        Assert.Contains("31", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task How_much_is_saved_is_answered_by_the_sum_of_money_not_a_count()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/embassies.txt", """
            Nine embassies to close in cost drive
            Nine overseas embassies and consulates will close in an effort to save money, the Foreign Office has announced.

            Since 1997 10 overseas posts have been closed, but 18 new embassies or consulates have been opened. Mr Straw said the move would save £6m a year to free up cash for priorities such as fighting terrorism.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("How much will the Foreign Office save each year by shutting nine embassies?");

        Assert.False(answer.Abstained);
        Assert.Contains("£6m", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_figure_for_the_asked_month_leads()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/jobs.txt", """
            Nordland unemployment falls at end of year
            The unemployment rate in Nordland averaged 10.4% in 2004, the Nordland statistics office said on Friday, its lowest rate since 1998.

            Joblessness had peaked in March, but it fell to 9.6% in December. Economists expect a further fall in the spring.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("What was the unemployment rate in Nordland in December?");

        Assert.False(answer.Abstained);
        Assert.Contains("9.6%", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task What_the_film_is_called_is_answered_by_its_title()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/film.txt", """
            Director returns with a film about her home town
            The director Anna Berg has finished a new film about the fishing town where she grew up, her studio said.

            The film, called Salt Harbour, will open the Lindholm festival in May. It was shot over two winters with local actors.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("What is the new film by director Anna Berg called?");

        Assert.False(answer.Abstained);
        Assert.Contains("Salt Harbour", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Where_is_answered_by_the_station()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/arrest.txt", """
            Man arrested over cash machine thefts
            A 34-year-old man has been arrested over a series of thefts from cash machines, police said.

            He was detained at London's King's Cross station on Sunday evening. Officers recovered £4,000.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Where was the man arrested over the cash machine thefts detained?");

        Assert.False(answer.Abstained);
        Assert.Contains("King's Cross", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
