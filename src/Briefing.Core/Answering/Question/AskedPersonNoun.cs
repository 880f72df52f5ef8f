using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "What's the name of the fan who jumped on stage?", "Wie hieß der Pensionist, der ertrunken ist?": a person the question
/// asks for by a plain noun and a clause about them. The answer names someone right beside that noun ("the fan, John
/// Smith,", "ein Pensionist namens Karl Huber"); a name elsewhere in the sentence that tells the story is someone else's:
/// the spokesman reporting it ("A fan jumped on stage and attacked the singer, ..., spokesman Paul Smernicki said").
/// </summary>
internal static partial class AskedPersonNoun
{
    /// <summary>The noun the question names its person by; null when it asks otherwise.</summary>
    /// <remarks>
    /// An age may be the noun ("Wie hieß die 23-Jährige, die …?", "the name of the 23-year-old who …"): the report writes
    /// it before the noun it describes ("das 23-jährige Opfer"), and the name stands beside that.
    /// "the name of the farmer killed in Fenwick" matches with "in" before the name: a function word is no noun, and
    /// the question then asks by a clause the pattern does not read.
    /// </remarks>
    public static string? Of(string question) =>
        (English().Match(question) is { Success: true } en ? en : German().Match(question)) is { Success: true } match
        && match.Groups["noun"].Value is var noun && !FunctionWords.IsFunctionWord(noun)
            ? noun
            : null;

    /// <summary>"the name of the fan who ...", "the name of the boy Michael Jackson is accused of ...".</summary>
    [GeneratedRegex(@"\bname\s+of\s+(" + ArticleAlternations.English + @")\s+([\p{L}-]+\s+){0,3}?(?<noun>(\d+-)?\p{Ll}[\p{L}-]*)\s+(who|whom|that|whose|\p{Lu})")]
    private static partial Regex English();

    /// <summary>"Wie hieß der Pensionist, der ...", "Wie heißt die Betreuerin, um die ...", "Wie heißen die Redakteure, die ...".</summary>
    [GeneratedRegex(@"\b[Ww]ie\s+(heißt|hieß|heisst|hiess|heißen|hießen|heissen|hiessen)\s+(der|die)\s+([\p{L}-]+\s+){0,2}?(?<noun>(\d+-)?\p{Lu}[\p{L}-]*)\s*,\s*(\p{Ll}+\s+)?(der|die|den|dem|dessen|deren)\b")]
    private static partial Regex German();
}
