using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "An welchem Tag wurden in Österreich im September die meisten Flüchtlinge gezählt?" over "… war der 14. September": a
/// when-question that names a month asks for a day within it. The month is the question's own, so a sentence dating its
/// fact to "14. September" held no new date (its only date word, the month, was asked); the day of that month is new.
/// </summary>
internal static class DayOfAskedMonth
{
    /// <summary>The months (1–12) a when-question names among its own date words (<see cref="AnswerCandidates.Asked"/>).</summary>
    public static IReadOnlySet<int> Framing(IReadOnlySet<string> askedDates) =>
        askedDates.Select(MonthNames.Number).Where(month => month > 0).ToHashSet();

    /// <summary>
    /// The days of the framing months the sentence writes, as date keys ("14. september"), when the question does not
    /// write that day itself. Days are compared by value, not text: "4. September" is not the question's "14. September",
    /// and an English article's "September 14" is.
    /// </summary>
    public static IEnumerable<string> In(string sentence, IReadOnlySet<int> framing, string question)
    {
        if (framing.Count == 0) return [];
        var own = CalendarDays.In(question).Select(day => (day.Day, day.Month)).ToHashSet();
        return CalendarDays.In(sentence).Where(day => framing.Contains(day.Month) && !own.Contains((day.Day, day.Month)))
            .Select(day => day.Written);
    }
}
