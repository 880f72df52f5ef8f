namespace Briefing.Core.Tests.Architecture;

/// <summary>A reference from code in one folder (namespace) to a type in another, with one example that makes it.</summary>
internal sealed record FolderEdge(string From, string To, string Example);
