using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A question about a year whose article writes the year only in its date stamp, "(APA, 15.3.2025)" (issue 10, probe
/// 22): the analyser reads the dotted date as one term, so the year seemed missing from the article, and no sentence
/// said it. The stamp dates the report, as a lede's year does. Fixture articles, invented.
/// </summary>
public sealed class YearInDateStampTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_winner_in_an_article_stamped_with_the_year_answers_who_won_that_year()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/rad.txt", """
            Überraschung beim Frühjahrsklassiker
            Linz – Außenseiter Tomas Brandl hat am Samstag den Radklassiker Linz–Steyr gewonnen. Der Tscheche setzte sich im Sprint einer kleinen Gruppe durch. (APA, 15.3.2025)
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Welcher Außenseiter hat 2025 den Radklassiker Linz–Steyr gewonnen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Tomas Brandl", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task An_article_stamped_with_another_year_does_not_answer_for_the_asked_one()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/rad.txt", """
            Überraschung beim Frühjahrsklassiker
            Linz – Außenseiter Tomas Brandl hat am Samstag den Radklassiker Linz–Steyr gewonnen. Der Tscheche setzte sich im Sprint einer kleinen Gruppe durch. (APA, 15.3.2024)
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Welcher Außenseiter hat 2025 den Radklassiker Linz–Steyr gewonnen?");

        Assert.True(answer.Abstained, answer.Text);
    }

    public void Dispose() => _folder.Dispose();
}
