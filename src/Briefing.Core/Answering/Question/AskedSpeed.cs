using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// "How fast are the lifts?", "Wie schnell wächst die Wirtschaft?": a speed question is answered only by a sentence that
/// states a rate — a speed ("17m per second", "1.35km/h", "200 Kilometer pro Stunde", "30 knots") or, for growth, a
/// share ("grew by 4.6%"). Any other figure of the article on the topic — a time ("in about 30 seconds"), a height ("their
/// 382m track"), a sum — was quoted as the speed before, so a question none of whose chosen sentences states a rate is
/// abstained on, as an age question is (<see cref="AskedAge"/>).
/// </summary>
internal static partial class AskedSpeed
{
    /// <summary>Whether the question asks how fast something moves, grows or happens.</summary>
    public static bool IsAsked(string question) => SpeedAsked().IsMatch(question);

    /// <summary>Whether <paramref name="text"/> states a rate: a speed unit, a figure per unit of time, or a percentage.</summary>
    public static bool IsStatedIn(string text) => Rate().IsMatch(text);

    [GeneratedRegex(@"\b(how\s+fast|at\s+what\s+speed|wie\s+schnell|mit\s+welche[mr]\s+(geschwindigkeit|tempo))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeedAsked();

    /// <remarks>"per second", "pro Stunde", "an hour", "a year", "je Minute"; "km/h", "mph", "Stundenkilometer", "knots", "Mach 2"; "%".</remarks>
    [GeneratedRegex(@"\d\s*(km/h|kmh|kph|mph|m/s|km/s|/h\b|/s\b)|\b(mph|stundenkilometer\p{L}*|knots?|knoten|mach\s+\d)\b|%|\b(" + PercentWords.Percent + @")\b"
        + @"|\b(per|pro|a|an|je|every|each)\s+(second|seconds|sekunde|minute|hour|stunde|day|tag|week|woche|month|monat|year|jahr)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rate();
}
