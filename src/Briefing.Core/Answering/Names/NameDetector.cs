using System.Text.RegularExpressions;
using Briefing.Core.Caching;
using Briefing.Core.Search;
using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// Finds the words of a text that name someone or something (people, organisations, places, events, acronyms).
/// English: capitalised words inside a sentence. German capitalises every noun, so a capitalised German word is a
/// name only when the dictionary does not know it as a common noun — or, without a dictionary, when it is no
/// compound of indexed words. Sentence-initial words count only when the dictionary does not know them as common.
/// </summary>
public sealed partial class NameDetector
{
    private const int MaxCached = 50_000;
    private const int MinCompoundPart = 4;
    /// <summary>
    /// A listed word may end a compound the dictionary lacks with as few letters as "Job", "Amt", "Tag" ("Trainerjob",
    /// "Bürgeramt"): taken for a name, it was required of the English article that says "the manager's job".
    /// </summary>
    private const int MinCompoundTail = 3;
    private readonly ITermStatistics _statistics;
    private readonly IReadOnlyList<IWordLexicon> _lexicons;
    private readonly GermanCompoundSplitter _compounds;
    private readonly BoundedCache<(string Word, string Language), bool> _isName = new(MaxCached);
    private readonly BoundedCache<(string Word, string Language), bool> _isPlace = new(MaxCached);
    private const int MaxCachedTexts = 8_192;
    private readonly BoundedCache<(string Text, string Language), (int Index, string Word)[]> _namesIn = new(MaxCachedTexts);

    public NameDetector(ITermStatistics statistics, IEnumerable<IWordLexicon> lexicons)
    {
        _statistics = statistics;
        _lexicons = lexicons.ToList();
        _compounds = new GermanCompoundSplitter(statistics);
    }

    /// <summary>True when a dictionary is installed: name detection in German then rests on it, not on guesses.</summary>
    public bool HasLexicon => _lexicons.Count > 0;

    /// <summary>The name words of <paramref name="text"/>, in order, as written (possessive "'s" removed).</summary>
    public IEnumerable<string> In(string text, string language) => Positions(text, language).Select(p => p.Word);

    /// <summary>The name words of <paramref name="text"/> with where each starts, in order.</summary>
    /// <remarks>Answering reads the same sentences question after question; each text's names are found once (bounded cache).</remarks>
    public IReadOnlyList<(int Index, string Word)> Positions(string text, string language)
    {
        if (_namesIn.TryGetValue((text, language), out var cached)) return cached;
        var names = Find(text, language).ToArray();
        _namesIn.Set((text, language), names);
        return names;
    }

    private IEnumerable<(int Index, string Word)> Find(string text, string language)
    {
        var (previousEnd, previousMarksName, previousIsTitle, pairedNext) = (-1, false, false, false);
        var matches = WordsAt(text);
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var word = match.Value;
            var afterMark = previousMarksName && match.Index > previousEnd && string.IsNullOrWhiteSpace(text[previousEnd..match.Index]);
            var afterTitle = afterMark && previousIsTitle;
            var pairedWithPrevious = afterMark && pairedNext;
            previousEnd = match.Index + word.Length;
            (previousMarksName, previousIsTitle, pairedNext) = (false, false, false);
            if (!char.IsUpper(word[0])) continue;
            var isName = IsName(word, language, SentenceInitial(text, match.Index)) || (afterMark && IsEnglishWordAsName(word, language));
            if (isName && IsListedAbbreviationEndingCompound(text, match, language)) isName = false;
            if (!isName && IsTownAfterPlacePreposition(text, match, language)) isName = true;
            if (!isName && IsParticleNameWord(text, matches, i)) isName = true;
            if (!isName && IsSharedNounBesideName(text, matches, i, language)) isName = true;
            // "Pentagon-Sprecher Peter Cook", "CDU-Fraktionschef Volker Kauder": two listed words right after a title.
            if (afterTitle && IsListedWordAsName(word, language) && i + 1 < matches.Count && IsSecondNameWord(text, match, matches[i + 1], language))
                (isName, pairedNext) = (true, true);
            else if (pairedWithPrevious) isName = true;
            // The mark starts at a title and runs through the name after it ("Sprecher John Ray"), not from any name:
            // "Main Quadrangles", "Carolina Panthers" are English words a German text uses as words.
            // So does an organisation noun: "das Magazin Wired", "die Privatbank Hauck".
            previousIsTitle = NameContext.IsPersonTitle(word);
            previousMarksName = previousIsTitle || NameContext.IsOrganisationNoun(word) || (afterMark && isName);
            if (isName) yield return (match.Index, word);
        }
    }

    /// <summary>
    /// A German word the German dictionary lists ("Peter", "Volker", "Kauder" — FreeDict has first names and rare nouns
    /// spelt like surnames), right after a person's title, counts as a name when a second such word follows it with
    /// only a space between: "sagte Pentagon-Sprecher Peter Cook", "CDU-Fraktionschef Volker Kauder". A title and two
    /// capitalised words in a row are a first name and a surname; a noun after a title stands alone ("dem Trainer Zeit
    /// geben"). Read as nouns, the man named nobody and an English "who" question about him had no answer in the sentence.
    /// </summary>
    /// <remarks>
    /// Only a word the dictionary lists by a shorter form ("Volker" as "Volk", "Peter" as "Pet"): a name spelt like an
    /// inflected word. A word listed as written is that word, and after a title it is a surname alone followed by a
    /// noun ("dass Außenminister Kurz Rückendeckung gibt", "Kanzler Kern Recht geben"): read as a first name, the
    /// noun after it became a new person and answered a "who" question about someone else.
    /// </remarks>
    private bool IsListedWordAsName(string word, string language) =>
        language == "de" && !IsAcronym(word) && !NameContext.IsPersonTitle(word) && IsCommonWord(word, "de") == true
        && !IsListedAsWritten(word, "de").GetValueOrDefault()
        && !IsGrammarOrDateWord(word);

    /// <summary>
    /// "über den Franzosen Axel Michon", "nahm Miller Newton den Ball ab": a word German and English write alike, capitalised
    /// in one language only ("Axel" → axel, "Newton" → newton), is a common noun to the dictionary
    /// (<see cref="IWordLexicon.IsSharedNoun"/>), but before a name word or after a foreign word, with only a space between,
    /// it is a first name or surname of that name. Read as a noun, the sentence named only "Michon" or nobody and a "who" question had no answer in it.
    /// </summary>
    /// <remarks>
    /// Before a name only when no article, possessive or adjective makes it the class noun or title that introduces the
    /// name ("der Browser Firefox", "sein Album Blackstar", "den angeschlagenen ukrainischen Premier Jazenjuk").
    /// </remarks>
    private bool IsSharedNounBesideName(string text, IReadOnlyList<WordAt> matches, int i, string language)
    {
        if (language != LanguageDetector.German || IsAcronym(matches[i].Value) || !IsSharedNoun(matches[i].Value, language)) return false;
        if (i > 0 && IsSpacedPair(text, matches[i - 1], matches[i]) && IsForeignWordBeside(text, matches[i - 1], language)) return true;
        return i + 1 < matches.Count && IsSpacedPair(text, matches[i], matches[i + 1]) && IsNameWordBeside(text, matches[i + 1], language)
               && !NameContext.IsPersonTitle(matches[i].Value) && !IntroducedAsNoun(text, matches, i);
    }

    /// <summary>
    /// Whether the word before the shared noun, with only a space between, makes it a noun: an article or possessive ("der
    /// Browser Firefox"), or an adjective or other lower-case word that is no function word ("des ukrainischen Premier
    /// Jazenjuk"). A preposition ("über Axel Michon") or a capitalised class noun ("den Franzosen Axel Michon") does not.
    /// </summary>
    private static bool IntroducedAsNoun(string text, IReadOnlyList<WordAt> matches, int i)
    {
        if (i == 0 || !IsSpacedPair(text, matches[i - 1], matches[i])) return false;
        var before = matches[i - 1].Value;
        return IsDeterminer(before) || (!char.IsUpper(before[0]) && !FunctionWords.IsFunctionWord(before));
    }

    private static bool IsSpacedPair(string text, WordAt first, WordAt second) => text[(first.Index + first.Length)..second.Index] == " ";

    /// <summary>Whether <paramref name="neighbour"/>, capitalised, is a name word, or a word only the English dictionary lists.</summary>
    private bool IsNameWordBeside(string text, WordAt neighbour, string language) =>
        char.IsUpper(neighbour.Value[0]) && !IsSharedNoun(neighbour.Value, language) && !IsGrammarOrDateWord(neighbour.Value)
        && (IsName(neighbour.Value, language, SentenceInitial(text, neighbour.Index)) || IsEnglishWordAsName(neighbour.Value, language));

    /// <summary>
    /// Whether <paramref name="before"/> is a capitalised word only the English dictionary lists ("Miller" of "Miller
    /// Newton"): two capitalised words German does not know as its own make a foreign name, not two loanwords. After a
    /// name word the shared noun stays as the name's reader took it before: "Carolina Panthers" is a name German
    /// articles write apart ("die Verteidigung der Panthers"), and as a detail to be written whole it kept every article out.
    /// </summary>
    private bool IsForeignWordBeside(string text, WordAt before, string language) =>
        char.IsUpper(before.Value[0]) && !SentenceInitial(text, before.Index) && IsEnglishWordAsName(before.Value, language);

    /// <summary>An article (also fused with a preposition: "im", "zum") or a possessive: it makes the noun after it a class noun.</summary>
    private static bool IsDeterminer(string word) =>
        FunctionWords.IsDefiniteArticle(word) || FunctionWords.IsIndefiniteArticle(word, LanguageDetector.German) || FunctionWords.IsThirdPersonPossessive(word, LanguageDetector.German)
        || FunctionWords.IsArticleContraction(word);

    private bool IsSharedNoun(string word, string language) => _lexicons.Any(l => l.IsSharedNoun(word, language));

    /// <summary>What the dictionaries say about whether they list <paramref name="word"/> as written; null when none says.</summary>
    private bool? IsListedAsWritten(string word, string language)
    {
        foreach (var lexicon in _lexicons)
        {
            if (lexicon.IsListedAsWritten(word, language) is { } listed) return listed;
        }
        return null;
    }

    /// <summary>The second word of a first name and a surname after a title: capitalised, after only a space, no title, date or function word.</summary>
    private bool IsSecondNameWord(string text, WordAt first, WordAt second, string language)
    {
        var gap = text[(first.Index + first.Length)..second.Index];
        return gap == " " && char.IsUpper(second.Value[0]) && !NameContext.IsPersonTitle(second.Value)
               && !IsGrammarOrDateWord(second.Value)
               && (IsAcronym(second.Value) || IsCommonWord(second.Value, "de") == true || IsName(second.Value, language, false) || IsEnglishWordAsName(second.Value, language));
    }

    /// <summary>
    /// In German, a word the German dictionary lacks but the English one lists is taken for a loanword ("Camp"). Right
    /// after a person's title (or the name words that follow one) it is a name: "Sprecher John Ray" (English "john",
    /// "ray"). Without this a German question about him had no name to check, and an article about another spokesman answered.
    /// </summary>
    private bool IsEnglishWordAsName(string word, string language) =>
        language == "de" && IsCommonWord(word, "de") is null && IsCommonWord(word, "en") == true
        && !IsGrammarOrDateWord(word);

    /// <summary>A function word, a question word or a date word ("Mai", "Montag"): capitalised, it still names nobody.</summary>
    private static bool IsGrammarOrDateWord(string word) =>
        FunctionWords.IsFunctionWord(word) || FunctionWords.IsQuestionWord(word) || DateWords.Contains(word.ToLowerInvariant());

    /// <summary>
    /// "die Tour de Ski", "Rio de Janeiro": two capitalised words joined by a particle no German or English sentence
    /// uses (<see cref="NameContext.IsForeignNameParticle"/>) are one name, though the dictionary lists each word
    /// ("Tour", "Ski"). Read as nouns, the question had no name to check, and an article on the "ATP-Tour" answered it.
    /// </summary>
    private static bool IsParticleNameWord(string text, IReadOnlyList<WordAt> matches, int i)
    {
        if (IsGrammarOrDateWord(matches[i].Value)) return false;
        return (i + 2 < matches.Count && JoinedByParticle(text, matches[i], matches[i + 1], matches[i + 2]))
               || (i >= 2 && JoinedByParticle(text, matches[i - 2], matches[i - 1], matches[i]));
    }

    /// <summary>
    /// Whether the word at <paramref name="index"/> of <paramref name="text"/> is a name word only by the particle beside
    /// it: a word the dictionary lists ("Tour", "Ski" of "Tour de Ski") is a word of that name, no detail of its own,
    /// or "tour" and "skis" in any English article would show it.
    /// </summary>
    public bool IsListedWordOfParticleName(string text, int index, string language)
    {
        var matches = WordsAt(text);
        for (var i = 0; i < matches.Count; i++)
            if (matches[i].Index == index)
                return language == "de" && !IsAcronym(matches[i].Value) && IsCommonWord(matches[i].Value, language) == true && IsParticleNameWord(text, matches, i);
        return false;
    }

    private static bool JoinedByParticle(string text, WordAt first, WordAt particle, WordAt second) =>
        char.IsUpper(first.Value[0]) && char.IsUpper(second.Value[0]) && NameContext.IsForeignNameParticle(particle.Value)
        && text[(first.Index + first.Length)..particle.Index] == " " && text[(particle.Index + particle.Length)..second.Index] == " "
        && !IsGrammarOrDateWord(first.Value) && !IsGrammarOrDateWord(second.Value);

    /// <summary>
    /// "nach seiner Knorpel-OP", "ein Diesel-Pkw": an abbreviation the German dictionary lists as a common noun (OP for
    /// Operationssaal, Pkw for Personenkraftwagen: lower-case translations), heading a hyphenated compound, is the
    /// writer's everyday word for a thing, no name. Read as a name it was a detail an English article about the
    /// "surgery" had to show. An abbreviation of a name ("EU", "USA": capitalised translations) and one opening a
    /// compound ("ÖVP-Chef", "OP-Saal") stay names.
    /// </summary>
    private bool IsListedAbbreviationEndingCompound(string text, WordAt match, string language)
    {
        var (at, end) = (match.Index, match.Index + match.Length);
        return language == "de" && IsAcronym(match.Value) && at > 1 && text[at - 1] == '-' && char.IsLetter(text[at - 2])
               && (end == text.Length || (!char.IsLetterOrDigit(text[end]) && text[end] != '-'))
               && IsCommonWord(match.Value, language) == true;
    }

    /// <summary>An acronym ("SCO", "FIFA"): a name in any language and any position.</summary>
    public static bool IsAcronym(string word) => Token.IsAcronymWord(word);

    /// <summary>
    /// Opening a sentence German capitalises every word: there a form of a listed verb ("Abgesehen von der Feuerkammer,
    /// …", "Angenommen, …") is that verb, not a name or noun an article must show. Only there: inside a sentence a
    /// capitalised verb form is more often a name ("Brandt", "Wendt").
    /// </summary>
    internal static bool IsOpeningVerbForm(string word, string language, bool sentenceInitial) =>
        language == "de" && sentenceInitial && GermanVerbForms.IsVerbForm(word.ToLowerInvariant());

    /// <summary>What the dictionaries say about <paramref name="word"/>; null when none knows it.</summary>
    public bool? IsCommonWord(string word, string language)
    {
        foreach (var lexicon in _lexicons)
        {
            if (lexicon.IsCommonWord(word, language) is { } known) return known;
        }
        return null;
    }

    /// <summary>The dictionaries' other words for <paramref name="noun"/> in <paramref name="passageLanguage"/> (<see cref="IWordLexicon.OtherWordsFor"/>).</summary>
    public IReadOnlyList<string> OtherWordsFor(string noun, string language, string passageLanguage) =>
        _lexicons.SelectMany(l => l.OtherWordsFor(noun, language, passageLanguage)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Whether a dictionary lists <paramref name="word"/> as a place (<see cref="IWordLexicon.IsPlaceName"/>).</summary>
    /// <remarks>Cached like <see cref="IsName"/>: answering asks it of every name word of every candidate sentence.</remarks>
    public bool IsPlaceName(string word, string language)
    {
        if (_lexicons.Count == 0) return false;
        var key = (word, language);
        if (_isPlace.TryGetValue(key, out var cached)) return cached;
        var isPlace = _lexicons.Any(l => l.IsPlaceName(word, language));
        _isPlace.Set(key, isPlace);
        return isPlace;
    }

    private bool IsName(string word, string language, bool sentenceInitial)
    {
        if (IsAcronym(word)) return true;
        var lower = word.ToLowerInvariant();
        if (IsGrammarOrDateWord(lower)) return false;
        if (language == "en" && !sentenceInitial) return true;
        // A verb form opening a sentence is that verb, unless the dictionary lists the word itself: then it says what it is.
        if (IsOpeningVerbForm(word, language, sentenceInitial) && IsCommonWord(word, language) is null) return false;
        var key = (word, language);
        if (_isName.TryGetValue(key, out var cached)) return cached;
        var isName = IsCommonWord(word, language) switch
        {
            true => false,
            false => true,
            null => language != "de" || IsUnknownGermanName(word),
        };
        _isName.Set(key, isName);
        return isName;
    }

    /// <summary>
    /// A German word the German dictionary does not list: an English loanword ("Camp", "Ticket") or a compound of
    /// indexed words ("Sicherheitszusammenarbeit") is a noun; anything else is taken for a name. A compound that ends as
    /// towns do is a town's name only where a sentence writes a place (<see cref="IsTownAfterPlacePreposition"/>).
    /// </summary>
    private bool IsUnknownGermanName(string word)
    {
        // "TransCanada", "PewDiePie", "PlayStation": a capital inside the word marks a brand or company name; German
        // writes a compound with one capital, so splitting it into indexed words ("trans" + "canada") made it a noun,
        // and "wie viel TransCanada … haben will" was read as counting "TransCanada".
        if (HasInnerCapital(word)) return true;
        if (IsCommonWord(word, "en") == true) return false;
        return _statistics.AnalyzeTerms(word, "de") is not [var term] || _compounds.Split(term) is null;
    }

    /// <summary>
    /// "startet am 12. September in Offenburg", "hält sich in Johannesburg auf", "die Show in Oberhausen": a German word
    /// no dictionary lists that splits into indexed words (a noun to <see cref="IsUnknownGermanName"/>) is a town's name
    /// when its last part is a town ending ("Offen|burg", "Ober|hausen", "Klagen|furt") and a preposition of place stands
    /// right before it with no article (<see cref="NameContext.TownPrepositionBefore"/>). Read as nouns, these towns named
    /// no place and a "where" question quoted another sentence of the article.
    /// </summary>
    /// <remarks>
    /// Only there: without a dictionary nothing else tells "Offenburg" from "eine Sandburg", "das Feriendorf", "die
    /// Hochburg", which take an article. The split's tail must be the ending itself, as the index analyses it ("hausen" is
    /// "haus"): "von Kriegsflüchtlingen" ends in "-ingen" as "Tübingen" does, but its last part is "Flüchtling".
    /// </remarks>
    private bool IsTownAfterPlacePreposition(string text, WordAt match, string language)
    {
        var word = match.Value;
        if (language != "de" || GermanNameEndings.TownEndingInText(word) is not { } ending || IsCommonWord(word, "de") is not null
            || IsCommonWord(word, "en") == true || !NameContext.TownPrepositionBefore().IsMatch(text.AsSpan(0, match.Index))) return false;
        return _statistics.AnalyzeTerms(word, "de") is [var term] && _compounds.Split(term) is (_, var tail)
               && _statistics.AnalyzeTerms(ending, "de") is [var analysedEnding] && tail == analysedEnding;
    }

    /// <summary>
    /// A German word the dictionary lacks that is a compound of words it lists as common words ("Sojabohnenfeld",
    /// "Bezugsbetreuerin", "Vorhabensbericht") or an English phrase it lists written as one word ("Highschool"): a noun
    /// that names no one. Surnames and places are built the same way ("Rosenberg", "Hartmann"): a compound ending in a
    /// part names are made with counts only when its first part is itself a compound ("Sojabohnen|feld").
    /// </summary>
    /// <remarks>
    /// Not part of <see cref="In"/>: a "which" or "where" question may ask for such a noun ("Auf was für einem Acker …?"
    /// → "Sojabohnenfeld"), and XQuAD's German answers are often compounds; a "who" question's candidates leave them out
    /// (<see cref="AnswerCandidates.Of"/>).
    /// </remarks>
    public bool IsCommonCompound(string word, string language) =>
        language == "de" && !IsAcronym(word) && !HasInnerCapital(word) && IsCommonWord(word, language) is null
        && (IsListedCompound(word) || IsEnglishOpenCompound(word));

    private bool IsListedCompound(string word)
    {
        if (ListedSplit(word) is not (var head, var tail, true) || tail.Length < MinNounTail) return false;
        return !GermanNameEndings.IsNameTail(tail) || ListedSplit(head) is (_, _, true);
    }

    /// <summary>
    /// The first split of <paramref name="word"/> into a head and a tail the German dictionary lists (with a linking
    /// element between them), and whether both are common words; null when it has none.
    /// </summary>
    private (string Head, string Tail, bool Common)? ListedSplit(string word)
    {
        for (var cut = MinCompoundPart; cut <= word.Length - MinCompoundTail; cut++)
        {
            var head = IsCommonWord(word[..cut], "de");
            if (head is null) continue;
            foreach (var link in GermanCompoundLinks.All)
            {
                if (!word.AsSpan(cut).StartsWith(link, StringComparison.OrdinalIgnoreCase) || word.Length - cut - link.Length < MinCompoundTail) continue;
                var tailWord = word[(cut + link.Length)..];
                if (IsCommonWord(tailWord, "de") is { } tail) return (word[..cut], tailWord.ToLowerInvariant(), head == true && tail == true);
            }
        }
        return null;
    }

    /// <summary>
    /// A sentence's compound needs a tail of this length to be taken for a noun: read with three letters, "Randall" was
    /// "Rand" and "All". The question's own words keep <see cref="MinCompoundTail"/> (<see cref="IsNameInQuestion"/>).
    /// </summary>
    private const int MinNounTail = 4;

    /// <summary>
    /// "Highschool", "Livestream": an English phrase the English dictionary lists ("high school") written as one word, as
    /// German writes loanwords. Brand names of two English words ("Firefox", "Facebook") are no listed phrase.
    /// </summary>
    private bool IsEnglishOpenCompound(string word)
    {
        for (var cut = MinEnglishPart; cut <= word.Length - MinEnglishPart; cut++)
            if (IsCommonWord($"{word[..cut].ToLowerInvariant()} {word[cut..].ToLowerInvariant()}", "en") == true) return true;
        return false;
    }

    /// <summary>The shortest part of an English phrase written as one word ("high", "live").</summary>
    private const int MinEnglishPart = 3;

    private static bool HasInnerCapital(string word)
    {
        for (var i = 1; i < word.Length; i++)
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1])) return true;
        return false;
    }

    /// <summary>
    /// For the question's own words (few, and decisive for abstention) also the dictionary's compounds: a German
    /// compound of two listed words is a noun ("Bergbauverträge"), unless a part is a name ("Rheinmetall": Rhein) or it
    /// ends as towns do ("Klagenfurt": Klagen + Furt, "Neudorf"): "Wer hat den Ironman Austria in Klagenfurt gewonnen?"
    /// read no place, and an article about the Ironman on Hawaii answered it.
    /// </summary>
    public bool IsNameInQuestion(string word, string language)
    {
        if (language != "de" || IsAcronym(word) || IsCommonWord(word, language) is not null) return true;
        return ListedSplit(word) is not (_, var tail, true) || GermanNameEndings.IsTownTail(tail);
    }

    /// <summary>
    /// A capitalised German word the dictionary does not list but that splits into its common words: as the query expander
    /// splits it ("Zweitrundenspiel" → Zweit, Runden, Spiel; "Konsumklimaindex"), or as a listed tail after a head the
    /// expander's split leaves out for being short ("Eisebene" → Eis, Ebene). That is the asker's compound noun, no name:
    /// read as one, it was a detail every article had to write as typed, and the article on Pluto's "Ebene aus Eis"
    /// lacked it. A part that is a name ("Donau|insel|fest"), a tail names are made with ("Klagen|furt", "Rosen|berg") or
    /// an inner capital ("TransCanada") keeps it a name; so does an unlisted head ("Velm|oria"): invented names end in words too.
    /// </summary>
    public bool IsListedNounCompound(string word, string language)
    {
        if (language != "de" || IsAcronym(word) || HasInnerCapital(word) || IsCommonWord(word, language) is not null) return false;
        var parts = _lexicons.Select(l => l.CompoundParts(word, language)).FirstOrDefault(p => p.Count > 0) ?? HeadAndListedTail(word, language);
        return parts is [.., var tail] && parts.All(part => IsCommonWord(part, language) == true) && !GermanNameEndings.IsNameTail(tail);
    }

    /// <summary>The head (its linking element dropped) and the dictionary's tail of <paramref name="word"/> ("Eis", "Ebene"); null when it has no listed tail.</summary>
    private string[]? HeadAndListedTail(string word, string language)
    {
        if (_lexicons.Select(l => l.CompoundTail(word, language)).FirstOrDefault(t => t is not null) is not { } tail) return null;
        var head = word[..^tail.Length];
        return GermanCompoundLinks.All.Where(link => head.Length > link.Length && head.EndsWith(link, StringComparison.Ordinal))
            .Select(link => head[..^link.Length]).Where(stem => IsCommonWord(stem, language) == true)
            .Select(stem => new[] { stem, tail }).FirstOrDefault();
    }

    private static bool SentenceInitial(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '„' or '“' or '”' or '\'' or '‚' or '‘' or '(' or '–' or '-' or '*' or '#') continue;
            return c is '.' or '!' or '?' or ':' or ';' or '\n';
        }
        return true;
    }

    /// <summary>The words of <paramref name="text"/> as names are read: apostrophe names whole (<see cref="Word"/>).</summary>
    internal static MatchCollection WordsOf(string text) => Word().Matches(text);

    /// <summary>A word of <see cref="Word"/> and where it starts: what <see cref="Find"/> reads of a regex match.</summary>
    private readonly record struct WordAt(int Index, string Value)
    {
        public int Length => Value.Length;
    }

    /// <summary>
    /// The words of <paramref name="text"/> as <see cref="WordsOf"/> finds them, each cut once: a Match object per word
    /// (and a new string each time a neighbour's value is read) was the largest allocation of reading a sentence's names.
    /// </summary>
    private static List<WordAt> WordsAt(string text)
    {
        var words = new List<WordAt>(text.Length / 6 + 1);
        foreach (var match in Word().EnumerateMatches(text)) words.Add(new WordAt(match.Index, text.Substring(match.Index, match.Length)));
        return words;
    }

    /// <remarks>
    /// "O'Connor", "D'Alema", "Murphy-O’Connor": a capitalised word joined to a capitalised one by an apostrophe is one
    /// name word, as the index keeps it; read apart ("O", "Connor"), no article showed them. "Merkel's" stays "Merkel".
    /// </remarks>
    [GeneratedRegex(@"\p{Lu}[\p{L}\p{M}]*(?:['’](?=\p{Lu})\p{L}[\p{L}\p{M}]*)+|\p{L}[\p{L}\p{M}]*")]
    private static partial Regex Word();
}
