using Briefing.Core.Search;

namespace Briefing.Core.Tests.Search;

/// <summary>
/// An article names a thing in full once ("Luftangriff") and then by its head alone ("dieser einzige Angriff weit über
/// 10.000 Objekte"): the sentence with the asked figure shows the asker's compound through its head. The asked kind of a
/// which-question ("Welcher Präsidentschaftskandidat …?") is not shown so: every sentence about the candidates names
/// "Kandidaten", and the one naming the answer would lose its lead. A short head ("werk") says too little alone.
/// </summary>
public sealed class CompoundHeadAloneTests
{
    /// <summary>Lower-cased words; only the listed compound parts are indexed words, so the splitter finds those parts.</summary>
    private sealed class PartsStatistics : ITermStatistics
    {
        private static readonly HashSet<string> Indexed = ["luft", "angriff", "präsidentschaft", "kandidat", "auto", "werk"];

        public IReadOnlyList<string> AnalyzeTerms(string text, string language) =>
            text.Split([' ', ',', '.', '?'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();

        public double InverseDocumentFrequency(string term, string language) => 1.0;

        public int DocumentFrequency(string term, string language) => Indexed.Contains(term) ? 1 : 0;
    }

    private static readonly PartsStatistics Statistics = new();

    private static double Coverage(string question, params string[] sentence) =>
        QuestionTerms.For(question, "de", Statistics).Coverage(new HashSet<string>(sentence, StringComparer.Ordinal));

    [Fact]
    public void The_head_alone_shows_the_askers_compound()
    {
        const string question = "Wie viele Fundstücke hat der Luftangriff zerstört?";

        Assert.True(Coverage(question, "dieser", "angriff", "vernichtete", "objekte") > Coverage(question, "dieser", "vernichtete", "objekte"));
    }

    [Fact]
    public void The_head_of_the_asked_kind_does_not_show_it()
    {
        const string question = "Welcher Präsidentschaftskandidat fehlt bei den Duellen?";

        Assert.Equal(Coverage(question, "alle", "duellen"), Coverage(question, "alle", "kandidat", "duellen"), 6);
    }

    [Fact]
    public void A_short_head_alone_does_not_show_the_compound()
    {
        const string question = "Wann schließt das Autowerk?";

        Assert.Equal(Coverage(question, "schließt"), Coverage(question, "werk", "schließt"), 6);
    }
}
