using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Llm;

/// <summary>Stands in for the embedded extractive generator: quotes the first passage's first sentence.</summary>
internal sealed class StubExtractiveGenerator : IAnswerGenerator
{
    public const string Marker = "EXTRACTIVE";

    public string Name => "extractive";

    public int Calls { get; private set; }

    public Task<GeneratedAnswer> GenerateAsync(AnswerContext context, CancellationToken cancellationToken)
    {
        Calls++;
        if (context.Passages.Count == 0)
            return Task.FromResult(new GeneratedAnswer(true, "nothing", [], Name));
        var hit = context.Passages[0];
        var quote = Briefing.Core.Text.SentenceSplitter.Split(hit.Passage.Text)[0];
        var citation = new Citation(1, hit.Article.Id, hit.Article.Title, hit.Article.Source, hit.Article.Url, hit.Article.Published, hit.Passage.Id, quote);
        return Task.FromResult(new GeneratedAnswer(false, $"{Marker}: {quote} [1]", [citation], Name));
    }
}
