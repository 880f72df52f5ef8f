using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

/// <summary>The year inside a dotted date term ("19.3.2016") shows the question's year, and no other figure.</summary>
public sealed class YearsInDatesTests
{
    [Theory]
    [InlineData("2016", "19.3.2016", true)]
    [InlineData("2016", "01.11.2016", true)]
    [InlineData("2016", "19.3.2015", false)]
    [InlineData("2016", "12016", false)]
    [InlineData("016", "19.3.2016", false)]
    [InlineData("2016", "1.000.2016", false)]
    public void A_dotted_date_shows_its_year(string year, string term, bool shown) =>
        Assert.Equal(shown, YearsInDates.Shows(year, term));
}
