namespace Briefing.Core.Tests.Support;

/// <summary>One scripted reply of <see cref="FakeOpenAiServer"/>.</summary>
public sealed record FakeOpenAiServerReply
{
    public int Status { get; init; } = 200;
    /// <summary>The assistant's content for 200 replies (streamed word by word when the request asks to stream).</summary>
    public string? Content { get; init; }
    /// <summary>A raw body instead of a chat completion (error JSON, garbage).</summary>
    public string? RawBody { get; init; }
    public string? RetryAfter { get; init; }
    /// <summary>Never answer: the connection stays open until the client gives up or the server stops.</summary>
    public bool Hang { get; init; }

    /// <summary>Answer with this status and an error body that quotes the request's Authorization header (as some servers do).</summary>
    public bool EchoAuthorization { get; init; }

    public static FakeOpenAiServerReply Text(string content) => new() { Content = content };

    public static FakeOpenAiServerReply Error(int status, string? retryAfter = null) => new()
    {
        Status = status,
        RetryAfter = retryAfter,
        RawBody = "{\"error\":{\"message\":\"scripted failure " + status + "\",\"type\":\"server_error\",\"code\":null}}",
    };

    public static FakeOpenAiServerReply Unauthorized() => new() { Status = 401, EchoAuthorization = true };

    public static FakeOpenAiServerReply Garbage(string body) => new() { RawBody = body };

    public static FakeOpenAiServerReply NoReply() => new() { Hang = true };
}
