using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, unanswerable questions answered: "Wer leitet das polnische Spielestudio Hellforge Interactive?" names a
/// studio no article writes, which the dictionary renders only part by part ("Hell" → bright, "Forge" → forge). An
/// English article with "bright" in one sentence and "forge" in another showed the name, and the question was answered
/// from it. Such a name is shown in the other language only where its parts' translations stand together — unless the
/// index has no article of the question's language, where that no article writes the name says nothing (XQuAD de→en:
/// "Amazonaswald" over English paragraphs that write "Amazon rainforest"). The constraints are built as the answerer
/// builds them, from the real expander's translations and the index's statistics. All articles are invented.
/// </summary>
public sealed class NameTranslatedByPartsTests : InventedArticlesTest
{
    private const string Question = "Wer leitet das Studio Hellforge?";

    private const string GermanEnglish = """
        hell /hɛl/ <adj>
        bright
        """;

    private const string EnglishGerman = """
        forge /fɔːdʒ/
        Schmiede <fem>
        ---
        bright /bɹaɪt/
        hell <adj>
        """;

    // An English article with "forge" in one sentence and "bright" in another: about something else.
    public NameTranslatedByPartsTests() : base(EnglishGerman, GermanEnglish) =>
        Folder.Write("news/en/forge.txt", """
            Old forge reopens
            The village forge reopened on Saturday. Its new owner said the future looked bright.
            """);

    [Fact]
    public async Task A_name_no_article_writes_is_shown_in_English_only_by_its_parts_translations_together()
    {
        // The German articles write a part of the name, never the name: the index knows German, and lacks the name.
        Folder.Write("news/de/saal.txt", """
            Neuer Saal eröffnet
            Der neue Saal ist hell, sagte die Leiterin.
            """);
        await Engine.IngestAsync(Folder.Combine("news"));

        Assert.Contains("bright forge", Name().PartTranslations, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Over_an_index_without_articles_of_the_questions_language_the_parts_may_stand_apart()
    {
        await Engine.IngestAsync(Folder.Combine("news"));

        Assert.Empty(Name().PartTranslations);
    }

    private QuestionConstraint Name()
    {
        var statistics = Engine.Services.GetRequiredService<ITermStatistics>();
        var expansions = Engine.Services.GetServices<IQueryExpander>().SelectMany(e => e.Expand(Question, "de")).ToList();
        var constraints = QuestionConstraints.From(Question, "de", expansions, Engine.Services.GetRequiredService<NameDetector>(), statistics);
        return Assert.Single(constraints.Items, c => c.Surface == "Hellforge");
    }
}
