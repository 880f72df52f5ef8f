using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, false abstentions at the details check: a question names a place by its people or adjective and the
/// article by the place ("Who did Tarvina beat against the Dutch?" of an article that writes "the Netherlands"), or by
/// a derived form no ending of the stemmer joins ("Kongolese" / "Kongo"). The place's other words show the detail; an
/// article about another place still lacks it. The constraints are built as the answerer builds them. Articles invented.
/// </summary>
public sealed class PlaceWordsAsDetailsTests : InventedArticlesTest
{
    [Fact]
    public void The_Dutch_is_shown_by_an_article_that_writes_the_Netherlands()
    {
        const string question = "Who did Tarvina beat against the Dutch?";

        Assert.DoesNotContain(Missing(question, "en", "Tarvina beat the Netherlands 3-0 in the Hopman Cup."), c => c.Surface == "Dutch");
        Assert.Contains(Missing(question, "en", "Tarvina beat Belgium 3-0 in the Hopman Cup."), c => c.Surface == "Dutch");
    }

    [Fact]
    public void A_people_in_lese_is_shown_by_its_place()
    {
        const string question = "Wann wurde der Tarvolese entführt?";

        Assert.DoesNotContain(Missing(question, "de", "Im Osten von Tarvo wurde ein Mann entführt."), c => c.Surface == "Tarvolese");
        Assert.Contains(Missing(question, "de", "Im Osten von Tarva wurde ein Mann entführt."), c => c.Surface == "Tarvolese");
    }

    private IReadOnlyList<QuestionConstraint> Missing(string question, string language, string article)
    {
        var statistics = Engine.Services.GetRequiredService<ITermStatistics>();
        var constraints = QuestionConstraints.From(question, language, [], Engine.Services.GetRequiredService<NameDetector>(), statistics);
        return constraints.MissingIn(statistics.AnalyzeTerms(article, language).ToHashSet(StringComparer.Ordinal), [article], language);
    }
}
