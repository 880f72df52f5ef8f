using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class GermanVerbFormsTests
{
    [Theory]
    [InlineData("schlug", "schlagen")]      // strong preterite
    [InlineData("gewann", "gewinnen")]
    [InlineData("gewonnen", "gewinnen")]    // strong participle of a verb that itself begins with "ge"
    [InlineData("starb", "sterben")]
    [InlineData("gestorben", "sterben")]
    [InlineData("ernannt", "ernennen")]     // inseparable prefix + mixed verb: no table entry of its own
    [InlineData("verstorben", "versterben")]
    [InlineData("vorgeschlagen", "vorschlagen")] // separable particle + strong participle
    [InlineData("zurückgetreten", "zurücktreten")]
    [InlineData("forderte", "fordern")]     // weak forms come from the rule, checked against the verb list
    [InlineData("gegründet", "gründen")]
    [InlineData("angekündigt", "ankündigen")]
    [InlineData("kamen", "kommen")]         // a strong preterite's plural: the table lists the singular ("kam")
    [InlineData("nahmen", "nehmen")]
    [InlineData("brachten", "bringen")]     // a mixed preterite's plural ("brachte")
    public void FormsLeadToTheirInfinitive(string form, string infinitive) =>
        Assert.Contains(infinitive, GermanVerbForms.InfinitivesOf(form));

    [Theory]
    [InlineData("letzte")]   // an adjective that looks like a weak preterite
    [InlineData("ersten")]
    [InlineData("nicht")]
    [InlineData("gewinnen")] // an infinitive has nothing else to add
    public void WordsThatAreNoVerbFormsAddNothing(string word) => Assert.Empty(GermanVerbForms.InfinitivesOf(word));

    [Theory]
    [InlineData("schlug", "vor", "vorschlagen")]
    [InlineData("gab", "bekannt", "bekanntgeben")]
    [InlineData("trat", "zurück", "zurücktreten")]
    [InlineData("stellte", "fest", "feststellen")]
    [InlineData("nahm", "teil", "teilnehmen")]
    [InlineData("trafen", "zusammen", "zusammentreffen")] // "Die beiden trafen 2013 erstmals zusammen."
    [InlineData("gaben", "bekannt", "bekanntgeben")]
    [InlineData("schlagen", "vor", "vorschlagen")]
    public void AParticleMakesOneVerbWithItsFiniteForm(string finite, string particle, string verb) =>
        Assert.Equal(verb, GermanVerbForms.SeparatedInfinitive(finite, particle));

    [Fact]
    public void APrepositionWithAnUnrelatedWordMakesNoVerb() => Assert.Null(GermanVerbForms.SeparatedInfinitive("nationalen", "vor"));

    [Theory]
    [InlineData("Araghchi schlug „einen ständigen Mechanismus zur Überwachung, Dokumentation und Koordinierung“ vor.", "vorschlagen")]
    [InlineData("Die Regierung gab am Montag die Ergebnisse bekannt, die alle überraschten.", "bekanntgeben")]
    [InlineData("Der Minister trat nach drei Jahren im Amt zurück.", "zurücktreten")]
    [InlineData("Sie gewann das Rennen.", "gewinnen")]
    [InlineData("Er wurde zum Botschafter ernannt.", "ernennen")]
    [InlineData("Rakitic zog sich im Spiel gegen Borisow (3:0) einen Muskelfaserriss zu.", "zuziehen")] // a score is no sentence end
    [InlineData("Der Zug fuhr um 10.30 Uhr ab.", "abfahren")]
    [InlineData("Die beiden Forscherinnen trafen 2019 in Graz erstmals zusammen.", "zusammentreffen")] // plural of a strong preterite
    public void TheGermanIndexHoldsTheInfinitiveOfWhatASentenceWrites(string sentence, string infinitive)
    {
        using var analyzers = new LanguageAnalyzers();

        Assert.Contains(Assert.Single(analyzers.Analyze(infinitive, "de")), analyzers.Analyze(sentence, "de"));
    }

    [Theory]
    [InlineData("Er stand vor dem Haus.", "vorstehen")]        // "vor" opens a phrase: no separated particle
    [InlineData("Der Stand der Technik.", "stehen")]           // a capitalised word is a noun
    [InlineData("Das Treffen endete. Vor allem China schwieg.", "vorenden")]
    public void NoInfinitiveWhereTheSentenceHasNone(string sentence, string infinitive)
    {
        using var analyzers = new LanguageAnalyzers();

        Assert.DoesNotContain(Assert.Single(analyzers.Analyze(infinitive, "de")), analyzers.Analyze(sentence, "de"));
    }

    [Fact]
    public void AFormAndItsInfinitiveStandAtOnePosition()
    {
        using var analyzers = new LanguageAnalyzers();

        var groups = analyzers.AnalyzeGroups("Sie gewann das Rennen", "de");

        Assert.Contains(groups, g => g.Count == 2 && g[0] == analyzers.Analyze("gewann", "de")[0] && g[1] == analyzers.Analyze("gewinnen", "de")[0]);
    }
}
