using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The jobs a sentence gives someone (<see cref="AnswerType.Occupation"/>): news says an occupation in a phrase of
/// its own, not in the question's words — "Von Beruf ist Cekic Hausmeister", "arbeitet als Krankenpfleger", "als
/// Lehrerin tätig", "gelernter Tischler", "she works as a nurse", "a plumber by trade", "a 34-year-old plumber from
/// Leeds". The job word is the candidate, so a question that already names it ("Is she a nurse?") is not answered by it.
/// </summary>
internal static partial class OccupationPhrases
{
    /// <returns>The job words, lower-cased.</returns>
    public static IEnumerable<string> In(string text)
    {
        foreach (var pattern in new[] { GermanJob(), GermanJobBefore(), EnglishJob(), EnglishJobBefore(), RoleBeforeName(), GermanRoleBeforeName(),
                     GermanSpeakerRole(), EnglishSpeakerRole(), GermanJobAfterName(), EnglishJobAfterName(), GermanJobAsWhat(), GermanAge(),
                     EnglishJobWas(), EnglishJobBetweenDashes() })
            foreach (Match match in pattern.Matches(text))
            {
                var job = match.Groups["job"].Value;
                if (job.Length > 2 && IsJobWord(job) && !FunctionWords.IsFunctionWord(job)
                    // "im Oktober Innenminister Thomas Müller": a month (or season) ends like an agent noun.
                    && !DateWords.IsMonth(job) && !DateWords.Dates(job))
                    yield return job.ToLowerInvariant();
            }
        // "a 34-year-old plumber": an age before a lower-case noun is a description; only a person noun that says
        // nothing of a job ("man", "mother") is none.
        foreach (Match match in EnglishAge().Matches(text))
            if (IsJobWord(match.Groups["job"].Value)) yield return match.Groups["job"].Value.ToLowerInvariant();
    }

    /// <summary>The endings of a German job noun ("Assistent", "Jurist", "Kraftfahrer", "Kauffrau").</summary>
    private const string GermanJobEnding = "(ist|er|or|ant|ent|eur|loge|in|arzt|ärztin|mann|frau)";

    /// <summary>The endings of an English agent noun ("manager", "analyst"; "coach" has none and is named where read).</summary>
    private const string EnglishJobEnding = "(ist|yst|er|or|ian|ant|ent|eur|man|woman)";

    /// <summary>
    /// Whether a word the job markers found may be a job: not a plain word for one person ("ein 12-jähriger Bub", "a
    /// 34-year-old man"; <see cref="PersonNouns.IsPlainPerson"/>) nor one of <see cref="NotJobs"/>.
    /// </summary>
    private static bool IsJobWord(string word) => !PersonNouns.IsPlainPerson(word) && !NotJobs.Contains(word);

    /// <summary>
    /// Person nouns and adjectives that follow the job markers without being a job ("works as a team", "a 34-year-old
    /// mother"), and the roles a person has in an incident report ("der 45-jährige Lenker", "der 30-jährige Verdächtige").
    /// </summary>
    private static readonly FrozenSet<string> NotJobs = FrozenSet.ToFrozenSet(
    [
        "men", "women", "child", "baby", "person", "mother", "father", "son", "daughter",
        "wife", "husband", "brother", "sister", "grandmother", "grandfather", "teenager", "student", "pupil", "former",
        "team", "volunteer", "part", "full", "local", "british", "american",
        "whether", "another", "together", "however", "neither", "either", "rather", "further", "other", "later", "earlier",
        "member", "winner", "leader", "partner", "supporter", "owner", "founder",
        "Kind", "Mutter", "Vater", "Sohn", "Tochter", "Team",
        // After an age ("ein 17-jähriger Jugendlicher"): people, not jobs.
        "Jugendliche", "Jugendlicher",
        // Who someone is in a crime or accident report ("Der 45-jährige Lenker wurde verletzt").
        "Lenker", "Lenkerin", "Verdächtige", "Verdächtiger", "Beschuldigte", "Beschuldigter", "Täter", "Täterin", "Radfahrer",
        "Radfahrerin", "Fußgänger", "Fußgängerin", "Beifahrer", "Beifahrerin",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Von Beruf ist Cekic Hausmeister", "ist von Beruf Lehrerin", "arbeitet als Krankenpfleger", "arbeitete zuletzt
    /// als freier Journalist", "gelernter Tischler", "hauptberuflich Landwirt": the last capitalised word of the noun group.
    /// </summary>
    [GeneratedRegex(@"\b([Vv]on\s+Beruf|([Hh]aupt|[Nn]eben)beruflich|(arbeitet|arbeitete|arbeiten|arbeiteten|gearbeitet|jobbt|jobbte|beschäftigt|angestellt|tätig|ausgebildet|Karriere|Job)(\s+[\p{L}\d]+){0,3}?\s+als|[Gg]elernte[rn]?|[Aa]usgebildete[rn]?)\s+((ist|war|sind|waren)\s+)?((\p{Lu}\p{L}*|der|die|das|er|sie|ein|eine|einer|einen|\p{Ll}+e[rnms]?)\s+){0,3}?(?<job>\p{Lu}\p{Ll}+)(?![\p{L}\-]|\s+\p{Lu})")]
    private static partial Regex GermanJob();

    /// <summary>"als Lehrerin tätig", "als Hausmeister beschäftigt", "ist sonst als Fotograf unterwegs": the job before the verb.</summary>
    [GeneratedRegex(@"\bals\s+(\p{Ll}+e[rnms]?\s+)?(?<job>\p{Lu}\p{Ll}+)\s+(tätig|beschäftigt|angestellt|gearbeitet|arbeitet|arbeitete|jobbt|jobbte|unterwegs|aktiv)\b")]
    private static partial Regex GermanJobBefore();

    /// <summary>"works as a nurse", "worked as a senior engineer", "employed as a driver", "trained as a chef", "his job as a porter".</summary>
    [GeneratedRegex(@"\b(work|works|worked|working|employed|trained|qualified|job|career|living)\s+as\s+(" + ArticleAlternations.English + @")\s+([a-z]+\s+)?(?<job>[a-z]{3,})\b(?!\s+[a-z]+er\b)")]
    private static partial Regex EnglishJob();

    /// <summary>"a plumber by trade", "an engineer by profession".</summary>
    [GeneratedRegex(@"\b(" + EnglishFunctionWords.IndefiniteArticleAlternation + @")\s+(?<job>[a-z]{3,})\s+by\s+(trade|profession|training)\b")]
    private static partial Regex EnglishJobBefore();

    /// <summary>
    /// "Economist Thomas Piketty challenges ...", "the guitarist Patrick Walden": an agent noun (-ist, -er, -or, -ian ...)
    /// right before a two-word name; capitalised only at the sentence's start (inside it, a capitalised word there is
    /// mostly part of the name).
    /// </summary>
    [GeneratedRegex(@"(^\s*(?<job>\p{Lu}\p{Ll}{3,}(ist|er|or|ian|ant|ent|eur|man|woman|loge|login|in))|\b(?<job>\p{Ll}{4,}(ist|er|or|ian|ant|ent|eur|man|woman)))\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+")]
    private static partial Regex RoleBeforeName();

    /// <summary>
    /// "der Wirtschaftswissenschaftler Thomas Piketty", "die Ministerin Lena Roth": German writes the noun capitalised after
    /// an article, also the sentence's first word; the first of two joined by "und" ("Der Winzer und Multimillionär Robert Oatley").
    /// </summary>
    /// <remarks>
    /// Also after an article joined to its preposition ("vom Psychologen Donald Hebb") or right after a lower-case word,
    /// as German writes a title before a name without one ("von Wirtschaftsprüfer Thomas Havranek", "machte
    /// Ex-Profi-Fußballer Otto Konrad"); the noun may be a hyphenated compound and declined ("Psychologen").
    /// </remarks>
    [GeneratedRegex(@"(\b(?i:" + GermanFunctionWords.DefiniteArticleAlternation + @"|vom|beim|zum|zur|im|am)\s+(\p{Ll}+e[rnms]?\s+)?|(?<=\b\p{Ll}+\s))(?<job>\p{Lu}[\p{L}\-]*\p{Ll}{2,}" + GermanJobEnding + @"n?)(\s+und\s+\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+")]
    private static partial Regex GermanRoleBeforeName();

    /// <summary>
    /// "Helmut Graupner, Anwalt und Präsident des Rechtskomitees Lambda, will ...", "Fred Langford, Chef der IWF, warnt",
    /// "Konvička, ein Zoologie-Dozent an der Universität", "Oliver Pilz, ein Lehrer aus Miskolc":
    /// news names a person once and gives the job right after the name, set off by a comma; the noun goes on with "und",
    /// a genitive or a preposition, or ends the apposition.
    /// </summary>
    [GeneratedRegex(@"\p{Lu}[\p{L}\-]+,\s+((ein|eine)\s+)?(?<job>\p{Lu}[\p{L}\-]*\p{Ll}{3})(?=\s*,|\s+(und|der|des|an|aus|bei|beim|von|vom|im|am|für)\s)")]
    private static partial Regex GermanJobAfterName();

    /// <summary>
    /// "said Pete Simpson, head of the threat laboratory at security firm Clearswift", "Jane Roe, a lecturer at ...",
    /// "Nick Donofrio, senior vice-president of technology" (a hyphenated job): the
    /// job after the name and its comma, going on with "of", "at", "for" or "with" (what or where the job is).
    /// </summary>
    [GeneratedRegex(@"\p{Lu}[\p{L}'\-]+,\s+((a|an|the)\s+)?(\p{Ll}+\s+)?(?<job>\p{Ll}[\p{Ll}\-]{2,})\s+(of|at|for|with)\s")]
    private static partial Regex EnglishJobAfterName();

    /// <summary>
    /// "Ragger sei als Anwalt mit einer gut gehenden Kanzlei unabhängiger": "als" after a form of "sein" says what the
    /// person is by trade ("ist als Lehrerin", "war als Richter").
    /// </summary>
    /// <remarks>
    /// The person's name may stand between the verb and "als", as German puts the subject after a fronted adverb:
    /// "Derzeit ist Mete als Assistent des Obmanns … beschäftigt". German capitalises every noun, so a word there may be
    /// no name ("Heute ist Wien als Standort beliebt", "war Jahrzehnte als Hotel genutzt"): then only an agent noun is a job.
    /// </remarks>
    [GeneratedRegex(@"\b(ist|war|sei|wäre)\s+als\s+(\p{Ll}+e[rnms]?\s+)?(?<job>\p{Lu}\p{Ll}{3,})\b|\b(ist|war|sei|wäre)\s+\p{Lu}[\p{L}\-]+\s+als\s+(\p{Ll}+e[rnms]?\s+)?(?<job>\p{Lu}\p{Ll}{2,}" + GermanJobEnding + @")\b")]
    private static partial Regex GermanJobAsWhat();

    /// <summary>
    /// Whether the sentence refers to the person it quotes by their job, as news does after naming them once: "...,
    /// meint der Rohstoffanalyst.", "..., said the economist." The job noun then stands for that person, as a pronoun would.
    /// </summary>
    public static bool NamesSpeakerByJob(string sentence) => GermanSpeakerRole().IsMatch(sentence) || EnglishSpeakerRole().IsMatch(sentence);

    /// <summary>"..., meint der Rohstoffanalyst.", "sagte die Ökonomin": an agent noun with the definite article right after a speech verb, ending the clause.</summary>
    [GeneratedRegex(@"\b(" + SayingVerbs.GermanClosingAttribution + @")\s+(der|die)\s+(\p{Ll}+e[rn]?\s+)?(?<job>\p{Lu}\p{Ll}{3,}(ist|istin|yst|ystin|er|erin|or|orin|ant|antin|ent|entin|eur|loge|login|arzt|ärztin|mann|frau|at|atin))(?=\s*([.,;:!?]|$))")]
    private static partial Regex GermanSpeakerRole();

    /// <summary>"..., said the analyst.", "says the 45-year-old economist": the job noun right after a speech verb, ending the clause.</summary>
    [GeneratedRegex(@"\b(" + SayingVerbs.EnglishClosingAttribution + @")\s+the\s+(\d{1,3}-year-old\s+|[a-z]+\s+)?(?<job>[a-z]{4,}" + EnglishJobEnding + @")(?=\s*([.,;:!?]|$))")]
    private static partial Regex EnglishSpeakerRole();

    /// <summary>
    /// "Der Mann ist ein 26-jähriger Kraftfahrer aus dem Bezirk Graz-Umgebung", "der 37-jährige Jurist": German, like English
    /// (<see cref="EnglishAge"/>), describes a person by an age and a noun, and the noun is mostly their job. Only the age
    /// as an adjective ("-jährige"): "der 37-Jährige Müller" is the age as a noun before a name. Only an agent noun, by
    /// the endings <see cref="GermanRoleBeforeName"/> reads: police reports put anything after an age ("ein 12-jähriger
    /// Bub", "der 30-jährige Verdächtige").
    /// </summary>
    [GeneratedRegex(@"\b\d{1,3}-jährige[rnms]?\s+(?<job>\p{Lu}[\p{L}\-]*\p{Ll}{2,}" + GermanJobEnding + @")(?![\p{L}\-])")]
    private static partial Regex GermanAge();

    /// <summary>
    /// "his previous job was school standards minister", "her job is senior engineer": the job said as what someone's job
    /// is; the agent noun that heads the noun group after it, ending it or going on with where or what the job is
    /// ("senior manager at the bank" is a manager). Not "his job was to …", nor a word with an agent's ending that heads
    /// no noun group ("The job was never going to be easy", "His job is under threat").
    /// </summary>
    [GeneratedRegex(@"\bjob\s+(is|was)\s+((a|an|the)\s+)?(?!to\b)([a-z]+\s+){0,3}(?<job>[a-z]{3,}" + EnglishJobEnding + @")(?=\s*([.,;:!?]|$)|\s+(at|of|for|in|with|and)\b)")]
    private static partial Regex EnglishJobWas();

    /// <summary>
    /// "Clive Griffiths - Wales' defensive coach - is a former St Helens player": the job set off by dashes after the name,
    /// as <see cref="EnglishJobAfterName"/> reads it set off by a comma; the last word before the closing dash, an agent
    /// noun or a bare job head ("coach", "chief"), not any aside ("Prices - already very high - rose"). Any dash, as
    /// typeset news writes the em dash.
    /// </summary>
    [GeneratedRegex(@"\p{Lu}[\p{L}'\-]+\s+[-–—]\s+(\p{Lu}[\p{L}]*'s?\s+)?((a|an|the)\s+)?(\p{Ll}+\s+){0,2}(?<job>\p{Ll}{4,}" + EnglishJobEnding + @"|coach|chief|head)\s+[-–—]\s")]
    private static partial Regex EnglishJobBetweenDashes();

    /// <summary>"a 34-year-old plumber", "the 52-year-old taxi driver": the noun after the age.</summary>
    [GeneratedRegex(@"\b\d{1,3}-year-old\s+(?<job>[a-z]{3,})\b")]
    private static partial Regex EnglishAge();
}
