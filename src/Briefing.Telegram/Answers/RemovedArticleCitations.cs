using Briefing.Core.Curation;
using Briefing.Core.Search;

namespace Briefing.Telegram.Answers;

/// <summary>A removed article's quotes leave the stored answers, so the "Sources" button of an old answer cannot show them.</summary>
public sealed class RemovedArticleCitations(IAnswerStore answers) : IArticleRemovalListener
{
    public void OnArticlesRemoved(IReadOnlyList<IndexedArticle> removed) =>
        answers.WithdrawCitations(removed.Select(a => a.Article.Id).ToList());
}
