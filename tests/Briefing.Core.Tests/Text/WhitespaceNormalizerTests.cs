using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class WhitespaceNormalizerTests
{
    [Theory]
    [InlineData("  a \t b\r\n\nc  ", "a b c")]
    [InlineData("Grüße\u00A0aus\u2009Köln", "Grüße aus Köln")]
    [InlineData("\uFEFFStart", "Start")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void CollapsesRunsOfWhiteSpaceAndTrims(string? text, string expected) =>
        Assert.Equal(expected, WhitespaceNormalizer.Collapse(text));
}
