namespace Briefing.Core.Answering;

/// <summary>
/// The articles read while checking one question, by id (analysed terms of the title and every passage, and those
/// texts): each article is analysed once however many of its passages were retrieved and however many checks read it.
/// </summary>
internal sealed class ArticleTexts() : Dictionary<string, (IReadOnlySet<string> Terms, IReadOnlyList<string> Texts)>(StringComparer.Ordinal);
