namespace Briefing.Core.Tests.Architecture.Fixture.Upper;

/// <summary>Architecture-checker fixture: the upper layer <see cref="Lower.LowerService"/> reaches into.</summary>
internal static class UpperHook
{
    public static int Observe(int value) => value + 1;
}
