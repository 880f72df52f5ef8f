using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// A sentence that names the asked question as open: an embedded question of the asked kind that the report says it
/// cannot answer. "Wie viele Eltern befragt wurden, geht aus dem Vorbericht nicht hervor", "Wann mit einer Entscheidung
/// zu rechnen ist, war vorerst nicht bekannt", "Unklar blieb, wie viele …", "It is not known how many …". News writes
/// what it does not know this way, most often in the question's own words but in another word class ("Entscheidung" for
/// "entscheiden"), so the question's verb need not show; the question word tells that it is the asked kind of fact. An
/// article that says so does not answer the question with its other figures or dates (the unveiled chamber's discovery
/// year, the day of the report).
/// </summary>
/// <remarks>
/// Only an embedded question counts: "Was sie geladen hatten, ist vorerst noch unklar" leaves open what, which no
/// number, date or name question asks (<see cref="OpenQuestionWord"/>), and a bare "offen" or "unklar" without a
/// question word says nothing of which fact is open.
/// </remarks>
internal static partial class OpenQuestion
{
    /// <summary>The sentence states an open question of the kind <paramref name="expected"/> asks for (<see cref="OpenQuestionWord"/>).</summary>
    public static bool OfKindIn(string sentence, AnswerType expected) => OpenQuestionWord.FitsKind(StatedOpen(sentence), expected);

    /// <summary>The first clause that states an open question, its question word in the group "wh"; null when it states none.</summary>
    private static Match? StatedOpen(string sentence) =>
        ((Regex[])[ClauseFirst(), ClauseAfter(), NotKnownEnglish()]).Select(regex => regex.Match(sentence)).FirstOrDefault(open => open.Success);

    /// <summary>The German question words that open an embedded question of a fact: who, where, when, how many or much, which.</summary>
    private const string GermanWh = @"(?<wh>wann|wer|wo|wohin|wie\s+viel\p{L}*|wie\s+hoch|welche[rsmn]?)";

    /// <summary>What the sentence says of the embedded question: open, unclear, unknown, not said by its source.</summary>
    private const string GermanOpen =
        @"(?:(?:ist|war|sei|bleibt|blieb|sind|waren)\s+(?:(?:noch|vorerst|zunächst|bislang|bisher|weiter|völlig|derzeit)\s+)*(?:offen|unklar|unbekannt|nicht\s+bekannt|ungewiss|ungeklärt)"
        + @"|geht\s+(?:\p{L}+\s+){0,5}?nicht\s+hervor"
        + @"|(?:wurde|wird|wurden|werden)\s+(?:(?:noch|vorerst|zunächst|bislang|bisher)\s+)*nicht\s+(?:bekanntgegeben|mitgeteilt|genannt|verraten))\b";

    /// <summary>"Wie viele Eltern befragt wurden, geht aus dem Vorbericht nicht hervor": the question first, at the sentence's start.</summary>
    [GeneratedRegex(@"^\W*" + GermanWh + @"\s[^.;:?!]{0,160}?,\s*" + GermanOpen, RegexOptions.IgnoreCase)]
    private static partial Regex ClauseFirst();

    /// <summary>"Unklar ist noch, wann …", "Offen blieb, wie viele …", "Aus dem Bericht geht nicht hervor, wer …".</summary>
    [GeneratedRegex(@"\b(?:(?:unklar|offen|unbekannt|nicht\s+bekannt|ungewiss)(?:\s+(?:ist|war|sei|bleibt|blieb))?(?:\s+(?:noch|vorerst|zunächst|bislang|bisher|aber|jedoch|allerdings))*"
        + @"|geht\s+(?:\p{L}+\s+){0,5}?nicht\s+hervor)\s*,\s*" + GermanWh + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseAfter();

    /// <summary>"It is not known how many …", "It remains unclear when …", "it was not disclosed who …".</summary>
    [GeneratedRegex(@"\b(?:not\s+(?:yet\s+)?(?:known|clear|been\s+disclosed|been\s+revealed|been\s+made\s+public)|unclear|unknown)\s+(?<wh>when|who|where|which|how\s+much|how\s+many|how\s+long)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotKnownEnglish();
}
