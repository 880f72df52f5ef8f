using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, which-questions answered by the right article's wrong sentence: a noun both languages write alike ("hacker"
/// / "Hacker") marks the name next to it as the asked one in a passage of the other language too; and the acronym
/// written with a name the question gives ("SC" of "SC Talheim") is part of that name, no new answer. Invented articles.
/// </summary>
public sealed class AskedNounInEitherLanguageTests : IDisposable
{
    // FreeDict lists these words, so the question's common words show in the German sentences (as in production).
    private const string EnglishGerman = """
        house /x/
        Haus <neut>
        ---
        senator /x/
        Senatorin <fem>
        ---
        mail /x/
        mailen <v>
        """;

    private const string GermanEnglish = """
        Haus /x/ <neut, n, sg>
        house <n>
        ---
        Senatorin /x/ <fem, n, sg>
        senator <n>
        ---
        mailen /x/ <v>
        mail <v>
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_name_next_to_the_asked_noun_as_typed_leads_in_the_other_language()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/whitcomb.txt", """
            Senatorin Dana Whitcomb unter Druck
            Washington – Die Senatorin Dana Whitcomb hat jahrelang von einem privaten Server in ihrem Haus gemailt, bestätigte ihr langjähriger Sprecher Tom Hadley am Montag. Aufgedeckt hatte das der rumänische Hacker Radu Vlasceanu. Whitcomb weist alle Vorwürfe zurück.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Which hacker exposed that senator Dana Whitcomb mailed from a private server in her house?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Radu Vlasceanu", answer.Citations[0].Quote);
    }

    [Fact]
    public void The_acronym_of_an_asked_club_name_is_part_of_it()
    {
        using var engine = new EngineFixture(_folder);
        var names = engine.Services.GetRequiredService<NameDetector>();
        var asked = new HashSet<string>(StringComparer.Ordinal) { "talheim" };

        var acronyms = AnswerCandidates.AcronymsOfAskedNames("Er wird Cheftrainer des Zweitligisten SC Talheim, sagte Präsident Hans Moser.", asked, "de", names);

        Assert.Equal(["sc"], acronyms);
    }

    public void Dispose() => _folder.Dispose();
}
