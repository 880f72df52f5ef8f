namespace Briefing.Core.Search;

/// <summary>A passage search.</summary>
/// <param name="Text">The (standalone) question or query text.</param>
/// <param name="Language">The query's language; drives analysis of <paramref name="Text"/>.</param>
/// <param name="Top">How many passages to return.</param>
public sealed record SearchRequest(string Text, string Language, int Top = 8)
{
    /// <summary>Extra terms (e.g. cross-lingual translations) with their own language and a weight below 1.</summary>
    public IReadOnlyList<WeightedTerm> Expansions { get; init; } = [];

    /// <summary>
    /// The question's specific details (years, numbers, names). Passages that show all of them are searched for
    /// as well, so an article holding the asked name is a candidate even when more common words rank others first.
    /// </summary>
    public IReadOnlyList<RequiredTerm> Required { get; init; } = [];
}

/// <summary>A query term added by expansion; <paramref name="Weight"/> scales its contribution (original terms weigh 1).</summary>
public sealed record WeightedTerm(string Text, string Language, float Weight)
{
    /// <summary>
    /// Expansions sharing a group are alternatives for one thing (the translations of one question word): a
    /// passage scores for the best-matching one only, so a word with many translations does not count many times.
    /// </summary>
    public string? Group { get; init; }

    /// <summary>
    /// A phrase that shows its idea only where all its words stand ("Oberster Gerichtshof" for "Supreme Court"):
    /// retrieval matches it as one conjunction, not word by word ("Staaten" alone is not "United States").
    /// </summary>
    public bool AllWords { get; init; }

    /// <summary>
    /// A synonym of the question word in its own language ("Angestellte" for "Beschäftigte"): it shows the word in a
    /// sentence already retrieved (coverage, the counted noun), but never retrieves. The dictionary's round trip also
    /// yields other senses ("Abfahrt" → departure → "Abwanderung"), which drew unrelated articles into the answer.
    /// </summary>
    public bool Synonym { get; init; }

    /// <summary>
    /// A <see cref="Synonym"/> the dictionary confirms as the same sense both ways (<see cref="Lexicon.SameSenseSynonyms"/>:
    /// "Cheftrainer" for "Chefcoach"): strict enough to show what the question is about where an article writes it.
    /// </summary>
    public bool SameSense { get; init; }

    /// <summary>
    /// A <see cref="SameSense"/> synonym the looser round trip did not bring: read only by the checks that ask whether an
    /// article is about the question's words (<see cref="Answering.AskedTopic"/>: the off-topic check, the counted noun)
    /// and by the counted noun's terms in SentenceCandidates (its unit bonus and whether a sentence shows or counts the
    /// asked noun); never by retrieval, the question's details or the sentence coverage (<see cref="ForMatching"/>). Let
    /// into the coverage, it moved answers to other sentences ("Lenkrad" → "Steuer" scored a sentence about something
    /// else over an abstention).
    /// </summary>
    public bool CheckOnly { get; init; }

    /// <summary>
    /// The opposite of <see cref="CheckOnly"/>: retrieves, but never counts in a sentence's coverage of the question
    /// (<see cref="QuestionTerms"/> skips it). A looser rendering that finds the article ("Tennislegende" by its parts:
    /// tennis, legend) but, read in the sentence coverage, made the sentence restating the question's compound outscore the
    /// one with the answer. The details check, the asked topic and the question's own words still read it, as they read
    /// every expansion <see cref="ForMatching"/> lets through.
    /// </summary>
    public bool SearchOnly { get; init; }

    /// <summary>
    /// The expansions that retrieve, rank and score: all but the <see cref="CheckOnly"/> ones (the
    /// <see cref="SearchOnly"/> ones stay; only the sentence coverage drops them).
    /// </summary>
    public static IReadOnlyList<WeightedTerm> ForMatching(IEnumerable<WeightedTerm> expansions) => expansions.Where(e => !e.CheckOnly).ToList();

    /// <summary>
    /// The noun naming the doer of the question's verb ("director" for "Who directed …?", its translation "Regisseur"):
    /// a name right after it ("Regisseur Vincent Paterson") is the asked one (<see cref="Lexicon.AgentNouns"/>).
    /// </summary>
    public bool Doer { get; init; }
}
