using Briefing.Core.Answering;
using Briefing.Core.Conversations;
using Briefing.Core.Llm;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Llm;

/// <summary>Follow-ups resolved by the model from the <c>Condense</c> prompt, with the offline condenser as fallback.</summary>
public sealed class LlmQuestionCondenserTests
{
    private static readonly IReadOnlyList<ChatTurn> History =
    [
        new("Wann wurde die SCO gegründet?", "Wann wurde die SCO gegründet?", "Die SCO wurde 2001 gegründet [1]."),
    ];

    [Fact]
    public async Task QuestionWithoutHistoryIsReturnedWithoutAModelCall()
    {
        using var host = LlmTestHost.Start();

        var standalone = await host.Get<LlmQuestionCondenser>().CondenseAsync("Wer ist Mitglied?", "de", [], CancellationToken.None);

        Assert.Equal("Wer ist Mitglied?", standalone);
        Assert.Empty(host.Server.Requests);
    }

    [Fact]
    public async Task FollowUpIsRewrittenFromTheConversation()
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text("\"Welche Staaten sind Mitglied der SCO?\"\n"));

        var standalone = await host.Get<LlmQuestionCondenser>().CondenseAsync("Und wer ist Mitglied?", "de", History, CancellationToken.None);

        Assert.Equal("Welche Staaten sind Mitglied der SCO?", standalone);
        var user = Assert.Single(host.Server.Requests).Messages[^1].Content;
        Assert.Contains("User: Wann wurde die SCO gegründet?", user);
        Assert.Contains("Assistant: Die SCO wurde 2001 gegründet [1].", user);
        Assert.Contains("Last message: Und wer ist Mitglied?", user);
        Assert.Contains("Standalone question in German", user);
    }

    [Fact]
    public async Task ModelFailureFallsBackToTheOfflineCondenser()
    {
        using var host = LlmTestHost.Start(new Dictionary<string, string?> { ["Llm:MaxRetries"] = "0" });
        host.Server.Enqueue(FakeOpenAiServerReply.Error(500));

        var standalone = await host.Get<LlmQuestionCondenser>().CondenseAsync("Und wer ist Mitglied?", "de", History, CancellationToken.None);

        Assert.Equal(await OfflineAsync(host), standalone);
    }

    [Fact]
    public async Task EmptyReplyFallsBackToTheOfflineCondenser()
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text("  \n"));

        var standalone = await host.Get<LlmQuestionCondenser>().CondenseAsync("Und wer ist Mitglied?", "de", History, CancellationToken.None);

        Assert.Equal(await OfflineAsync(host), standalone);
        Assert.Contains("SCO", standalone);
    }

    private static Task<string> OfflineAsync(LlmTestHost host) =>
        host.Get<KeyTermQuestionCondenser>()
            .CondenseAsync("Und wer ist Mitglied?", "de", History, CancellationToken.None);
}