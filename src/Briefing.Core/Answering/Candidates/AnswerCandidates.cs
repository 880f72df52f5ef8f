using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The possible answers of one <see cref="AnswerType"/> a text holds, as comparable keys: numbers (normalised,
/// with number words), dates and times (years, months, weekdays, clock times, numbers with a time unit) and
/// names. A sentence answers when it holds a candidate the question does not already contain (novelty).
/// </summary>
internal static partial class AnswerCandidates
{
    /// <param name="head">For <see cref="AnswerType.Named"/>: the head noun of "which X" (<see cref="AskedHead"/>).</param>
    /// <param name="countsOnly">For <see cref="AnswerType.Number"/>: the question counts things ("how many people"), so sums of money, percentages and numbers that are part of a name ("FTSE 100") do not answer it.</param>
    /// <param name="percentOnly">For <see cref="AnswerType.Number"/>: the question asks a rate ("Arbeitslosenquote", "inflation"), so only a percentage answers it.</param>
    /// <param name="seriesAsked">For <see cref="AnswerType.Number"/>: the question asks how often or how long a run lasted, so an ordinal of a series ("zum dritten Mal", "the 19th month in a row") counts (<see cref="OrdinalSeries"/>).</param>
    /// <param name="headForms">The head noun as <paramref name="text"/>'s language writes it (<see cref="AskedNounForms"/>); by default the head itself.</param>
    /// <param name="isCountedNoun">For <see cref="AnswerType.Number"/>: whether a word of <paramref name="text"/> is the question's counted noun, so a year-shaped figure right before it counts ("2000 guests" for "How many guests …?").</param>
    public static IReadOnlySet<string> Of(string text, AnswerType type, string language, NameDetector names, string? head = null, bool countsOnly = false,
        bool percentOnly = false, IReadOnlyList<string>? headForms = null, bool seriesAsked = false, Func<string, bool>? isCountedNoun = null)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var heads = headForms ?? (head is null ? [] : [head]);
        // "Wien – Dreimal ist Rachel Cusk gefloppt": where the report was filed is none of its facts.
        text = Dateline.Without(text, language);
        switch (type)
        {
            case AnswerType.Number:
                // A bare year dates a fact; it does not count or measure it.
                foreach (var (written, index) in NumberTokens.Located(text))
                {
                    // "mehr als 2000 Vermummte", "some 1,900 staff": after a word of approximation it is a quantity; "attended
                    // by 2000 guests": before the noun the question counts, too. A share of the counted group counts its part
                    // ("60% of prisoners reconvicted" for "Wie viele Häftlinge …?"; ShareOfCountedGroup).
                    if ((BareYear().IsMatch(written) && !FollowsApproximation(text, index) && !PrecedesCountedNoun(text, index, index + written.Length, isCountedNoun)) || (countsOnly && !IsCount(text, index, index + written.Length, language)
                        && !ShareOfCountedGroup.Counts(text, index + written.Length, isCountedNoun))) continue;
                    // "liegt an den hohen Kosten (Platz 136)": a place in a ranking is no amount.
                    if (RankPhrases.IsRankNumber(text, index) || (percentOnly && !IsPercent(text, index + written.Length))) continue;
                    keys.Add(NumberTokens.Normalize(written));
                }
                // Value matches (no Match object per word): every candidate sentence of every "how many" question is read here.
                foreach (var match in Word().EnumerateMatches(text))
                {
                    var word = text.Substring(match.Index, match.Length);
                    // "ten" and "10" are one figure: a question that writes it as a word already holds the sentence's "10".
                    // "came in third place": an ordinal word of a rank is no figure, as "Platz 136" is none.
                    if (NumberWords.Is(word) && (!percentOnly || IsPercent(text, match.Index + match.Length)) && !RankPhrases.Covers(text, match.Index))
                        keys.Add(NumberWords.Digits(word) ?? word.ToLowerInvariant());
                }
                // "Bei der Keynote trat lediglich eine Frau auf" answers "How many women spoke?": the article said as a count.
                foreach (var (index, length) in NumberWords.LoneOnes(text))
                    if ((!countsOnly || IsCount(text, index, index + length, language)) && (!percentOnly || IsPercent(text, index + length))
                        && !RankPhrases.Covers(text, index)) keys.Add(NumberTokens.LoneOneKey);
                if (seriesAsked) keys.UnionWith(OrdinalSeries.In(text));
                break;
            case AnswerType.Date:
                foreach (Match year in Year().Matches(text)) keys.Add(year.Value);
                // "in the 1950s", "in den 1980er Jahren", "in the mid-18th century", "im 18. Jahrhundert", "66 million
                // years ago", "vor 200 Jahren", "vor Jahrtausenden", "vor gut einem Jahrhundert", "half a century ago":
                // periods and distances back in time date a fact as a year does. German "vor einem Jahr" is left out, which
                // news mostly counts from the report's day; English "a year ago" is still read by the counted "years ago".
                foreach (Match period in Period().Matches(text)) keys.Add(period.Value.ToLowerInvariant());
                // "by the third quarter", "im zweiten Quartal", "bis Jahresende", "in the first half of next year":
                // deadlines and reporting periods are points in time too ("Bis wann ...?", "By when ...?").
                foreach (Match part in PartOfYear().Matches(text)) keys.Add(part.Value.ToLowerInvariant());
                // "erst in ein bis zwei Monaten", "within four months": a distance from now dates as "vor zwei Jahren" does.
                keys.UnionWith(TimeFromNow.In(text));
                keys.UnionWith(TimeFromNow.NextPeriods(text));
                // "570 rupees (£6.80; $13)", "6.50 Euro", "12.30 Prozent": a sum or share, no clock time (a share price led a
                // "when" answer).
                foreach (Match clock in Clock().Matches(text))
                    if (!IsAmount(text, clock.Index, clock.Index + clock.Length)) keys.Add(clock.Value.ToLowerInvariant());
                foreach (Match word in Word().Matches(text))
                    if (DateWords.Dates(word.Value.TrimEnd('.')) && !DateWordsInNames.Covers(text, word) && SeasonFall.DatesAt(text, word.Index, word.Length))
                        keys.Add(word.Value.TrimEnd('.').ToLowerInvariant());
                break;
            case AnswerType.Duration:
                // "three years", "zwölf Tage", "12-tägigen", "10 days": a count of a time unit; "since 1979" is a date, not a length.
                var words = Word().Matches(text).Select(m => m.Value.TrimEnd('.')).Where(w => w.Length > 0).ToList();
                for (var i = 1; i < words.Count; i++)
                {
                    if (IsAge(words, i)) continue;
                    if (DateWords.IsUnit(words[i]) && (NumberWords.Is(words[i - 1]) || words[i - 1].Any(char.IsDigit) || IsCountWord(words[i - 1]) || IsFraction(words[i - 1])))
                        keys.Add($"{words[i - 1]} {words[i]}".ToLowerInvariant());
                    // "half a year": a fraction two words before the unit.
                    else if (i > 1 && DateWords.IsUnit(words[i]) && IsFraction(words[i - 2]) && IsCountWord(words[i - 1]))
                        keys.Add($"{words[i - 2]} {words[i - 1]} {words[i]}".ToLowerInvariant());
                    // "since June 2013", "seit März 2012": how long something has lasted, counted from its start.
                    if (words[i - 1].ToLowerInvariant() is "seit" or "since" && (DateWords.IsMonth(words[i]) || Year().IsMatch(words[i])))
                        keys.Add($"{words[i - 1]} {words[i]}".ToLowerInvariant());
                }
                // "einen Zweijahresvertrag", "die dreimonatige Frist": German writes the length into one word.
                foreach (var word in words)
                    if (DurationCompound().IsMatch(word)) keys.Add(word.ToLowerInvariant());
                break;
            case AnswerType.Reason:
                // "aufgrund derselben Ursache" points back at another event's cause and gives none.
                foreach (Match cause in Cause().Matches(CauseExpressions.WithoutAnaphoricCauses(text))) keys.Add(cause.Value.ToLowerInvariant());
                // "Die Brandursache ist noch unklar", "Einen Grund dafür gibt es nicht", "jene Ursachen zu finden", "the
                // cause is being investigated": a cause noun the sentence says is unknown or absent names no cause.
                if (UnknownCause().IsMatch(text)) keys.RemoveWhere(k => CauseNoun().IsMatch(k));
                break;
            case AnswerType.Occupation:
                keys.UnionWith(OccupationPhrases.In(text));
                break;
            case AnswerType.Rank:
                keys.UnionWith(RankPhrases.In(text));
                break;
            case AnswerType.Opponent:
                keys.UnionWith(OpponentNames.In(text, language, names).Select(NameKey));
                break;
            case AnswerType.Named:
                // Any name ("Cast Away"), or a word with the head noun in it ("Haftstrafe" for "welche Strafe"), or a
                // title ("Das Album heißt Winter Light": English words in a German sentence are no names there).
                keys.UnionWith(names.In(text, language).Select(NameKey));
                // "verschwanden nach STANDARD-Infos 30.000 Euro": the paper that reports it is none of the report's names.
                foreach (var span in NameSpans.Named(text, language, names))
                    if (ReportSources.CitesAsSource(text, span, heads) && !NamedElsewhere(text, span)) keys.ExceptWith(span.Words.Select(NameKey));
                keys.UnionWith(TitlePhrases.In(text));
                keys.UnionWith(VersionedNames(text));
                keys.UnionWith(Apposition(text, heads));
                foreach (var form in heads.Where(h => !h.Contains(' ')))
                    foreach (var match in Word().EnumerateMatches(text))
                        if (match.Length > form.Length && text.AsSpan(match.Index, match.Length).EndsWith(form, StringComparison.OrdinalIgnoreCase))
                            keys.Add(text.Substring(match.Index, match.Length).ToLowerInvariant());
                break;
            case AnswerType.Person or AnswerType.Organisation:
                // "Who ...?" is not answered by a place: only names of the asked kind count.
                // "Which team did England beat?": a side is written by its town or country ("beat Fiji 26-21").
                var sideAsked = type == AnswerType.Organisation && heads.Any(SideNouns.IsSide);
                foreach (var span in NameSpans.Named(text, language, names))
                    // "Auf einem Sojabohnenfeld wurden 37 tote Rohrweihen gefunden" names no one who could have shot them.
                    if ((NameSpans.Fits(span.Kind, type) || (sideAsked && span.Kind == NameKind.Place))
                        && !(span.Words is [var word] && names.IsCommonCompound(word, language))
                        && !ReportSources.CitesAsSource(text, span, heads))
                        keys.UnionWith(span.Words.Select(NameKey));
                keys.UnionWith(Apposition(text, heads));
                break;
            case AnswerType.Place:
                keys.UnionWith(PlaceAnswers.In(text, language, names).Select(NameKey));
                break;
        }
        return keys;
    }

    /// <summary>
    /// Whether the span's first word stands in the text again outside the span, as a word of its own (then it is named, not
    /// only cited as a source): "Sun" inside "Sunderland" or "Times" inside "Timesheet" is no second naming.
    /// </summary>
    private static bool NamedElsewhere(string text, NameSpan span)
    {
        var first = span.Words[0];
        for (var i = text.IndexOf(first, StringComparison.Ordinal); i >= 0; i = text.IndexOf(first, i + 1, StringComparison.Ordinal))
            if ((i < span.Start || i >= span.End) && WordBounds.StandsAsWord(text, i, first.Length)) return true;
        return false;
    }

    /// <summary>
    /// The names standing next to the head noun of "which X" (within <see cref="HeadDistance"/> characters, or holding
    /// it): "Richter Carlos Samour", "Scottish club Rangers", "Bank Austria". They answer best.
    /// </summary>
    public static IReadOnlySet<string> NearHead(string text, string head, string language, NameDetector names) => NearHead(text, [head], language, names);

    /// <summary>
    /// <see cref="NearHead(string, string, string, NameDetector)"/> for several nouns: "which X", or the role nouns of
    /// a "who" question (<see cref="RoleNouns"/>). The distance counts from the noun's end ("a group calling itself the
    /// Sons of X").
    /// </summary>
    /// <param name="otherRoleNouns">The heads that are not the asked noun but another noun of its role (<see cref="RoleKinds"/>):
    /// read only where they stand for the role (<see cref="RoleKinds.StandsAt"/>), not as any compound's tail ("Wegbegleiter"
    /// for "Leiter", "Co-Trainer" for "Trainer").</param>
    public static IReadOnlySet<string> NearHead(string text, IReadOnlyList<string> heads, string language, NameDetector names,
        IReadOnlySet<string>? otherRoleNouns = null)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var at = new List<(int Start, int End)>();
        foreach (var head in heads.Where(h => h.Length >= MinHead))
            for (var i = text.IndexOf(head, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(head, i + 1, StringComparison.OrdinalIgnoreCase))
                if (IsWordOrTail(text, i, head.Length) && StandsAsHead(text, i, head, otherRoleNouns)) at.Add((i, i + head.Length));
        keys.UnionWith(Apposition(text, heads, otherRoleNouns));
        if (at.Count == 0) return keys;
        foreach (var span in NameSpans.Named(text, language, names))
            if (at.Any(h => h.End >= span.Start - HeadDistance && h.Start <= span.End + AppositionGap && !ClassifiesIndefinite(text, span, h.Start)
                            && !SaysBetween(text, h.End, span.Start)))
                keys.UnionWith(span.Words.Select(NameKey));
        return keys;
    }

    /// <summary>
    /// "the French international defender believes Mourinho is perfectly suited", "der Trainer sagte, Müller …": a verb of
    /// saying between the noun and the name after it makes the name part of what the noun's holder says, not the holder's
    /// name ("defender William Gallas"). Read as near the asked noun, the quoted manager led "Which French defender said …?".
    /// </summary>
    private static bool SaysBetween(string text, int headEnd, int nameStart) =>
        nameStart > headEnd && SayingVerb().Match(text, headEnd) is { Success: true } verb && verb.Index + verb.Length <= nameStart;

    [GeneratedRegex(@"\b(" + SayingVerbs.EnglishAlternation + "|" + SayingVerbs.EnglishClosingAttribution + "|" + SayingVerbs.GermanAlternation + @")\b")]
    private static partial Regex SayingVerb();

    /// <summary>
    /// "to go on loan to another Premiership club", "ein anderer Bundesligaklub": a name before the noun after an indefinite
    /// determiner says what kind of club it is, not which one; the sentence names no particular club (the asked one is
    /// written by its own name: "joined Premiership club Birmingham", "der Bundesligaklub Mainz").
    /// </summary>
    private static bool ClassifiesIndefinite(string text, NameSpan span, int headStart) =>
        span.End <= headStart && Tokenizer.LetterRuns(text[..span.Start]).LastOrDefault() is { } before
        && text[(before.Index + before.Length)..span.Start].Trim().Length == 0
        && (FunctionWords.IsIndefiniteArticle(before.Value) || IndefiniteDeterminer().IsMatch(before.Value));

    /// <summary>Determiners of an unspecified one besides the articles: "another", "any", "other", "andere(n/r/s)", "irgendein(e/en)".</summary>
    [GeneratedRegex(@"^(another|any|other|andere[nrs]?|irgendein(e|en|em|er)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex IndefiniteDeterminer();

    /// <summary>
    /// The capitalised words right after the noun ("die Zeitung Der Morgen", "der Privatbank Lindner &amp; Söhne", "das
    /// Magazin Wired"): the name of the thing the noun says it is, even when its words are common words, English words
    /// in a German sentence or start with an article, which the name detector does not take for names.
    /// </summary>
    public static IEnumerable<string> Apposition(string text, IReadOnlyList<string> heads, IReadOnlySet<string>? otherRoleNouns = null)
    {
        foreach (var head in heads.Where(h => h.Length >= MinHead))
            for (var i = text.IndexOf(head, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(head, i + 1, StringComparison.OrdinalIgnoreCase))
            {
                // "der Privatbank Hauck": a short head ("Bank") counts as the tail of a compound that ends right there.
                var endsWord = i + head.Length == text.Length || !char.IsLetter(text[i + head.Length]);
                if (!IsWordOrTail(text, i, head.Length) && !(endsWord && i > 0 && char.IsLetter(text[i - 1]))) continue;
                if (!StandsAsHead(text, i, head, otherRoleNouns)) continue;
                var end = i + head.Length;
                while (end < text.Length && char.IsLetter(text[end])) end++;
                if (NameAfterNoun().Match(text, end) is { Success: true } name && name.Index == end)
                    foreach (Match word in Word().Matches(name.Groups["name"].Value))
                        if (char.IsUpper(word.Value[0]) && !FunctionWords.IsFunctionWord(word.Value)) yield return NameKey(word.Value.TrimEnd('.'));
            }
    }

    /// <summary>
    /// A name with its version or model number, as one key: "GNOME 3.18", "Android 6.0", "Glock 26". The name alone is
    /// often the question's own word ("Welche GNOME-Version ...?", "Auf welcher Android-Version ...?"), so only the pair
    /// tells the sentence that says which one from the sentence that restates the question. Not a year ("Saison 2016").
    /// </summary>
    private static IEnumerable<string> VersionedNames(string text)
    {
        foreach (Match versioned in VersionedName().Matches(text))
        {
            var (name, number) = (versioned.Groups["name"].Value, versioned.Groups["number"].Value.TrimEnd('.', ','));
            // "Im Mai 2015", "am Dienstag 20 Uhr": a date's words and years are no name's number.
            if (BareYear().IsMatch(number) || DateWords.Dates(name) || FunctionWords.IsFunctionWord(name)) continue;
            // "führe pro Jahr 15 Milliarden Euro an Steuern ab": a figure with a currency or a share after it is a sum, not the
            // noun's model number; read as "Jahr 15" it was a new name and led "Welche Automarke …?" over the sentence naming Mazda.
            var numberGroup = versioned.Groups["number"];
            if (IsAmount(text, numberGroup.Index, numberGroup.Index + numberGroup.Length)) continue;
            yield return $"{NameKey(name)}{VersionSeparator}{NumberTokens.Normalize(number)}";
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\d])(?<name>\p{Lu}[\p{L}]*)[ \-](?<number>\d+(?:[.,]\d+)*)(?![\p{L}\d])")]
    private static partial Regex VersionedName();

    /// <summary>Joins a versioned name's word and number in its key ("gnome 3.18").</summary>
    private const char VersionSeparator = ' ';

    /// <summary>A versioned name's key is new when its number is: "Cyanogenmod 13" is the question's own when it asks about "Cyanogenmod 13".</summary>
    private static bool IsVersionedKeyAsked(string key, IReadOnlySet<string> question) =>
        key.LastIndexOf(VersionSeparator) is var at and > 0 && char.IsDigit(key[^1]) && question.Contains(key[(at + 1)..]);

    [GeneratedRegex(@"\G(\s+(?i:namens|genannt|called|named|dubbed|calling\s+itself|mit\s+dem\s+namen))?\s+(?<name>((Der|Die|Das|The|Le|La|Les|El|Il)\s+)?\p{Lu}[\p{L}\d'’\-]*(\s+(&\s+)?\p{Lu}[\p{L}\d'’\-]*){0,3})")]
    private static partial Regex NameAfterNoun();

    /// <summary>
    /// The noun found at <paramref name="start"/> ends a word, perhaps inflected: a compound's tail counts
    /// ("Firmengründer", "co-founder", "Theaterstücke"), a word that merely begins with it does not ("Art" in "Arthur").
    /// </summary>
    /// <remarks>A short noun ("Art", "Band") only as a word of its own or a hyphenated part: inside a word it is mostly
    /// another word ("Martin", "Bandbreite").</remarks>
    private static bool IsWordOrTail(string text, int start, int length)
    {
        var end = start + length;
        var rest = end;
        while (rest < text.Length && char.IsLetter(text[rest])) rest++;
        var inflection = text[end..rest];
        var startsWord = start == 0 || !char.IsLetter(text[start - 1]);
        // "team-mate", "club-mate": a noun before a hyphen and a lower-case word is the first part of another noun, not
        // the thing itself; "vom Münchner ifo-Institut" (a capital after it) still names the asked institute.
        if (rest + 1 < text.Length && text[rest] == '-' && char.IsLower(text[rest + 1])) return false;
        if (length < MinCompoundTail) return startsWord && InflectedForm.IsEnding(inflection, InflectedForm.NounEndings);
        return InflectedForm.IsEnding(inflection, InflectedForm.PersonNounEndings);
    }

    /// <summary>An asked noun stands wherever it is found; another noun of its role only where it names the role (<see cref="RoleKinds.StandsAt"/>).</summary>
    private static bool StandsAsHead(string text, int start, string head, IReadOnlySet<string>? otherRoleNouns) =>
        otherRoleNouns is null || !otherRoleNouns.Contains(head) || RoleKinds.StandsAt(text, start, head.Length);

    /// <summary>"US" of "Welche US-amerikanische Einrichtung" is no head noun to look for.</summary>
    private const int MinHead = 3;
    private const int MinCompoundTail = 5;

    private const int HeadDistance = 25;
    /// <summary>The noun may follow the name as an apposition: "Paul Stall, president of the taskforce".</summary>
    private const int AppositionGap = 2;

    /// <summary>The names of <paramref name="text"/> whose context marks them as the asked kind ("Chief executive Peter McGuigan").</summary>
    public static IReadOnlySet<string> Marked(string text, AnswerType type, string language, NameDetector names) =>
        NameSpans.Named(text, language, names).Where(s => NameSpans.IsMarkedAs(s.Kind, type)).SelectMany(s => s.Words).Select(NameKey).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The names of <paramref name="text"/> whose context says they are exactly the asked kind: a person for "who"
    /// ("guitarist Patrick Walden", "Peter McGuigan said"), not an organisation or a name nothing marks; a place for
    /// "where" that the sentence says is one ("at Coventry"), not a name only a dictionary lists ("told the BBC").
    /// </summary>
    public static IReadOnlySet<string> OfAskedKind(string text, AnswerType type, string language, NameDetector names) =>
        type == AnswerType.Place
            ? PlaceAnswers.SaidByContext(Dateline.Without(text, language), language, names).Select(NameKey).ToHashSet(StringComparer.Ordinal)
            : NameSpans.Named(text, language, names).Where(s => NameSpans.IsKind(s.Kind, type)).SelectMany(s => s.Words).Select(NameKey).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// What the question already holds of <paramref name="type"/>. For names, every word, whatever its kind or case: a
    /// German question's "Nigeria" may count as a loanword there and as a name in the English article, and the "chief
    /// executive" a question asks about is no new name in "Umbro Chief Executive said" (the venue "airport" no new place).
    /// </summary>
    public static IReadOnlySet<string> Asked(string question, AnswerType type, string language, NameDetector names) =>
        IsNameType(type)
            // Its figures too: the number of a versioned name ("Cyanogenmod 13") is the question's own.
            ? Word().Matches(question).Select(m => m.Value.TrimEnd('.')).Where(w => w.Length > 0).Select(NameKey).Concat(NumberTokens.In(question)).ToHashSet(StringComparer.Ordinal)
            // "Aus welchem Grund ...?", "What was the reason for ...?": the cause noun the question asks with is no cause it
            // gives, so "Als Grund gab der Konzern Sicherheitsbedenken an" still names a new one.
            : type == AnswerType.Reason ? Of(question, type, language, names).Where(k => !CauseNoun().IsMatch(k)).ToHashSet(StringComparer.Ordinal)
            : Of(question, type, language, names);

    /// <summary>
    /// What the question holds (<paramref name="asked"/>, from <see cref="Asked"/>) with its words in the passages' other
    /// language, as retrieval translated them: a German article's "Kongo" is no new place for "Which country was the
    /// peacekeeper killed in the Congo attack from?".
    /// </summary>
    public static IReadOnlySet<string> WithTranslations(IReadOnlySet<string> asked, AnswerType type, IReadOnlyList<WeightedTerm> translations)
    {
        if (!IsNameType(type) || translations.Count == 0) return asked;
        var keys = new HashSet<string>(asked, StringComparer.Ordinal);
        foreach (var translation in translations.Where(t => t.Group is not null))
            keys.UnionWith(Word().Matches(translation.Text).Select(m => NameKey(m.Value.TrimEnd('.'))).Where(k => k.Length > 0));
        return keys;
    }

    private static bool IsNameType(AnswerType type) =>
        type is AnswerType.Person or AnswerType.Organisation or AnswerType.Place or AnswerType.Named or AnswerType.Opponent;

    /// <summary>
    /// How well novel candidates answer, in [0, 1]: none 0; for a date, only weekdays and relative words ("Dienstag",
    /// "heute", "Mittag": the day of the report, rarely the asked date) 0.5; anything else 1.
    /// </summary>
    public static double Strength(IReadOnlySet<string> novel, AnswerType type)
    {
        if (novel.Count == 0) return 0;
        if (type != AnswerType.Date || novel.Any(k => !DateWords.IsRelative(k))) return 1;
        return WeakDateStrength;
    }

    private const double WeakDateStrength = 0.5;

    /// <summary>
    /// Whether the number at [<paramref name="start"/>, <paramref name="end"/>) counts something: not an amount of
    /// money ("$750m", "58 Mio. Euro", "£26,000"), not a share ("60%", "3 Prozent"), not part of a name ("FTSE 100",
    /// "Windows 2000": a capitalised word inside the sentence right before it).
    /// </summary>
    /// <remarks>Nor one side of a match's score ("2-0 up", "beim 2:1"; <see cref="MatchScores"/>).</remarks>
    private static bool IsCount(string text, int start, int end, string language) =>
        !IsAmount(text, start, end) && !FollowsName(text, start, end, language) && !MatchScores.Covers(text, start, end, language);

    /// <summary>
    /// The figure from <paramref name="start"/> to <paramref name="end"/> is part of a name: a capitalised word inside the
    /// sentence right before it ("FTSE 100", "Windows 2000", "followed by Maroon 5", "BBC Radio 4's"), which a currency is
    /// not ("EUR 300"), and no noun after it that the figure counts: a German noun before a count is no name ("in Summe
    /// 453 Ortstafeln", "US-Behörden 14 Personen"), nor a day or place before one ("On Monday 3,000 people marched").
    /// </summary>
    public static bool IsPartOfName(string text, int start, int end, string language) =>
        !IsAmount(text, start, end) && FollowsName(text, start, end, language);

    /// <summary>A currency before the figure, or a currency, a share or a scale after it ("EUR 300", "58 Mio. Euro", "3 Prozent").</summary>
    private static bool IsAmount(string text, int start, int end) =>
        CurrencyBefore().IsMatch(Before(text, start)) || MeasureAfter().IsMatch(text[end..Math.Min(text.Length, end + 16)]);

    /// <summary>
    /// The figure from <paramref name="start"/> to <paramref name="end"/> is a sum of money: a currency sign or code before it,
    /// or a currency or its hundredths after it, past a scale ("$10,000", "5 Millionen Euro", "38 Cent", "£4.5bn").
    /// </summary>
    public static bool IsSum(string text, int start, int end) =>
        CurrencyBefore().IsMatch(Before(text, start)) || SumAfter().IsMatch(text[end..Math.Min(text.Length, end + 24)]);

    [GeneratedRegex(@"^\s*(mio\.?|mrd\.?|millionen|milliarden|million|billion|bn|m|k)?\s*(" + CurrencyWords.Names + "|" + CurrencyWords.Coins + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex SumAfter();

    /// <summary>A capitalised word inside the sentence right before the figure, and no noun after it that the figure counts.</summary>
    private static bool FollowsName(string text, int start, int end, string language)
    {
        var before = Before(text, start);
        var name = NameBefore().Match(before);
        return name.Success && !IsSentenceStart(text, start - before.Length + name.Index) && CountedWords.After(text, end, language) is null;
    }

    /// <summary>The few characters before a figure where its currency or a name's last word stands.</summary>
    private static string Before(string text, int start) => text[Math.Max(0, start - 12)..start];

    private static bool IsSentenceStart(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] is '"' or '„' or '“' or '(' or '–') continue;
            return text[i] is '.' or '!' or '?' or ':';
        }
        return true;
    }

    /// <summary>The number ending at <paramref name="end"/> is a percentage ("3,4 Prozent", "5.1%", "two per cent").</summary>
    private static bool IsPercent(string text, int end) => PercentAfter().IsMatch(text[end..Math.Min(text.Length, end + 20)]);

    [GeneratedRegex(@"^\s*(%|" + PercentWords.Percent + "|" + PercentWords.Points + ")", RegexOptions.IgnoreCase)]
    private static partial Regex PercentAfter();

    /// <remarks>A sign or a code, not a currency's name: "Euro 2016" is a name with a number.</remarks>
    [GeneratedRegex(CurrencyWords.Sign + @"\s*$|\b(eur|usd|chf)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyBefore();

    [GeneratedRegex(@"^\s*(%|(mio\.?|mrd\.?|millionen|milliarden|million|billion|bn|m|k)?\s*(" + CurrencyWords.Names + "|" + PercentWords.Percent + @")\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureAfter();

    /// <remarks>A single capitalised word; German nouns before a count ("Mit 20.300 Beschäftigten") are not right before it.</remarks>
    [GeneratedRegex(@"\b\p{Lu}[\p{L}\-]*\s+$")]
    private static partial Regex NameBefore();

    /// <summary>"ein halbes Jahr", "eineinhalb Jahre", "half a year": a fraction before a time unit.</summary>
    /// <remarks>German writes any count and a half as one word ("viereinhalb Stunden", "sechseinhalb Jahre").</remarks>
    public static bool IsFraction(string word) =>
        word.ToLowerInvariant() is "halbes" or "halben" or "halbe" or "eineinhalb" or "anderthalb" or "half"
        || (word.Length > AndAHalf.Length && word.EndsWith(AndAHalf, StringComparison.OrdinalIgnoreCase) && NumberWords.Is(word[..^AndAHalf.Length]));

    private const string AndAHalf = "einhalb";

    /// <summary>"Zweijahresvertrag", "Fünfjahresplan", "dreimonatige", "12-monatigen": a count and a time unit in one word.</summary>
    [GeneratedRegex(@"^(\d+-?|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert)(jahres|monats|wochen|tages|jähr|monat|wöch|täg|stünd)\p{L}*$", RegexOptions.IgnoreCase)]
    private static partial Regex DurationCompound();

    /// <summary>
    /// "des 62-jährigen Bankiers", "der 62-Jährige", "a 62-year-old banker": an age, not how long something lasted — a
    /// restating lead that gives someone's age must not pass for the answer to "Wie lange dauerte die Razzia?".
    /// </summary>
    private static bool IsAge(List<string> words, int unit)
    {
        var word = words[unit];
        var next = unit + 1 < words.Count ? words[unit + 1] : "";
        if (next.Equals("old", StringComparison.OrdinalIgnoreCase)) return true;
        if (!word.StartsWith("jährig", StringComparison.OrdinalIgnoreCase)) return false;
        return char.IsUpper(word[0]) || NameContext.IsPersonTitle(next) || PersonAfterAge().IsMatch(next);
    }

    /// <summary>A person noun after an age: an agent noun ("Bankiers", "Fahrerin", "Pensionist") or a word for a person.</summary>
    [GeneratedRegex(@"^(\p{Lu}\p{L}*(er|ers|erin|in|ist|isten|ent|enten|ier|iers)|Mann|Mannes|Frau|Mädchen|Jungen?|Kind|Kindes|Sohn|Sohnes|Tochter|Österreicher\p{L}*|Deutsche[nr]?)$")]
    private static partial Regex PersonAfterAge();

    /// <summary>Small counts that <see cref="NumberWords"/> leaves out because they are also articles or pronouns.</summary>
    /// <remarks>
    /// An indefinite article counts one ("ein Jahr", "a year"), but not "eines" ("eines Tages" is some day, no length of
    /// time) nor "an", which in German is a preposition ("an Tagen"). Vague counts too: "it takes several years", "seit
    /// einigen Monaten" give a length of time.
    /// </remarks>
    private static bool IsCountWord(string word) =>
        (FunctionWords.IsIndefiniteArticle(word) && word.ToLowerInvariant() is not ("eines" or "an"))
        || word.ToLowerInvariant() is "one" or "several" or "few" or "many" or "mehrere" or "mehreren" or "einige" or "einigen"
            or "wenige" or "wenigen" or "viele" or "vielen";

    /// <summary>A name as compared: lower-cased, without the genitive s ("Vietnams" is "Vietnam").</summary>
    public static string NameKey(string name)
    {
        var key = name.ToLowerInvariant();
        return key.Length > 4 && key.EndsWith('s') && !NameDetector.IsAcronym(name) ? key[..^1] : key;
    }

    /// <summary>
    /// Candidates of <paramref name="sentence"/> that <paramref name="question"/> does not contain, in any form: "Berlin"
    /// is no new place for "In welchem Berliner Viertel ...?", nor "Austria" for "the Austrian parliament".
    /// </summary>
    public static IReadOnlySet<string> Novel(IReadOnlySet<string> sentence, IReadOnlySet<string> question) =>
        sentence.Count == 0 ? sentence : sentence.Where(k => !question.Contains(k) && !IsVersionedKeyAsked(k, question) && !question.Any(q => SameWordOtherForm(k, q))).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The acronyms written with a name the question gives ("SC" in "Clubs SC Wiener Neustadt" for "Wiener Neustadt's
    /// coach", "FC" in "FC Kärnten"): the club's or company's form, part of the asked name, nothing new.
    /// </summary>
    public static IEnumerable<string> AcronymsOfAskedNames(string text, IReadOnlySet<string> asked, string language, NameDetector names) =>
        NameSpans.In(text, language, names)
            .Where(span => span.Words.Count > 1 && span.Words.Any(w => asked.Contains(NameKey(w))))
            .SelectMany(span => span.Words.Where(w => !asked.Contains(NameKey(w)) && NameDetector.IsAcronym(w)))
            .Select(NameKey);

    /// <summary>
    /// The first names written with a surname the question gives ("Arsene" of "Arsenal-Trainer Arsene Wenger" for "Wengers
    /// Kritik"): the asked person's own name, nothing new. Only before a name that ends one of the question's names:
    /// "Konrad Huber" stays new for a question about Konrad Waldmann, and "M. Theo Kearney" answers "Nach wem wurde der
    /// Kearney Boulevard benannt?" (there "Kearney" describes the noun after it and names no asked person). The surname's
    /// name may be grouped or classified otherwise ("Der Steirer Christoph Strasser" for "behind Strasser": no
    /// person's span ending in "Strasser"), so the name words written right before it, a space apart, count as well.
    /// </summary>
    public static IEnumerable<string> FirstNamesOfAskedNames(string text, string question, string questionLanguage, string language, NameDetector names)
    {
        // "der Kearney Boulevard": a name before a capitalised noun names that thing, unless in the genitive ("Wengers Kritik").
        var askedSurnames = NameSpans.Named(question, questionLanguage, names)
            .Where(s => !NounAfter().IsMatch(question[s.End..]) || s.Words[^1].EndsWith('s'))
            .Select(s => NameKey(s.Words[^1])).ToHashSet(StringComparer.Ordinal);
        if (askedSurnames.Count == 0) return [];
        return NameSpans.Named(text, language, names)
            .Where(span => span.Kind == NameKind.Person && span.Words.Count > 1 && askedSurnames.Contains(NameKey(span.Words[^1])))
            .SelectMany(span => span.Words.Take(span.Words.Count - 1))
            .Concat(NameWordsBefore(text, askedSurnames, language, names))
            .Select(NameKey);
    }

    /// <summary>The name words right before an asked surname, each a single space before the next ("Steirer Christoph Strasser").</summary>
    private static IEnumerable<string> NameWordsBefore(string text, IReadOnlySet<string> askedSurnames, string language, NameDetector names)
    {
        var nameAt = names.Positions(text, language).Select(p => p.Index).ToHashSet();
        var words = Tokenizer.LetterRuns(text).Cast<Match>().ToList();
        for (var k = 1; k < words.Count; k++)
        {
            if (!char.IsUpper(words[k].Value[0]) || !askedSurnames.Contains(NameKey(words[k].Value))) continue;
            for (var j = k - 1; j >= Math.Max(0, k - MaxWordsBeforeSurname) && nameAt.Contains(words[j].Index)
                 && text[(words[j].Index + words[j].Length)..words[j + 1].Index] == " "; j--)
                yield return words[j].Value;
        }
    }

    /// <summary>A first name, a middle name and a word describing the person ("Der Steirer Christoph Strasser").</summary>
    private const int MaxWordsBeforeSurname = 3;

    [GeneratedRegex(@"^ \p{Lu}")]
    private static partial Regex NounAfter();

    /// <summary>
    /// Two keys are one name in another form when the longer is the shorter with an inflection or a people's or
    /// adjective ending: Berlin/Berliner, Wien/Wiener, Austria/Austrian, Schweiz/Schweizer, Europa/Europas. Short keys
    /// never (Jan/Jane), nor other endings (Mark/Markus). A place and its adjective or people from a shared stem are one
    /// too (<see cref="PlaceAdjectiveForms"/>: dänisch/Dänemark, finnisch/Finnland, British/Britain).
    /// </summary>
    private static bool SameWordOtherForm(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return (shorter.Length >= MinFormStem && longer.Length > shorter.Length && longer.StartsWith(shorter, StringComparison.Ordinal)
                && AllLetters(shorter) && FormEndings.Contains(longer[shorter.Length..]))
               || (AllLetters(a) && AllLetters(b) && PlaceAdjectiveForms.AreOnePlace(a, b));
    }

    /// <summary>A loop, not <c>All(char.IsLetter)</c>: this runs for every pair of a sentence's and the question's keys, and the LINQ form allocated an enumerator each time.</summary>
    private static bool AllLetters(string word)
    {
        foreach (var c in word)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    private const int MinFormStem = 4;

    /// <summary>Endings that make a name's inflected or derived form: German "-er" (Wiener), "-isch", case endings; English "-n", "-an", "-ian".</summary>
    private static readonly FrozenSet<string> FormEndings = FrozenSet.ToFrozenSet(
    [
        "s", "n", "e", "en", "es", "er", "ern", "ers", "erin", "erinnen", "isch", "ische", "ischen", "ischer", "isches",
        "an", "ans", "ian", "ians", "ese",
    ], StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\d][\p{L}\p{M}\d.]*")]
    private static partial Regex Word();

    /// <summary>Words that give a cause or purpose in German and English news.</summary>
    /// <remarks>
    /// Besides the conjunctions: a purpose clause ("um die Versorgung zu gewährleisten", "to ensure"), a consequence
    /// ("sodass"), "da" after a comma or opening a clause that a comma ends ("Da man nur ... wollte, konnten ..."; not
    /// the adverb), a reason reported ("saying she was too ill", "caused by"), a supposed one ("dürfte hinter dem
    /// Angriff stehen"), a cause that is the subject ("chicken pox and a rib injury forced him out", "führte zu"), and a
    /// complaint or accusation ("beklagte sie Einmischung in ihre Aufstellung", "complaining of interference", "warf dem
    /// Vorstand vor ..."): what someone complains of is why they act. A wish someone gave for a decision ("said she
    /// wanted to concentrate on new projects") is their reason, and a motive or reasons named as such ("Als Motiv gab er
    /// ... an", "Einer der Gründe war") are causes as "Grund" is; so are an aim ("we aimed to build …") and a reason
    /// introduced as one ("Begründung: …", "explaining why …", "erklärte, warum …").
    /// Also: a consequence clause whose cause stands before it ("Höhere Kosten würden ... konterkarieren, weshalb Pröll die
    /// Idee ablehnte"), a purpose phrase ("intended to distance", "to focus on preparing"; not "in a bid to", which as
    /// often gives the purpose of another clause than the asked one: "have released No More in a bid to ..."), a motive
    /// with "aus" or "out of" ("aus Sorge", "aus ermittlungstaktischen Gründen", "out of fear"), and a circumstance
    /// with "bei" and an adjective without article ("der Kran sei bei heftigem Wind umgekippt"; not "bei seinem Besuch").
    /// </remarks>
    [GeneratedRegex(@"\b(weil|denn|wegen|aufgrund|auf\s+grund|infolge|angesichts|nachdem|damit|sodass|so\s+dass|um\s[^.;:]{1,150}?\bzu\s+\p{L}+|because|due\s+to(?!\s+(" + CauseExpressions.ScheduledInfinitive + @")\b)|owing\s+to|as\s+a\s+result|(a|the|direct)\s+result\s+of|thanks\s+to|as\s+(he|she|they|it|we)\s+(said|says|argued|argues|claimed|claims|feared|fears|believed|believes)|amid|in\s+protest|after|so\s+that|in\s+order\s+to|to\s+(ensure|avoid|prevent|protect|allow|make\s+sure)|reasons?|grund|gründe|motiv|motive|begründet|wanted\s+to|begründete|begründung(en)?|explain(s|ed|ing)?\s+why|aim(s|ed|ing)?\s+to|(erklärt|erklärte|erklärten|erläutert|erläuterte)[\s,][^.;:]{0,60}?\bwarum|blamed|citing|saying|caused\s+by|verursacht|ursache|hinter\s[^.;:]{1,100}?\b(stehen|steht|stecken|steckt)|forced|prompted|prompting|led\s+to|led\s+(\p{L}+\s+){1,3}to|leading\s+(\p{L}+\s+){0,3}to|triggered|sparked|ruled\s+out|resulted\s+in|zwang|zwangen|gezwungen|führ(t|te|ten)\s+(dazu\s+)?zu|führ(t|te|ten)\s+dazu|ausgelöst|beklagt|beklagte|beklagten|kritisiert|kritisierte|kritisierten|bemängelt|bemängelte|monierte|warf\s[^.;:]{1,60}?\bvor|warfen\s[^.;:]{1,60}?\bvor|vorgeworfen|vorwurf|vorwürfe|protestierte|unzufrieden|complain(s|ed|ing)?|criticis(ed|ing)|criticiz(ed|ing)|accus(ed|ing)|in\s+protest|protest(ed|ing)\s+(against|at|over)|frustrat(ed|ion)\s+(with|at|over)|causes?\s+of|attribut(ed|es|ing)\s[^.;:]{0,60}?\bto|put\s+down\s+to|zurückgeführt|zurückzuführen|führ(t|te|ten)\s[^.;:]{1,60}?\bauf\s[^.;:]{1,60}?\bzurück|weshalb|weswegen|(which|that)\s+is\s+why|that's\s+why|intended\s+to|designed\s+to|to\s+(focus|concentrate)\s+on|out\s+of\s+(fear|concern|respect|frustration|anger|spite|desperation|solidarity|protest)|aus\s+(\p{L}+\s+)?(\p{L}*gründen|sorge|angst|furcht|mangel|protest|rücksicht|respekt|verzweiflung|wut|rache|eifersucht|solidarität)|" + ConsequenceAdverbs + "|" + CauseExpressions.Pattern + "|" + BlameCauses.Pattern + @")\b|\bbei\s+(?!(unser|ihr|sein|mein|dein|eu|dies|jen|jed|manch|welch|kein|ein|all|solch|viel|wenig|ander|d)\p{L}*\s)(?-i:\p{Ll}+(em|er|en)\s+\p{Lu}\p{L}+)|\b\p{L}*(auslöser|ursache)n?\b|,\s*da\s|,\s*als\s+(?!(ob|auch|wenn|dass|sonst|bisher|zuvor|erwartet|geplant|gedacht|angenommen|befürchtet)\b)|^\s*Da\s+\p{Ll}[^.,;:]*,", RegexOptions.IgnoreCase)]
    private static partial Regex Cause();

    /// <summary>A cause noun that the sentence says is unknown, absent or still sought (see <see cref="CauseNoun"/>).</summary>
    [GeneratedRegex(@"\b(kein(en|e|er|em)?\s+(\p{L}+\s+)?(grund|anlass|motiv)|\p{L}*(grund|gründe|ursache|ursachen|auslöser|motiv)\s[^.;:]{0,60}?\b(unklar|unbekannt|nicht\s+bekannt|noch\s+offen|wird\s+(noch\s+)?ermittelt|werden\s+(noch\s+)?ermittelt|untersucht|gibt\s+es\s+nicht)\b|\p{L}*(ursachen?|gründe|grund|auslöser|motiv)\s+(zu\s+)?(finden|klären|suchen|ermitteln|erforschen)\b|suche\s+nach\s+(der|den|dem)\s+(\p{L}+\s+)?\p{L}*(ursache|gründen|grund|auslöser|motiv)|no\s+(\p{L}+\s+){0,3}(reason|motive|cause)|(reason|cause|motive)s?\s[^.;:]{0,60}?\b(unclear|unknown|not\s+(yet\s+)?(known|clear)|being\s+investigated|under\s+investigation|not\s+(been\s+)?(given|disclosed|revealed|established))\b|(investigat\p{L}*|determine|establish|find|search\s+for|looking\s+(for|into))\s+(the\s+)?(\p{L}+\s+)?(cause|reason|motive)s?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex UnknownCause();

    /// <summary>A cause key that is the noun of a cause ("Brandursache", "Grund", "reasons", "cause of"), not a conjunction.</summary>
    [GeneratedRegex("^(" + CauseNouns + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex CauseNoun();

    /// <summary>
    /// A cause key that names the cause as such: a cause noun ("Auslöser", "Brandursache", "Grund", "Motiv", "reason", "cause of"), a blame ("blamed
    /// ... on", "führte ... auf ... zurück"), or a consequence marker ("somit", "therefore": what stands before it is the
    /// reason). Such a sentence of the article about the question answers "why" before one whose "weil" explains
    /// something else.
    /// </summary>
    public static bool IsNamedCause(string key) => NamedCause().IsMatch(key);

    /// <summary>
    /// A named cause other than a consequence adverb: "Die Opec werde daher ..." explains its own clause, a consequence,
    /// which answers only when it is the asked event; "Grund", "blamed ... on" name a cause whatever else the sentence says.
    /// </summary>
    public static bool IsCauseItself(string key) => IsNamedCause(key) && !ConsequenceAdverb().IsMatch(key);

    [GeneratedRegex("^(" + CauseNouns + @"|blamed|attribut(ed|es|ing)\s.*\bto|put\s+down\s+to|zurückgeführt|zurückzuführen|führ(t|te|ten)\s.*\bzurück|" + ConsequenceAdverbs + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedCause();

    [GeneratedRegex("^(" + ConsequenceAdverbs + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex ConsequenceAdverb();

    /// <summary>Nouns of a cause ("Brandursache", "Grund", "reasons", "cause of"), as cause keys read them.</summary>
    private const string CauseNouns = @"\p{L}*(auslöser|ursache)n?|grund|gründe|motiv|motive|reasons?|causes?\s+of";

    /// <summary>Consequence adverbs: what stands before "somit" / "therefore" is the reason for the clause they open; so for
    /// "daraufhin" ("..., das daraufhin in einen Fluss stürzte"), "infolgedessen", "consequently": what stands before it caused it.</summary>
    private const string ConsequenceAdverbs = "somit|daher|deshalb|deswegen|daraufhin|infolgedessen|therefore|thus|hence|consequently";

    /// <summary>
    /// A consequence adverb in the sentence's first clause ("Deshalb will der Konzern ...", "Die Opec werde daher ...",
    /// "As a result, the firm ...", "The club therefore ...", "Die Sendung läuft damit aus"): it points back to the sentence
    /// before, which gives the cause. Later in the sentence ("..., der Streik somit rechtswidrig", "..., damit sich Kunden
    /// orientieren": there "damit" is the conjunction of a purpose) the cause stands in the same sentence. So it does after
    /// an adverb that a "weil" or "dass" clause takes up ("Dies deshalb, weil es Geld ... gibt", "begründet diese
    /// Umstellung damit, dass ...").
    /// </summary>
    public static bool RefersToCauseBefore(string sentence) => CauseBefore().IsMatch(sentence);

    [GeneratedRegex(@"^[^,;:–]*?\b(deshalb|daher|deswegen|somit|damit|folglich|daraufhin|infolgedessen|therefore|hence|consequently|as\s+a\s+result)\b(?!\s*,?\s*(weil|da|dass|because)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CauseBefore();

    /// <summary>
    /// The date keys right after one of <paramref name="prepositions"/> ("seit Juni 2013" → juni, 2013; "by the third
    /// quarter" → third quarter): the start or deadline a "seit wann" / "by when" question asks for.
    /// </summary>
    public static IReadOnlySet<string> DatesAfter(string text, IReadOnlyList<string> prepositions, string language, NameDetector names)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match word in Word().Matches(text))
            if (prepositions.Contains(word.Value.ToLowerInvariant()))
            {
                var end = word.Index + word.Length;
                keys.UnionWith(Of(text[end..Math.Min(text.Length, end + DateAfterPreposition)], AnswerType.Date, language, names));
            }
        return keys;
    }

    /// <summary>How far after the preposition the date may run ("by the third quarter of this year").</summary>
    private const int DateAfterPreposition = 32;

    /// <summary>A cause key that mostly orders events ("after", "nachdem", "amid") rather than giving a reason.</summary>
    /// <remarks>", als die Importe die Exporte übertrafen": German's "when" clause after a comma orders as "nachdem" does.</remarks>
    public static bool IsTemporalCause(string key) => key is "after" or "nachdem" or "amid" || key.TrimStart(',').Trim() == "als";

    /// <summary>Whether a date key (<see cref="AnswerType.Date"/>) is a year, or a decade ("1950s", "1980er").</summary>
    public static bool IsYear(string key) => (Year().IsMatch(key) && key.Length == 4) || Decade().IsMatch(key);

    [GeneratedRegex(@"^(1[0-9]{3}|20[0-9]{2})(s|er)$")]
    private static partial Regex Decade();

    [GeneratedRegex(@"\b((1[0-9]|20)[0-9]0(s|er)|\d{1,2}(st|nd|rd|th)\s+century|\d{1,2}\.\s+jahrhunderts?|(\d[\d.,]*|\p{L}+)\s+((million|billion|thousand|millionen|milliarden|tausend)\s+)?(years?|decades?|centuries|millennia|months?|weeks?|days?)\s+ago|(half\s+)?an?\s+(decade|century|millennium)\s+ago|vor\s+(\d[\d.,]*|\p{L}+)\s+((millionen|milliarden|tausend)\s+)?(jahren|jahrzehnten|jahrhunderten|jahrtausenden|monaten|wochen|tagen)|vor\s+(jahrzehnten|jahrhunderten|jahrtausenden)|vor\s+((gut|knapp|fast|rund|mehr\s+als)\s+)?einem\s+(halben\s+)?(jahrzehnt|jahrhundert|jahrtausend))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Period();

    [GeneratedRegex(@"\b(1[0-9]{3}|20[0-9]{2})\b")]
    private static partial Regex Year();

    /// <summary>
    /// A quarter, half or end of a year: "third quarter", "Q3", "zweiten Quartal", "das vierte Quartal" (every case of
    /// the German ordinal), "Jahresende", "end of next year". Not a
    /// month's ("Anfang dieses Monats" dates the report, as "heute" does, more often than the asked event).
    /// </summary>
    [GeneratedRegex(@"\b((first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter|q[1-4]|(first|second)\s+half\s+of|(end|middle|start|beginning)\s+of\s+(the\s+|this\s+|next\s+|last\s+)?(year|decade)|year[- ]end"
        + @"|(erste|zweite|dritte|vierte|letzte)[nms]?\s+(quartal|halbjahr|jahreshälfte|jahresviertel)|jahres(ende|mitte|anfang|beginn|wechsel)s?|(ende|mitte|anfang|beginn)\s+(des|dieses|nächsten|kommenden|vergangenen)\s+(jahres|jahrzehnts))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfYear();

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex BareYear();

    /// <summary>
    /// Whether the figure at <paramref name="index"/> follows a word of approximation ("mehr als 2000", "some 1,900"): a
    /// quantity, which a year never is.
    /// </summary>
    public static bool FollowsApproximation(string text, int index) => Approximation().IsMatch(text[..index]);

    /// <summary>
    /// Whether the word right after the figure from <paramref name="start"/> to <paramref name="end"/> is the asked counted
    /// noun ("attended by 2000 guests", "2000 Gäste"): a year dates a fact and is seldom followed by what the question
    /// counts, so the figure is a quantity. Not after a preposition of time or a month: "In 2010 people voted", "In March
    /// 2010 people took to the streets" date the fact ("by" and "of" stay out: "rose by 2000 jobs", "a crowd of 2000 people").
    /// </summary>
    private static bool PrecedesCountedNoun(string text, int start, int end, Func<string, bool>? isCountedNoun) =>
        isCountedNoun is not null && !TimePrepositionBefore().IsMatch(text[..start]) && !AfterMonth(text, start)
        && WordRightAfter().Match(text, end) is { Success: true } next && isCountedNoun(next.Groups["word"].Value);

    private static bool AfterMonth(string text, int start) =>
        LastWordBefore().Match(text[..start]) is { Success: true } last && DateWords.IsMonth(last.Groups["word"].Value);

    [GeneratedRegex(@"(?<word>\p{L}+)\.?\s+$")]
    private static partial Regex LastWordBefore();

    [GeneratedRegex(@"\b(in|im|seit|since|until|till|bis|ab|vor|nach|before|after|during|während|zwischen|between)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TimePrepositionBefore();

    /// <summary>The word after a figure, one space away: "2000 guests", not "2000, guests" nor "2000 – the guests".</summary>
    [GeneratedRegex(@"\G\s(?<word>\p{L}+)")]
    private static partial Regex WordRightAfter();

    [GeneratedRegex(@"\b(mehr\s+als|weniger\s+als|über|rund|etwa|knapp|fast|beinahe|mindestens|gut|bis\s+zu|ungefähr|circa|ca\.|more\s+than|less\s+than|fewer\s+than|over|about|around|nearly|almost|some|at\s+least|up\s+to|roughly|approximately)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Approximation();

    /// <summary>"21.45", "7:30", and a full hour: "gegen 19 Uhr", "at 7pm", "7 p.m.".</summary>
    [GeneratedRegex(@"(?<![\d.,])\b\d{1,2}[:.][0-5]\d\b(?![.,]\d)|\b\d{1,2}\s*(Uhr\b|a\.m\.|p\.m\.)|\b\d{1,2}(am|pm)\b|\b\d{1,2}\s+pm\b", RegexOptions.IgnoreCase)]
    private static partial Regex Clock();
}
