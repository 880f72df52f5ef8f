namespace Briefing.Core.Tests.Architecture.Fixture.Lower;

/// <summary>
/// Architecture-checker fixture: a lower layer whose only reference to the upper one is a static call inside a
/// method body — the kind of backward edge (an observation hook) that signatures alone would not show.
/// </summary>
internal static class LowerService
{
    public static int Work(int value) => Upper.UpperHook.Observe(value);
}
