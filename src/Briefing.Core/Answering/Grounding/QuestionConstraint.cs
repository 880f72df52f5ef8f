namespace Briefing.Core.Answering;

/// <summary>
/// One specific detail of a question (a year, a number, a name) that the cited article must show: as written, or
/// as any of its dictionary translations. <paramref name="CrossLingual"/> is false for German words the dictionary
/// does not know that occur only in German passages: they cannot be checked in an English article.
/// </summary>
internal sealed record QuestionConstraint(string Surface, IReadOnlyList<string> Alternatives, bool CrossLingual)
{
    /// <summary>A word no article of either language contains: shown only by the word itself or both parts of its compound.</summary>
    public bool Unknown { get; init; }

    /// <summary>
    /// A German dictionary word the name detector takes for a name because it translates to a capitalised English
    /// word ("Minister", "Deutsch"): a German article also shows it as a part of its compounds ("Außenminister",
    /// "deutschsprachig"), as it shows any noun.
    /// </summary>
    public bool ListedWord { get; init; }

    /// <summary>
    /// A German word the name detector takes for a name that the index's German articles write, or a compound of their
    /// words ("Recyclingfirma", "Browser"): a German article shows it as a part of its compounds too
    /// (<see cref="QuestionConstraints.IsGermanWordOfArticles"/>).
    /// </summary>
    public bool ArticleWord { get; init; }

    /// <summary>
    /// No article of either language writes it: a name the asker may have misspelt by a letter ("Sheeshanks"), which
    /// an article then shows as it spells it (<see cref="Text.NameSpelling"/>).
    /// </summary>
    public bool Unseen { get; init; }

    /// <summary>
    /// The alternatives that translate a German compound part by part ("Deutschlandticket" → "German ticket",
    /// <see cref="QuestionConstraints.TranslatedParts"/>): an article of the other language shows them only with the parts
    /// together (<see cref="PartTranslations"/>).
    /// </summary>
    public IReadOnlyList<string> PartTranslations { get; init; } = [];

    /// <summary>
    /// The alternatives that are the place's other words (<see cref="PlaceFamilies"/>: "Netherlands" for "Dutch"): they show
    /// the detail in an article, but are no search terms — retrieval keeps the asker's word and its translations.
    /// </summary>
    public IReadOnlyList<string> PlaceWords { get; init; } = [];

    /// <summary>A figure ("280", "2004"): also shown with a unit glued to it ("$280bn", "5m").</summary>
    public bool Number { get; init; }

    /// <summary>
    /// A people's adjective describing a noun ("American official", <see cref="DescribingAdjectives"/>), or the noun such an
    /// adjective describes ("der kanadische Netzwerkausrüster", <see cref="PeopleWords"/>): it still ranks
    /// the articles that say it first, but an article that words it otherwise ("US official") is not rejected for it.
    /// </summary>
    public bool Describes { get; init; }

    /// <summary>A name of several words ("Tour de France", "Super Bowl"): its words must stand together in one text (<see cref="NamePhrase"/>).</summary>
    public NamePhrase? Phrase { get; init; }

    /// <summary>
    /// The phrase without the genitive s of its last word ("Sofia Coppola" for "Sofia Coppolas"): the article writes
    /// the name, not the asker's case (<see cref="AskersWordForms.GenitiveBase"/>). Its words standing together show it too.
    /// </summary>
    public NamePhrase? Uninflected { get; init; }
}
