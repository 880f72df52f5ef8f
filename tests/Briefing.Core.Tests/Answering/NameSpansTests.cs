using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Answering;

/// <summary>What the words around a name tell about it (no gazetteer), and the head noun of "which X".</summary>
public sealed class NameSpansTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("Chief executive Peter McGuigan said the firm plans to grow.", "Peter McGuigan", "Person")]
    [InlineData("Mr Mubanga, 32, was released in January.", "Mubanga", "Person")]
    [InlineData("He was arrested in Zambia in March.", "Zambia", "Place")]
    [InlineData("The scheme was launched in the city of Ibadan.", "Ibadan", "Place")]
    [InlineData("It signed a new deal with Scottish club Rangers.", "Rangers", "Organisation")]
    [InlineData("Shares in Lindholm Shipping plc fell.", "Lindholm Shipping", "Organisation")]
    [InlineData("The band played at Wembley Stadium on Friday.", "Wembley Stadium", "Place")]
    [InlineData("It was a concert that Gustavo Dudamel will never forget.", "Gustavo Dudamel", "Person")]
    [InlineData("It took a share of the Chinese market.", "Chinese", "Place")]
    [InlineData("The band will play at Weston Park on Saturday.", "Weston Park", "Place")]
    public void The_context_tells_the_kind_of_an_English_name(string sentence, string name, string kind)
    {
        var span = NameSpans.In(sentence, "en", Names).Single(s => string.Join(' ', s.Words).Contains(name, StringComparison.Ordinal));

        Assert.Equal(kind, span.Kind.ToString());
    }

    [Theory]
    [InlineData("en", "The survey was led by Pieter van der Berg of the observatory.", "Pieter van der Berg")]
    [InlineData("de", "Forscher um Marit van Dijk haben die Daten ausgewertet.", "Marit van Dijk")]
    [InlineData("en", "The cup went to Rosa de la Vega after a long final.", "Rosa de la Vega")]
    public void A_name_with_particles_is_one_person(string language, string sentence, string name)
    {
        var span = NameSpans.In(sentence, language, Names).Single(s => s.Words[0] == name.Split(' ')[0]);

        Assert.Equal(name, sentence[span.Start..span.End]);
        Assert.Equal(NameKind.Person, span.Kind);
    }

    [Fact]
    public void A_particle_before_a_place_makes_no_person()
    {
        var span = NameSpans.In("The rate was set by the Bank of England.", "en", Names).Single(s => s.Words[0] == "Bank");

        Assert.NotEqual(NameKind.Person, span.Kind);
    }

    [Fact]
    public void A_dateline_is_a_place_and_a_title_makes_a_person_in_German()
    {
        var spans = NameSpans.In("Salzburg – Richter Anton Berger verkündete das Urteil.", "de", Names);

        Assert.Equal(NameKind.Place, spans.Single(s => s.Words[0] == "Salzburg").Kind);
        Assert.Equal(NameKind.Person, spans.Single(s => s.Words.Contains("Anton")).Kind);
    }

    [Theory]
    [InlineData("Zuletzt spielte der Stürmer für den bulgarischen Klub Dinamo Pirin.")]
    [InlineData("Der Verteidiger kommt vom Klub Torpedo Belgrad.")]
    public void A_name_after_Klub_is_an_organisation_in_German(string sentence)
    {
        var spans = NameSpans.In(sentence, "de", Names);

        Assert.Equal(NameKind.Organisation, spans.Single(s => s.Words.Contains("Dinamo") || s.Words.Contains("Torpedo")).Kind);
    }

    [Fact]
    public void A_park_named_like_a_person_is_a_place_in_German()
    {
        var spans = NameSpans.In("Gespielt wird am Samstag, Austragungsort ist der Stanley Park.", "de", Names);

        Assert.Equal(NameKind.Place, spans.Single(s => s.Words.Contains("Stanley")).Kind);
    }

    [Fact]
    public void Every_place_of_a_dateline_is_a_place()
    {
        var spans = NameSpans.In("Hanoi / Phnom Penh – Die Erwartungen waren hoch.", "de", Names);

        Assert.Equal(NameKind.Place, spans.Single(s => s.Words.Contains("Penh")).Kind);
    }

    [Fact]
    public void A_name_inside_a_compound_word_is_no_answer()
    {
        Assert.DoesNotContain(NameSpans.In("Der doppelt Oscar-prämierte Kameramann starb.", "de", Names), s => s.Words.Contains("Oscar"));
    }

    [Theory]
    [InlineData("Welcher Richter verkündete das Urteil?", "Richter")]
    [InlineData("Bei welcher Bank ist das Online-Banking ausgefallen?", "Bank")]
    [InlineData("Welcher Schweizer Tennisspieler gewann?", "Tennisspieler")]
    [InlineData("Which Scottish club signed a deal with Umbro?", "club")]
    [InlineData("Which outdated protocol makes servers open to the attack?", "protocol")]
    [InlineData("Who won the final?", null)]
    public void The_head_noun_of_which_X(string question, string? head) =>
        Assert.Equal(head, AskedHead.Of(question));
}
