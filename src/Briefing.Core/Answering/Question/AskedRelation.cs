using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The role a who-question asks by a verb or a relation instead of a role noun: "Who refereed the match?", "Wer
/// dirigierte das Konzert?", "Who coached the team?", "Mit wem ist X verheiratet?", "Wie hieß die Frau, mit der X
/// verheiratet war?". A sentence about the event that names people in other roles ("Newcastle centre Mathew Tait
/// scored", "Sultan Turki bin Said") does not answer: the answering sentence shows the relation by the verb or its role
/// noun, in either language ("referee", "Schiedsrichter", "his wife", "seine Frau", "married").
/// </summary>
internal static partial class AskedRelation
{
    /// <summary>The relations, also read as the predicate a sentence words otherwise (<see cref="RelationParaphrases"/>).</summary>
    internal static readonly AskedAndShown[] Relations =
    [
        new(RefereeAsked(), RefereeShown()),
        new(CoachAsked(), CoachShown()),
        new(DirectorAsked(), DirectorShown()),
        new(ConductorAsked(), ConductorShown()),
        new(ChairAsked(), ChairShown()),
        new(CaptainAsked(), CaptainShown()),
        new(SpouseAsked(), SpouseShown()),
    ];

    /// <summary>The first relation <paramref name="question"/> asks by: its verb or noun as written; null when it asks none.</summary>
    public static string? In(string question) => AskedAndShown.FirstAsked(Relations, question);

    /// <summary>Whether <paramref name="sentence"/> shows every relation <paramref name="question"/> asks (true when it asks none).</summary>
    public static bool IsShownIn(string question, string sentence) => AskedAndShown.AllShown(Relations, question, sentence);

    [GeneratedRegex(@"\b(refereed|refereeing|umpired|umpiring|pfiff|pfeift|gepfiffen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RefereeAsked();

    [GeneratedRegex(@"(refere|umpir|schiedsricht|unparteiisch|pfiff|pfeif|gepfiffen|whistle)", RegexOptions.IgnoreCase)]
    private static partial Regex RefereeShown();

    [GeneratedRegex(@"\b(coached|coaching|trainierte|trainiert|betreute|betreut)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CoachAsked();

    [GeneratedRegex(@"(coach|trainer|trainier|manager|managed|manages|boss|betreu|head\s+of)", RegexOptions.IgnoreCase)]
    private static partial Regex CoachShown();

    /// <remarks>"Who directed the film?", "Wer führte Regie?"; "directing" too ("Who is directing the remake?").</remarks>
    [GeneratedRegex(@"\b(directed|directing|inszenierte|inszeniert|regie)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DirectorAsked();

    [GeneratedRegex(@"(direct|regie|regisseur|inszen|filmmaker|film-maker|filmemacher|helm)", RegexOptions.IgnoreCase)]
    private static partial Regex DirectorShown();

    [GeneratedRegex(@"\b(dirigierte|dirigiert|dirigieren|conducted\s+the\s+(orchestra|concert|philharmonic))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConductorAsked();

    [GeneratedRegex(@"(dirig|conduct|maestro|orchest)", RegexOptions.IgnoreCase)]
    private static partial Regex ConductorShown();

    [GeneratedRegex(@"\b(chaired|chairing|chairs)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChairAsked();

    [GeneratedRegex(@"(chair|vorsitz|president|präsident|\bhead(ed|s)?\b|\bled\b|leitet|leitung)", RegexOptions.IgnoreCase)]
    private static partial Regex ChairShown();

    [GeneratedRegex(@"\b(captained|captaining|captains)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaptainAsked();

    [GeneratedRegex(@"(captain|skipper|kapitän|spielführer)", RegexOptions.IgnoreCase)]
    private static partial Regex CaptainShown();

    /// <summary>A spouse asked by marriage or by the spouse's noun ("his wife", "Ehefrau", "verheiratet", "married to").</summary>
    [GeneratedRegex(@"\b(verheiratet|heiratete|geheiratet|married|marry|marries|wife|husband|spouse|ehefrau|ehemann|gattin|gatte|witwe|widow)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpouseAsked();

    /// <remarks>German writes a spouse as "seine Frau" / "ihr Mann": the possessive makes the word a spouse.</remarks>
    [GeneratedRegex(@"(heirat|married|marry|marri|wife|wives|husband|spouse|\behe(frau|mann|paar|partner)|\behe\b|exfrau|exmann|gattin|\bgatte|witwe|widow|hochzeit|wedding|bride|braut"
        + @"|\b(" + GermanFunctionWords.ThirdPersonPossessiveAlternation + @")\s+(\p{Ll}+\s+)?(frau|mann)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SpouseShown();
}
