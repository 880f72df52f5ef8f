namespace Briefing.Core.Answering;

/// <summary>What a name in a sentence names, as far as its context tells (no gazetteer is installed).</summary>
internal enum NameKind
{
    /// <summary>Nothing around the name tells.</summary>
    Unknown,
    Person,
    Organisation,
    Place,
}
