using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// A count told by an ordinal of a series: "zum dritten Mal", "for the fourth time", "the seventh straight win", "im
/// fünften Spiel in Folge", "the 19th month in a row". It answers "Wie oft …?", "How many times …?", "Zum wievielten Mal
/// …?" and "How many months in a row …?" as "dreimal" or "seven times" does; read as no figure, the sentence that says it
/// held nothing new and the lede that restates the question led.
/// </summary>
/// <remarks>
/// Only for a question that asks how often or how long a run lasted (<see cref="IsAsked"/>): "for the second time" is
/// common in news and would otherwise pass for the answer to any "how much". "first" and "last" count no series.
/// </remarks>
internal static partial class OrdinalSeries
{
    /// <summary>Whether the question asks how often something happened, or how long a run of it lasted.</summary>
    public static bool IsAsked(string question) => SeriesAsked().IsMatch(question);

    /// <summary>"Zum wievielten Mal …?", "For the how-manyth time …?": the ordinal interrogative of times asks a count.</summary>
    public static bool AsksWhichTime(string question) => WhichTime().IsMatch(question);

    [GeneratedRegex(@"\b((zum|das|die)\s+wievielte[nms]?\s+mal|wievielte[nms]?\s+mal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhichTime();

    /// <summary>The ordinals of <paramref name="text"/> that count a series, lower-cased ("dritten", "19th"), as comparable keys.</summary>
    /// <remarks>One written in digits keys as its figure ("19th", "26." → "19", "26"), as the digits of the sentence do.</remarks>
    public static IEnumerable<string> In(string text) =>
        Series().Matches(text).Select(m => m.Groups["ordinal"].Value.ToLowerInvariant())
            .Select(o => char.IsDigit(o[0]) ? NumberTokens.Normalize(new string(o.TakeWhile(c => char.IsDigit(c) || c == ',').ToArray()).TrimEnd(',')) : o);

    /// <summary>The German words after a noun that make it a run: "in Folge", "hintereinander", "in Serie".</summary>
    internal const string GermanRunAfter = @"in\s+folge|hintereinander|in\s+serie";
    /// <summary>The English words after a noun that make it a run: "in a row", "running".</summary>
    internal const string EnglishRunAfter = @"in\s+a\s+row|running";
    /// <summary>The English adjectives before a noun that make it a run: "the seventh straight win".</summary>
    internal const string RunAdjective = @"straight|consecutive|successive";

    [GeneratedRegex(@"\b(how\s+many\s+times|how\s+often|wie\s+oft|wie\s+viele\s+male|zum\s+wievielten\s+mal|(der|das|die)\s+wievielte|wievielte[nms]?\s+mal"
        + @"|how\s+many\s+(\p{L}+\s+){1,3}(" + EnglishRunAfter + "|" + RunAdjective + @")|how\s+many\s+(" + RunAdjective + @")"
        + @"|wie\s+vielen?\s+(\p{L}+\s+){1,3}(" + GermanRunAfter + @"))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeriesAsked();

    /// <summary>
    /// An ordinal before "Mal" / "time", or before up to two words and a word of a run ("in Folge", "hintereinander",
    /// "in a row", "running"), or right before "straight" / "consecutive" / "successive".
    /// </summary>
    [GeneratedRegex(@"\b(?<ordinal>(?!(erst|letzt|vorletzt)\p{L}*\b)" + RankPhrases.GermanOrdinal + @"|\d{1,3}\.)\s+(mal\b|([\p{L}\-]+\s+){1,2}(" + GermanRunAfter + @")\b)"
        + @"|\b(?<ordinal>(?!(first|last)\b)" + RankPhrases.EnglishOrdinal + @")\s+(time\b|(" + RunAdjective + @")\b|([\p{L}\-]+\s+){1,2}(" + EnglishRunAfter + @")\b)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Series();
}
