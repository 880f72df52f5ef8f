using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A money question whose noun says whose sum it asks ("How much revenue …?") over the one report, in the other
/// language, that gives the sum in its own words: "rechnet heuer mit 48 Millionen Euro" writes neither of the
/// dictionary's words for revenue (Umsatz, Einnahmen). Across languages that absence says nothing of whose sum it is
/// (probes: "bring in" for Umsatz, "Mitarbeitsbeitrag" for a fee), so the sum answers; in the question's own language
/// the role is still checked. The sentences are invented.
/// </summary>
public sealed class SumRoleAcrossLanguagesTests
{
    private const string Question = "How much revenue does the Nordlink ferry company expect this year?";

    private static readonly IReadOnlyList<WeightedTerm> Translations =
    [
        new("Umsatz", "de", 0.5f) { Group = "en:revenue" },
        new("Einnahmen", "de", 0.5f) { Group = "en:revenue" },
    ];

    private static string? Missing(string sentence, string language)
    {
        var statistics = new WordTermStatistics();
        var hit = new PassageHit(new Passage("a#p0", "a", 0, sentence, language), new ArticleInfo("a", "Nordlink", null, null, null, language), 1f);
        var candidate = new CandidateSentence(sentence, hit, 0, 0, statistics.AnalyzeTerms(sentence, language).ToHashSet(StringComparer.Ordinal), 0.5, 1)
        {
            Novel = new HashSet<string> { "48", "millionen" },
        };
        return AskedFact.Missing([candidate], Question, "en", AnswerType.Number, new NameDetector(new NoTermStatistics(), []), statistics, Translations);
    }

    [Fact]
    public void The_asked_role_is_a_sum_the_question_names()
    {
        var unit = AskedUnit.Of(Question);
        Assert.Equal(AskedUnit.Measure.Money, unit?.Kind);
        Assert.True(unit!.HasRole);
    }

    [Fact]
    public void The_other_languages_sum_answers_though_it_writes_none_of_the_dictionarys_words_for_the_role() =>
        Assert.Null(Missing("Die Fährgesellschaft Nordlink rechnet heuer mit 48 Millionen Euro.", "de"));

    [Fact]
    public void In_the_questions_own_language_the_sum_must_still_be_the_asked_one() =>
        Assert.Equal("no chosen sentence's sum is the asked 'revenue'", Missing("The Nordlink ferry company expects to spend $48m this year.", "en"));
}
