using System.Text.RegularExpressions;
using Briefing.Core.Search;
using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The question's specific details that an answer's article must contain: years and other numbers, and names
/// (<see cref="NameDetector"/>). Generic words never become constraints, however the dictionary translates them.
/// </summary>
internal sealed partial class QuestionConstraints
{
    private readonly string _questionLanguage;
    private readonly ITermStatistics _statistics;
    private readonly NameDetector _names;
    /// <summary>The compound parts already looked up for the written-out acronym checks, kept for the question's passages.</summary>
    private readonly Dictionary<string, bool> _knownParts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<List<IReadOnlyList<string>>>> _analysed = new(StringComparer.Ordinal);

    private QuestionConstraints(IReadOnlyList<QuestionConstraint> items, string questionLanguage, ITermStatistics statistics, NameDetector names)
    {
        _names = names;
        Items = items;
        _questionLanguage = questionLanguage;
        _statistics = statistics;
    }

    public IReadOnlyList<QuestionConstraint> Items { get; }

    public static QuestionConstraints From(string question, string language, IReadOnlyList<WeightedTerm> expansions, NameDetector names, ITermStatistics statistics)
    {
        var other = language == "de" ? "en" : "de";
        var compounds = language == "de" ? new GermanCompoundSplitter(statistics) : null;
        var items = new List<QuestionConstraint>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, index) in NumberTokens.Located(question))
        {
            if (IsPartOfWord(question, index, number.Length) || AskedYears.IsSpanEnd(question, index)) continue;
            // "400.000" and "400,000", "2,4" and "2.4": the other language's separators count too.
            var swapped = new string(number.Select(c => c switch { '.' => ',', ',' => '.', _ => c }).ToArray());
            // "mindestens 4 Primzahlen" is shown by "mindestens vier Primzahlen": small counts are written as words too;
            // a name's number ("PlayStation 5", "Apollo 11") never is.
            var words = FollowsName(question, index) ? [] : NumberWords.Written(number);
            if (seen.Add(number)) items.Add(new QuestionConstraint(number, [number, .. swapped == number ? [] : new[] { swapped }, .. words, .. ThousandsForms.Of(number)], true) { Number = true });
        }
        var phrases = NamePhrase.In(question, language, names, statistics).ToList();
        // The descriptions that are required after all when the question has no other detail (see the end).
        var requiredAlone = new List<QuestionConstraint>();
        foreach (var (at, name) in names.Positions(question, language))
        {
            if (!IsDetailName(name, language, names) || names.IsListedWordOfParticleName(question, at, language)) continue;
            // "B.Z.", "U.N.": a name of dotted initials is one word to the analyser ("b.z"), as the article writes it; its
            // letters apart ("B", "Z") are no terms of any article, and every article lacked them.
            if (DottedInitials.At(question, at) is { } dotted)
            {
                if (seen.Add(dotted)) items.Add(new QuestionConstraint(dotted, DottedInitials.Forms(dotted), true));
                continue;
            }
            // "World Bank", "New Zealand", "Time Warner": a generic word is a detail only with the rest of its name (the
            // phrase's constraint), not of its own. The dictionary leaves generic words untranslated, so "World" alone was
            // required of the German article that writes "Weltbank".
            if (FunctionWords.IsGeneric(name) && phrases.Any(p => p.Surface.Split(' ').Contains(name, StringComparer.Ordinal))) continue;
            // "the People's Party", "Children's Hospital": likewise a generic word in the possessive before a name's next word;
            // German writes the name as one compound ("Volkspartei"), which shows the next word ("Partei") but no "People".
            // It is marked seen, so it is not required later as an unknown word either where the index lacks it.
            if (FunctionWords.IsGeneric(name) && OpensPossessiveName(question, at, name))
            {
                seen.Add(name);
                continue;
            }
            if (!seen.Add(name)) continue;
            // A name that is part of a hyphenated word ("Bahn" in "U-Bahn-Arbeiter") is shown by the translations of
            // the hyphenated part the lexicon translated ("U-Bahn" → tube): the other language writes no "Bahn".
            var translations = expansions.Where(e => e.Group is { } group && group.StartsWith($"{language}:", StringComparison.Ordinal)
                    && (string.Equals(group[(language.Length + 1)..], name, StringComparison.OrdinalIgnoreCase) || IsHyphenPart(name, group[(language.Length + 1)..])))
                .Select(e => e.Text);
            // "Oscars" is shown by "Oscar": an English plural or a German genitive s is no part of the name.
            var singular = name.Length > 4 && name.EndsWith('s') && !NameDetector.IsAcronym(name) ? new[] { name[..^1] } : [];
            // "Internet2": the name as the question wrote it, with its number, is one word to the analyser.
            // "PS4-Jailbreak": the name with its number is the hyphenated word's first part ("PS4-User" in the article).
            // "3D-Drucker", "4K", "5G": a name the question writes after a figure, with no space, is one word with it.
            // "U2's Vertigo tour": the possessive is no part of the name with its number ("U2").
            var withNumber = QuestionToken().Matches(question).SelectMany(m => EnglishPossessives.Without(m.Value).Split('-'))
                .Where(t => t.Length > name.Length && ((t.StartsWith(name, StringComparison.Ordinal) && t[name.Length..].All(char.IsDigit))
                    || (t.EndsWith(name, StringComparison.Ordinal) && t[..^name.Length].All(char.IsDigit)))).Distinct();
            // "PSG" shows "Germain" of "Paris Saint-Germain": the article may use the name's initials only.
            var initials = NameInitials.Around(question, name).ToList();
            // A German compound of indexed words ("Internetzugang", "Chartgeschichte") is the asker's word for what the
            // article may write apart ("Zugang zum Internet"); one no German article writes, and the dictionary cannot
            // translate, cannot be checked in an English article.
            var parts = CompoundParts(name, statistics, compounds);
            // "den staatlichen ukrainischen Gaskonzern": the noun after a people's adjective describes what the article names.
            var described = PeopleWords.FollowsPeoplesAdjective(question, at, language, names);
            var crossLingual = CheckableAcrossLanguages(name, language, other, names, statistics)
                && (parts.Length == 0 || translations.Any() || statistics.AnalyzeTerms(name, language).Any(t => statistics.DocumentFrequency(t, language) > 0));
            var partTranslations = TranslatedParts(name, language, other, expansions).ToList();
            var unseen = IsUnseen(name, language, other, statistics);
            // "the Dutch" is shown by "the Netherlands", "French" by "Frankreich": a place's words no ending derives.
            var describedBy = language == "en" ? DescribingAdjectives.ReadingOf(question, at, name, names) : DescribedBy.None;
            var placeWords = PlaceFamilies.OthersOf(name, language);
            // "Neufrankreich" is shown by "New France", "South America" by "Südamerikas".
            var compassForms = CompassPlaceForms.Of(question, at, name, language, expansions);
            items.Add(new QuestionConstraint(name, [name, .. singular, .. withNumber, .. translations, .. initials, .. parts, .. ShortForms(name), .. SpacedForms(name),
                    .. partTranslations, .. NewsAbbreviations.PlaceForms(name), .. placeWords, .. compassForms], crossLingual)
            {
                // "Hellforge" → "bright forge": a compound name the dictionary renders only part by part is shown in the
                // other language only where the parts stand together (PartTranslations), as an unknown compound is: when
                // the index's German articles write both parts (the splitter found them), or when no article writes the
                // name but the question language's articles write a part of it (an index without them knows no word of
                // that language: XQuAD de→en lost "Amazonaswald", which the English paragraph writes "Amazon rainforest").
                PartTranslations = (parts.Length > 0 || (unseen && HasPartWrittenInOwnLanguage(name, language, expansions, statistics)))
                    && !translations.Any() ? partTranslations : [],
                ListedWord = language == "de" && !NameDetector.IsAcronym(name) && names.IsCommonWord(name, language) is not null,
                ArticleWord = IsGermanWordOfArticles(name, language, parts, phrases, statistics),
                Unseen = unseen,
                Describes = describedBy != DescribedBy.None || described,
                PlaceWords = placeWords,
            });
            if (described || describedBy == DescribedBy.PeoplesAdjective) requiredAlone.Add(items[^1]);
        }
        foreach (var phrase in phrases)
        {
            if (!seen.Add(phrase.Surface)) continue;
            // Any word of the phrase may be a genitive name: "Sofia Coppolas", "VWs Werk".
            var words = phrase.Surface.Split(' ');
            // "north London HQ": a news abbreviation in the name is the article's long form ("headquarters in north London").
            var bases = words.Select(w => AskersWordForms.GenitiveBase(w, statistics, names) ?? LongForm(w, language) ?? w).ToArray();
            var uninflected = bases.SequenceEqual(words) ? null : NamePhrase.Of(string.Join(' ', bases), language, statistics);
            // The uninflected form stays last (the scattered check tells it from the other forms).
            items.Add(new QuestionConstraint(phrase.Surface, [phrase.Surface, .. NameInitials.Around(question, phrase.Surface.Split(' ', '-')[0]),
                    .. ShortForms(phrase.Surface), .. SpacedForms(phrase.Surface), .. uninflected is null ? [] : new[] { uninflected.Surface }], false)
            {
                Phrase = phrase, Uninflected = uninflected, Unseen = phrase.Surface.Split(' ').Any(word => IsUnseen(word, language, other, statistics)),
            });
        }
        items.AddRange(UnknownWords(question, language, other, expansions, names, statistics, compounds, seen));
        items.AddRange(UnwrittenWords(question, language, other, expansions, names, statistics, compounds, seen, detailed: items.Any(c => !c.Describes)));
        // A description is left to the article's wording only where another detail pins down what is asked ("Turkmenistan"
        // beside "den ukrainischen Gaskonzern"): "Wie alt ist der walisische Hakler, den die Ospreys holen würden?" has no
        // other, and without its noun any article with a Welshman's age answered it. So with an English people's adjective:
        // "How many penguins live on the Antarctic peninsula?" has no other detail, and without "Antarctic" an article
        // about the Crimean peninsula's two million inhabitants answered it. A country's possessive stays a description:
        // "Austria's new education compass" is the article's "Bildungskompass", and "America's" its "US" (required too, probes
        // lost that answer and answered one unanswerable more). Measured: probes 1 unanswerable fewer answered, no answer lost;
        // XQuAD en→en −1, en→de ±0 ("Which famous Indian …", "… by Seaman": a noun the demonym pattern reads as an adjective).
        if (requiredAlone.Count > 0 && !items.Any(c => !c.Describes))
            for (var i = 0; i < items.Count; i++)
                if (requiredAlone.Contains(items[i])) items[i] = items[i] with { Describes = false };
        return new QuestionConstraints(items, language, statistics, names);
    }

    /// <summary>
    /// A name of several words in the news short forms of its words ("Liberal Democrats" → "Lib Dems"; <see cref="NewsAbbreviations"/>,
    /// the other way round from <see cref="LongForm"/>), or null when no word has one: the article may write it so.
    /// </summary>
    private static string? ShortForm(string name)
    {
        var words = name.Split(' ');
        var shortened = words.Select(w => NewsAbbreviations.ShortForms(w).FirstOrDefault() ?? w).ToArray();
        return words.Length > 1 && !shortened.SequenceEqual(words) ? string.Join(' ', shortened) : null;
    }

    private static string[] ShortForms(string name) => ShortForm(name) is { } shortForm ? [shortForm] : [];

    /// <summary>"O'Neill" as an article may type it, "O' Neill" (<see cref="ApostropheNames"/>).</summary>
    private static string[] SpacedForms(string name) => ApostropheNames.Spaced(name) is { } spaced ? [spaced] : [];

    /// <summary>The first long form in the question's language of a news abbreviation ("HQ" → headquarters), or null.</summary>
    private static string? LongForm(string word, string language) =>
        NewsAbbreviations.LongForms(word).Where(f => f.Language == language).Select(f => f.Long).FirstOrDefault();

    /// <summary>No article of either language has the word's terms (a name the index does not know, or one misspelt).</summary>
    private static bool IsUnseen(string word, string language, string other, ITermStatistics statistics) =>
        statistics.AnalyzeTerms(word, language) is [var term] && statistics.DocumentFrequency(term, language) == 0
        && statistics.AnalyzeTerms(word, other).All(t => statistics.DocumentFrequency(t, other) == 0);

    /// <remarks>
    /// The parts are analysed terms written again as text, to be analysed once more: capitalised, as the compound's parts
    /// are nouns. In lower case the verb-form filter read a noun part that looks like a participle as a verb and added its
    /// infinitive ("Bundestagsabgeordneten" → "bundestag abgeordnet" → also "abordnen"), which no article about members of
    /// the Bundestag has: the detail was missing from the one German article that answered, in retrieval and in the check.
    /// </remarks>
    private static string[] CompoundParts(string name, ITermStatistics statistics, GermanCompoundSplitter? compounds) =>
        compounds is not null && !NameDetector.IsAcronym(name) && statistics.AnalyzeTerms(name, "de") is [var term]
            && compounds.Split(term) is var (head, tail) ? [$"{AsNoun(head)} {AsNoun(tail)}"] : [];

    private static string AsNoun(string part) => char.ToUpperInvariant(part[0]) + part[1..];

    /// <summary>
    /// A German compound the lexicon translates part by part ("Silvestersendung": Silvester → New Year's Eve, Sendung →
    /// broadcast) is shown in an English article by a translation of each part, as a German article shows it by both
    /// parts: "New Year's Eve broadcast". The expander's groups name the parts as the question wrote them.
    /// </summary>
    internal static IEnumerable<string> TranslatedParts(string name, string language, string other, IReadOnlyList<WeightedTerm> expansions)
    {
        var prefix = $"{language}:";
        var byPart = expansions.Where(e => e.Language == other && !e.Synonym && e.Group is { } g && g.StartsWith(prefix, StringComparison.Ordinal))
            .GroupBy(e => e.Group![prefix.Length..], StringComparer.OrdinalIgnoreCase).ToList();
        var modifiers = byPart.Where(p => p.Key.Length < name.Length && name.StartsWith(p.Key, StringComparison.OrdinalIgnoreCase));
        var heads = byPart.Where(p => p.Key.Length < name.Length && name.EndsWith(p.Key, StringComparison.OrdinalIgnoreCase));
        return modifiers.SelectMany(m => heads.Where(h => m.Key.Length + h.Key.Length <= name.Length)
            .SelectMany(h => m.SelectMany(mt => h.Select(ht => $"{mt.Text} {ht.Text}")))).Distinct(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A part of the name the dictionary translated on its own ("Hell" of "Hellforge") is a word the index's articles of
    /// the question's language write: the index knows that language, so that no article writes the name says something.
    /// </summary>
    private static bool HasPartWrittenInOwnLanguage(string name, string language, IReadOnlyList<WeightedTerm> expansions, ITermStatistics statistics)
    {
        var prefix = $"{language}:";
        return expansions.Where(e => e.Group is { } g && g.StartsWith(prefix, StringComparison.Ordinal)).Select(e => e.Group![prefix.Length..])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(part => part.Length < name.Length && (name.StartsWith(part, StringComparison.OrdinalIgnoreCase) || name.EndsWith(part, StringComparison.OrdinalIgnoreCase)))
            .Any(part => statistics.AnalyzeTerms(part, language).Any(t => statistics.DocumentFrequency(t, language) > 0));
    }

    /// <summary>The name at <paramref name="at"/> is followed by a possessive "'s" and a capitalised word ("People's Party").</summary>
    private static bool OpensPossessiveName(string question, int at, string name)
    {
        var end = at + name.Length;
        return end + 3 < question.Length && question[end] is '\'' or '’' && question[end + 1] == 's' && question[end + 2] == ' ' && char.IsUpper(question[end + 3]);
    }

    private static bool IsHyphenPart(string name, string word) =>
        word.Contains('-') && word.Split('-').Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The number at <paramref name="index"/> comes right after a capitalised word: the name it numbers ("PlayStation 5").</summary>
    private static bool FollowsName(string question, int index)
    {
        var before = question.AsSpan(0, index).TrimEnd();
        var start = before.LastIndexOf(' ') + 1;
        return before.Length > start && char.IsUpper(before[start]) && start > 0;
    }

    /// <summary>
    /// A number written into a word is no figure of its own: "Internet2", "MH17", "AS-206" are names (the name check
    /// holds them), "15th century", "the 70s", "in den 80ern" ordinals and decades that articles write in other ways
    /// ("fifteenth", "1970s", "in den Achtzigern"). Requiring the bare digits there abstained on answered questions.
    /// </summary>
    private static bool IsPartOfWord(string question, int index, int length)
    {
        var before = index > 0 ? question[index - 1] : ' ';
        if (char.IsLetter(before) || (before == '-' && index > 1 && char.IsLetter(question[index - 2]))) return true;
        var end = index + length;
        if (end >= question.Length) return false;
        return char.IsLetter(question[end]) || ((question[end] == '\'' || question[end] == '’') && end + 1 < question.Length && question[end + 1] == 's');
    }

    /// <summary>
    /// The question's words that no article in either language contains and the dictionary does not translate into
    /// one ("Deutschlandticket", "Corona", "Rheinmetall"): no passage can show them, so none may answer without them,
    /// however well the question's generic words match. A German compound also counts as shown by both its parts.
    /// </summary>
    private static IEnumerable<QuestionConstraint> UnknownWords(string question, string language, string other,
        IReadOnlyList<WeightedTerm> expansions, NameDetector names, ITermStatistics statistics, GermanCompoundSplitter? compounds, HashSet<string> seen)
    {
        var words = NameDetector.WordsOf(question).ToList();
        var firstSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < words.Count; i++)
        {
            var match = words[i];
            var word = match.Value;
            if (!firstSeen.Add(word)) continue;
            // Only nouns and names: an everyday word the articles happen not to use ("unreachable") is a paraphrase.
            if (!char.IsUpper(word[0]) || (language == "en" && match.Index == 0)) continue;
            // A German question opening with a verb form ("Abgesehen von …") capitalises a verb, not a noun.
            if (NameDetector.IsOpeningVerbForm(word, language, match.Index == 0)) continue;
            // "die Spedition Alpentrans", "Polizeisprecher Konrad Wimmleitner": a word the dictionary does not list, right
            // after a noun, names the thing asked about (NameAfterNoun), not a compound the asker made up.
            // A listed word there is no name, nor a compound of listed words: German puts one object after another
            // ("den Bändern Farbe hinzufügen", "Wie bekämpfen Regime Kulturimperialismus?").
            var afterNoun = names.IsCommonWord(word, language) != true && NameAfterNoun.Follows(question, i > 0 ? words[i - 1] : null, match);
            var surname = afterNoun && NameAfterNoun.IsSurnameAfterGivenName(question, i > 1 ? words[i - 2] : null, words[i - 1], language, names);
            var named = surname || (language == "de" && afterNoun
                && (IsDetailName(word, language, names) || NameAfterNoun.FollowsArticledNoun(question, words[i - 1])));
            if (word.Length < (named ? MinNameAfterNounLength : MinUnknownWordLength) || seen.Contains(word)
                || FunctionWords.IsFunctionWord(word) || FunctionWords.IsQuestionWord(word)) continue;
            // A dictionary word ("Jahr") is vocabulary a small index may lack, not a topic of its own.
            if (names.IsCommonWord(word, language) == true) continue;
            // A name is also one the index holds in a single document: that document may be the answer.
            // A person's surname is theirs however many articles name them: only an article that does tells of them.
            var maxDocuments = surname ? int.MaxValue : named ? MaxDocumentsOfRareName : 0;
            // A name's translation, if the dictionary has one, shows it in the other language's articles; any other word
            // a translation the articles write is vocabulary the index has, not an unknown detail.
            if (statistics.AnalyzeTerms(word, language) is not [var term]
                || WrittenByIndex(word, term, language, other, expansions, statistics, maxDocuments, checkTranslations: !named)
                || !seen.Add(word)) continue;
            var translations = TranslationsOf(word, language, expansions).ToList();
            // A compound of known words ("Wasserpreise") can only be checked in its own language: an English article
            // says "water prices".
            // "der Verteidiger Lukas Feldhofer": a person's surname is one word, no compound of "Feld" and "Hofer" — an
            // article naming a field somewhere and a player Hofer elsewhere (a squad list) showed it, and answered for him.
            var parts = !surname && compounds?.Split(term) is var (head, tail) ? new[] { $"{AsNoun(head)} {AsNoun(tail)}" } : [];
            if (named)
            {
                // "die Ermordung Gegens": a genitive name is written without its s ("Gegen"), an English article writes
                // it alike or by its translation.
                var genitive = AskersWordForms.GenitiveBase(word, statistics, names) is { } uninflected ? new[] { uninflected } : [];
                yield return new QuestionConstraint(word, [word, .. genitive, .. parts, .. translations.Select(e => e.Text)], true) { Unknown = true, Unseen = true };
                continue;
            }
            var compoundOfWords = parts.Length > 0 || (language == "de" && !IsDetailName(word, language, names));
            // A question that names enough else ("Wann weitete Luther seine Angriffe auf kirchliche Kerndoktrinen aus?")
            // says what it is about without its new compound, which is then mostly the asker's paraphrase of the
            // article's words ("Kerndoktrinen" for "Doktrinen"); with little else ("Was kostet das Klimaticket?") the
            // compound is the topic, and an article without it is about something else.
            if (compoundOfWords && OtherSpecificWords(question, word) >= MinOtherSpecificWords) continue;
            // In the other language its parts' translations standing together show it ("Klimaticket" → "climate ticket", PartTranslations).
            // Only when the index's German articles write both parts (the splitter found them): then that none writes the
            // compound says something. An index without German articles (XQuAD de→en) knows no German word at all.
            var partTranslations = compoundOfWords && parts.Length > 0 ? TranslatedParts(word, language, other, expansions).ToList() : [];
            yield return new QuestionConstraint(word, [word, .. parts], !compoundOfWords) { Unknown = true, Unseen = true, PartTranslations = partTranslations };
        }
    }

    /// <summary>
    /// The index writes the question's <paramref name="word"/> (<paramref name="term"/> as its language analyses it): in
    /// more than <paramref name="maxDocuments"/> documents of the question's language or of the other one, or, when
    /// <paramref name="checkTranslations"/>, by a translation the expander kept that some article writes. One check for
    /// <see cref="UnknownWords"/> and <see cref="UnwrittenWords"/>, which differ only in the threshold and the exemption.
    /// </summary>
    private static bool WrittenByIndex(string word, string term, string language, string other, IReadOnlyList<WeightedTerm> expansions,
        ITermStatistics statistics, int maxDocuments, bool checkTranslations) =>
        statistics.DocumentFrequency(term, language) > maxDocuments
        || statistics.AnalyzeTerms(word, other).Any(t => statistics.DocumentFrequency(t, other) > maxDocuments)
        || (checkTranslations && TranslationsOf(word, language, expansions)
            .Any(e => statistics.AnalyzeTerms(e.Text, e.Language).Any(t => statistics.DocumentFrequency(t, e.Language) > 0)));

    /// <summary>The expansions that translate the question's <paramref name="word"/> (grouped as "language:word").</summary>
    private static IEnumerable<WeightedTerm> TranslationsOf(string word, string language, IReadOnlyList<WeightedTerm> expansions) =>
        expansions.Where(e => string.Equals(e.Group, $"{language}:{word}", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A word of the question read as a name for the details check: a name in the question (<see cref="NameDetector.IsNameInQuestion"/>)
    /// that is no compound of the dictionary's words ("Zweitrundenspiel"), which is the asker's noun, not the article's name.
    /// </summary>
    private static bool IsDetailName(string word, string language, NameDetector names) =>
        names.IsNameInQuestion(word, language) && !names.IsListedNounCompound(word, language);

    /// <summary>The question's content words other than <paramref name="word"/>: not function, question or generic words; numbers count.</summary>
    private static int OtherSpecificWords(string question, string word) =>
        QuestionToken().Matches(question).Select(m => m.Value)
            .Count(w => !string.Equals(w, word, StringComparison.OrdinalIgnoreCase) && (w.Any(char.IsDigit) || (w.Length >= MinSpecificWordLength
                && !FunctionWords.IsFunctionWord(w) && !FunctionWords.IsQuestionWord(w) && !FunctionWords.IsGeneric(w))));

    /// <summary>Other content words a question needs before an unknown compound of it may be a paraphrase (see <see cref="UnknownWords"/>).</summary>
    private const int MinOtherSpecificWords = 3;
    private const int MinSpecificWordLength = 3;

    /// <summary>
    /// Names travel between languages unless they are German words that only German passages use. A word the German
    /// dictionary does not list and that is no compound of listed words ("Hopfenthal", a brewery) is a name an English
    /// article writes alike: "Wie viel Gewinn machte die Brauerei Hopfenthal 2004?" is not answered by an English
    /// article about airlines' 2004 profits.
    /// </summary>
    private static bool CheckableAcrossLanguages(string name, string language, string other, NameDetector names, ITermStatistics statistics)
    {
        if (language != "de" || NameDetector.IsAcronym(name) || names.IsCommonWord(name, language) == false) return true;
        if (names.HasLexicon && names.IsCommonWord(name, language) is null && names.IsNameInQuestion(name, language)) return true;
        var terms = statistics.AnalyzeTerms(name, other);
        var inOther = terms.Count > 0 && terms.All(t => statistics.DocumentFrequency(t, other) > 0);
        var inOwn = statistics.AnalyzeTerms(name, language).Any(t => statistics.DocumentFrequency(t, language) > 0);
        return inOther || !inOwn;
    }

    /// <summary>The constraints that <paramref name="terms"/> (analysed in <paramref name="language"/>) does not show.</summary>
    public IReadOnlyList<QuestionConstraint> MissingIn(IReadOnlySet<string> terms, string language)
    {
        if (Items.Count == 0) return [];
        var alternatives = Analysed(language);
        // English names and terms often come out of the dictionary as a part of a German compound: "Ice Age" is
        // "Eiszeit", the article says "Eiszeitphase"; "University" is "Universität" in "Universitätsbibliothek".
        var inCompounds = language == "de" && _questionLanguage != "de";
        var missing = new List<QuestionConstraint>();
        var folded = new AccentFoldedTerms(terms);
        for (var i = 0; i < Items.Count; i++)
        {
            if ((language != _questionLanguage && !Items[i].CrossLingual) || Items[i].Describes) continue;
            var compoundParts = inCompounds || (language == "de" && (Items[i].ListedWord || (Items[i].ArticleWord && _questionLanguage == "de")));
            if (!alternatives[i].Any(a => a.Count > 0 && a.All(t => terms.Contains(t)
                    || (Items[i].Number && (WithUnitIn(t, terms) || InDateIn(t, terms)))
                    || (!Items[i].Number && folded.Shows(t))
                    || (Items[i].Unseen && (NameSpelling.IsMisspeltIn(t, terms) || AskersWordForms.IsClippedIn(t, terms, IsWordOfItsOwn(language))))
                    || (!Items[i].Unknown && (DerivedNameForms.IsOneNameOrPlaceIn(t, terms) || (compoundParts && InCompound(t, terms))))
                    // "Paketkennzeichnung" is shown by "Paket … gekennzeichnet": a German noun the article says as its verb.
                    || (!Items[i].Number && language == "de" && _questionLanguage == "de" && GermanWordDerivations.IsShownIn(t, terms)))))
                missing.Add(Items[i]);
        }
        return missing;
    }

    /// <summary>
    /// The constraints that <paramref name="terms"/> does not show, and the names of several words whose words stand
    /// together in none of <paramref name="texts"/> (the texts the terms come from) — in another language only names
    /// whose words the article writes as typed (<see cref="NamePhrase.WordsShownAsTyped"/>).
    /// </summary>
    public IReadOnlyList<QuestionConstraint> MissingIn(IReadOnlySet<string> terms, IReadOnlyList<string> texts, string language)
    {
        var missing = MissingIn(terms, language);
        // "am IST Austria", "die WHO", "the US", "Woody Allens" (→ "Allen"): a name spelt like a function word analyses
        // to nothing, so no article's terms can show it; the article's text shows it as written.
        if (missing.Any(c => UnanalysedForms(c, language).Any()))
            missing = missing.Where(c => !UnanalysedForms(c, language).Any(form => texts.Any(t => WrittenIn(form, t)))).ToList();
        // An acronym the text writes as a word of its own, whatever the analyser made of the token around it ("CD:UK"
        // is one term), or whose name the report writes out ("according to the UN": "the United Nations Economic Commission").
        // German writes the long form as compounds: "LKA" is shown by "Landeskriminalamt", "EuGH" by "Europäischer Gerichtshof".
        if (missing.Any(IsAcronym))
            missing = missing.Where(c => !IsAcronym(c) || !texts.Any(t => WrittenIn(c.Surface, t) || WrittenOutAcronyms.IsWrittenOut(t, c.Surface, language, _names, _statistics, _knownParts))).ToList();
        // "das LKA Sachsen" is shown by "des Landeskriminalamts in Sachsen": a name of an acronym and other words whose
        // acronym one sentence writes out beside the other words (WrittenOutPhrases).
        var writtenOutPhrases = WrittenOutPhrases(missing, texts, language);
        if (writtenOutPhrases.Count > 0) missing = missing.Where(c => !writtenOutPhrases.Contains(c)).ToList();
        // "Maiziere" is shown by "Maizière": the accented texts' words folded, analysed again.
        var accented = new Lazy<List<string>>(() => texts.Where(AccentFoldedTerms.HasAccents).Select(AccentFoldedTerms.FoldedText).ToList());
        if (missing.Count > 0 && accented.Value.Count > 0)
        {
            var folded = new HashSet<string>(terms, StringComparer.Ordinal);
            foreach (var text in accented.Value) folded.UnionWith(_statistics.AnalyzeTerms(text, language));
            var stillMissing = MissingIn(folded, language);
            missing = missing.Where(stillMissing.Contains).ToList();
        }
        var sameLanguage = language == _questionLanguage;
        if (!sameLanguage) missing = [.. missing, .. PartTranslations.ScatteredIn(Items, missing, terms, texts, language, _statistics)];
        var alternatives = Analysed(language);
        var scattered = Items.Where((c, i) => c.Phrase is { } phrase && !missing.Contains(c) && !writtenOutPhrases.Contains(c)
            && (sameLanguage || phrase.WordsShownAsTyped(terms, language, _statistics))
            && !texts.Any(t => phrase.IsIn(t, language, _statistics, c.Unseen) || c.Uninflected?.IsIn(t, language, _statistics, c.Unseen) == true)
            && !accented.Value.Any(t => phrase.IsIn(t, language, _statistics, c.Unseen) || c.Uninflected?.IsIn(t, language, _statistics, c.Unseen) == true)
            // "Paris Saint-Germain" is also shown by "PSG", its initials.
            && !alternatives[i].Skip(1).SkipLast(c.Uninflected is null ? 0 : 1).Any(a => a.Count > 0 && a.All(terms.Contains))).ToList();
        return scattered.Count == 0 ? missing : [.. missing, .. scattered];
    }

    /// <summary>A piece of a compound the index or the dictionary knows as a word ("vize" in "Polizeivizechef").</summary>
    private Func<string, bool> IsWordOfItsOwn(string language) => piece =>
        piece.Length >= 3 && WrittenOutAcronyms.IsKnownPart(piece, language, _names, _statistics);

    // The wider acronym shape ("EuGH", Token.IsAcronymWithSmallLetters) is read only here, for the written-out check: a
    // long form in the text confirms it. Elsewhere (CheckableAcrossLanguages, UnanalysedForms) "EuGH" stays a word, since
    // nothing there would confirm that a mixed-case word is an acronym.
    private static bool IsAcronym(QuestionConstraint constraint) => constraint.Phrase is null && !constraint.Number && WrittenOutAcronyms.IsAcronym(constraint.Surface);

    /// <summary>
    /// The names of several words with an acronym ("LKA Sachsen") that a sentence writes out ("des Landeskriminalamts in
    /// Sachsen") beside the name's other words: the long form is no phrase of the asker's words, so the phrase's own
    /// check never saw it. Names the check found missing, and names with an acronym the scattered check would read.
    /// The other words must stand in the long form's sentence: "Das Landeskriminalamt Bayern ermittelt gegen eine Bande
    /// aus Sachsen" is about another authority than "das LKA Sachsen".
    /// </summary>
    private HashSet<QuestionConstraint> WrittenOutPhrases(IReadOnlyList<QuestionConstraint> missing, IReadOnlyList<string> texts, string language)
    {
        var found = new HashSet<QuestionConstraint>(ReferenceEqualityComparer.Instance);
        // Each sentence is split and analysed once for all constraints.
        List<(string Text, HashSet<string> Terms)>? sentences = null;
        foreach (var constraint in Items)
        {
            if (constraint.Phrase is not { } phrase) continue;
            var words = constraint.Surface.Split(' ');
            var acronyms = words.Where(WrittenOutAcronyms.IsAcronym).ToList();
            if (acronyms.Count == 0 || acronyms.Count == words.Length) continue;
            if (!missing.Contains(constraint) && texts.Any(t => phrase.IsIn(t, language, _statistics, constraint.Unseen))) continue;
            var others = words.Except(acronyms).SelectMany(w => _statistics.AnalyzeTerms(w, language)).ToList();
            sentences ??= texts.SelectMany(SentenceSplitter.Split)
                .Select(t => (t, _statistics.AnalyzeTerms(t, language).ToHashSet(StringComparer.Ordinal))).ToList();
            if (sentences.Any(sentence => others.All(sentence.Terms.Contains)
                    && acronyms.All(a => WrittenOutAcronyms.IsWrittenOut(sentence.Text, a, language, _names, _statistics, _knownParts))))
                found.Add(constraint);
        }
        return found;
    }

    /// <summary>
    /// The forms of a name the analyser drops as function words: an acronym ("IST", "WHO", "US"), or a capitalised name
    /// spelt like one ("Allen", "Will"); none for other words, which the article's terms show or lack.
    /// </summary>
    private IEnumerable<string> UnanalysedForms(QuestionConstraint constraint, string language)
    {
        if (constraint.Number || constraint.Phrase is not null || !char.IsUpper(constraint.Surface[0])) return [];
        var analysed = Analysed(language)[IndexOf(constraint)];
        return constraint.Alternatives.Where((form, i) => analysed[i].Count == 0 && form.Length > 1 && char.IsUpper(form[0]) && form.All(char.IsLetter));
    }

    private int IndexOf(QuestionConstraint constraint)
    {
        for (var i = 0; i < Items.Count; i++)
            if (ReferenceEquals(Items[i], constraint)) return i;
        return -1;
    }

    /// <summary>
    /// The name as a word of its own in <paramref name="text"/>, as written: "ist" and "who" are other words. A capitalised
    /// word only inside a sentence: opening one, "Allen" is the function word ("Allen Beteiligten ...").
    /// </summary>
    private static bool WrittenIn(string name, string text)
    {
        var acronym = NameDetector.IsAcronym(name);
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (WordBounds.StandsAsWord(text, at, name.Length) && (acronym || InsideSentence(text, at))) return true;
        }
        return false;
    }

    private static bool InsideSentence(string text, int at) =>
        text.AsSpan(0, at).TrimEnd() is { Length: > 0 } before && !SentenceOpeners.Contains(before[^1]);

    /// <summary>What a sentence or a quote starts after.</summary>
    private const string SentenceOpeners = ".!?:\"„“«»–";

    /// <summary>"$280bn" is one term to the analyser ("280bn"): the figure with a short unit written onto it.</summary>
    private static bool WithUnitIn(string number, IReadOnlySet<string> terms) => terms.Any(term => GluedUnits.Shows(number, term));

    /// <summary>"2016" is shown by the dateline's "19.3.2016": the year of a dotted date (<see cref="YearsInDates"/>).</summary>
    private static bool InDateIn(string year, IReadOnlySet<string> terms) => YearsInDates.IsYear(year) && terms.Any(term => YearsInDates.Shows(year, term));

    private static bool InCompound(string part, IReadOnlySet<string> terms) => terms.Any(term => QuestionTerms.IsCompoundPart(part, term));


    /// <summary>How the question wrote the missing details: "Covid-19" once, not "Covid" and "19".</summary>
    public static IReadOnlyList<string> AsWritten(IReadOnlyList<QuestionConstraint> missing, string question)
    {
        var phrases = missing.Where(c => c.Phrase is not null).Select(c => c.Surface).ToList();
        return QuestionToken().Matches(question).Select(m => m.Value)
            .Where(token => missing.Any(c => c.Phrase is null && token.Contains(c.Surface, StringComparison.OrdinalIgnoreCase))
                            && !phrases.Any(p => p.Contains(token, StringComparison.OrdinalIgnoreCase)))
            .Select(EnglishPossessives.Without)
            .Concat(phrases)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-.,'’][\p{L}\p{N}]+)*")]
    private static partial Regex QuestionToken();

    /// <summary>Shorter words are mostly everyday vocabulary; names and new compounds are longer ("Corona", "Klimaticket").</summary>
    private const int MinUnknownWordLength = 6;

    /// <summary>Right after a noun a short word is a name too ("der Chatbot Mica", "die Firma Nexo").</summary>
    private const int MinNameAfterNounLength = 4;

    /// <summary>How many documents of a language may hold a name after a noun for it still to be a detail to check (see <see cref="UnknownWords"/>).</summary>
    private const int MaxDocumentsOfRareName = 1;

    /// <summary>The constraints as search restrictions (those checkable in every language), without a place's other words (they come last).</summary>
    public IReadOnlyList<RequiredTerm> AsRequired() =>
        Items.Where(c => c.CrossLingual && !c.Unknown)
            .Select(c => new RequiredTerm(c.Surface, c.PlaceWords.Count == 0 ? c.Alternatives : c.Alternatives.SkipLast(c.PlaceWords.Count).ToList()) { Figure = c.Number }).ToList();

    private List<List<IReadOnlyList<string>>> Analysed(string language)
    {
        if (!_analysed.TryGetValue(language, out var analysed))
            _analysed[language] = analysed = Items.Select(c => c.Alternatives.Select(a => _statistics.AnalyzeTerms(a, language)).ToList()).ToList();
        return analysed;
    }
}
