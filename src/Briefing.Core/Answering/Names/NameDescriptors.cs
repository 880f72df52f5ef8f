using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// English writes what kind of thing a name is right before it, in lower case: "Australian miner WMC", "broadcaster Five",
/// "striker Wayne Rooney". The word describes the name the question is about; it is no topic of its own, and an article
/// that names the company ("WMC said it made net profits of 1.33bn Australian dollars in 2004") speaks of it, however
/// seldom it calls it a miner. (German capitalises every noun, so "der Sender Five" is read by <see cref="NameAfterNoun"/>.)
/// </summary>
internal static partial class NameDescriptors
{
    /// <summary>The lower-case words of an English question that stand right before a capitalised word (a name); none for German.</summary>
    public static IReadOnlySet<string> In(string question, string language) =>
        language == "en"
            ? BeforeName().Matches(question).Select(m => m.Groups["word"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>A lower-case word, one space, then a capitalised word that is not the pronoun "I".</summary>
    [GeneratedRegex(@"\b(?<word>\p{Ll}[\p{Ll}\-]+)\s(?=\p{Lu}(?!\b))")]
    private static partial Regex BeforeName();
}
