using Briefing.Core.Answering;
using Xunit;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "the 1700s" are the 18th century: a question about them is answered by a sentence that names the century by its
/// ordinal (<see cref="CenturyOfYears"/>, read by <see cref="AskedYears"/>), never by one about another century.
/// </summary>
public sealed class CenturyOfYearsTests
{
    [Theory]
    [InlineData("roughly 500,000 Huguenots had fled France by the early 18th century.", true)]
    [InlineData("waren bis zum frühen 18. Jahrhundert ungefähr 500.000 Hugenotten aus Frankreich geflohen.", true)]
    [InlineData("roughly 500,000 Huguenots had fled France by the early 19th century.", false)]
    [InlineData("roughly 500,000 Huguenots had fled France.", false)]
    public void The_hundred_years_of_a_round_year_are_its_century(string sentence, bool shown) =>
        Assert.Equal(shown, AskedYears.Of("How many Huguenots fled France by the 1700s?").AreShownNear([sentence], 0, ""));

    [Fact]
    public void A_round_year_alone_is_no_century() =>
        Assert.False(AskedYears.Of("How many Huguenots fled France in 1700?").AreShownNear(["They had fled by the early 18th century."], 0, ""));
}
