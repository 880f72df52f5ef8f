using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Briefing.Telegram.Tests.Support;

public sealed partial class FakeBotApiServer
{
    private DateTimeOffset _floodUntil = DateTimeOffset.MinValue;
    private int _floodRejectionsLeft;
    private int _floodRetryAfter;

    /// <summary>Keeps confirmed updates, so a bot that forgot its offset would get them again (as after a crash).</summary>
    public bool KeepConfirmedUpdates { get; set; }

    private int _serverErrorsLeft;

    /// <summary>The next <paramref name="count"/> sendMessage calls fail with 502 Bad Gateway.</summary>
    public void FailNextSends(int count) => _serverErrorsLeft = count;

    /// <summary>
    /// The clock flood control runs on: a test that puts the bot's retrier on a fake clock gives the server the same
    /// one, so "the retry came after retry_after" is exact, not a race between two real timers.
    /// </summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>The next <paramref name="count"/> sendMessage calls get 429 with <c>retry_after</c>; sends before it elapses (on <see cref="Clock"/>) are counted as violations.</summary>
    public void FloodNextSends(int count, int retryAfterSeconds)
    {
        _floodRejectionsLeft = count;
        _floodRetryAfter = retryAfterSeconds;
    }

    private async Task<IResult> HandleAsync(HttpContext http, string token, string method)
    {
        Calls.Enqueue(method);
        if (token != Token) return Error(401, "Unauthorized");
        var body = await ReadBodyAsync(http.Request);
        return method switch
        {
            "getMe" => Ok(new JsonObject { ["id"] = BotUserId, ["is_bot"] = true, ["first_name"] = "Briefing", ["username"] = BotUsername }),
            "getUpdates" when WebhookUrl is not null => Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"),
            "getUpdates" => Ok(await GetUpdatesAsync(body, http.RequestAborted)),
            "setWebhook" => SetWebhook(body),
            "deleteWebhook" => SetWebhook(new JsonObject()),
            "sendMessage" => SendMessage(body),
            "sendChatAction" => Count(ref ChatActions),
            "answerCallbackQuery" => Count(ref AnsweredCallbacks),
            "setMyCommands" => SetMyCommands(body),
            "getFile" => GetFile(body),
            _ => Error(404, "Not Found: method not found"),
        };
    }

    /// <summary>The webhook a bot set (Telegram then refuses getUpdates with 409), or null.</summary>
    public string? WebhookUrl { get; private set; }

    /// <summary>The secret_token of the webhook, sent back in X-Telegram-Bot-Api-Secret-Token.</summary>
    public string? WebhookSecret { get; private set; }

    private IResult SetWebhook(JsonObject body)
    {
        lock (_gate)
        {
            WebhookUrl = body["url"]?.GetValue<string>() is { Length: > 0 } url ? url : null;
            WebhookSecret = WebhookUrl is null ? null : body["secret_token"]?.GetValue<string>();
        }
        return Ok(true);
    }

    private async Task<JsonArray> GetUpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        var offset = (int?)Long(body["offset"]);
        var timeout = (int)(Long(body["timeout"]) ?? 0);
        var limit = (int)(Long(body["limit"]) ?? 100);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        wait.CancelAfter(TimeSpan.FromSeconds(timeout));
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                if (offset is not null && !KeepConfirmedUpdates) _pendingUpdates.RemoveAll(u => (int)u["update_id"]! < offset);
                var due = _pendingUpdates.Where(u => offset is null || (int)u["update_id"]! >= offset).Take(limit).ToArray();
                
                if (due.Length > 0 || timeout == 0)
                    return new JsonArray(due.Select(u => (JsonNode)u.DeepClone()).ToArray());
                if (_updatesArrived.Task.IsCompleted) _updatesArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                arrived = _updatesArrived.Task;
            }
            try
            {
                await arrived.WaitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                return [];
            }
        }
    }

    private IResult SendMessage(JsonObject body)
    {
        if (Interlocked.Decrement(ref _serverErrorsLeft) >= 0) return Error(502, "Bad Gateway");
        var now = Clock.GetUtcNow();
        if (_floodRejectionsLeft > 0 || now < _floodUntil)
        {
            if (now < _floodUntil) Interlocked.Increment(ref FloodViolations);
            else _floodRejectionsLeft--;
            _floodUntil = now.AddSeconds(_floodRetryAfter);
            return Error(429, $"Too Many Requests: retry after {_floodRetryAfter}", new JsonObject { ["retry_after"] = _floodRetryAfter });
        }
        var chatId = Long(body["chat_id"]);
        var html = body["text"]?.GetValue<string>() ?? "";
        if (chatId is null) return Reject("Bad Request: chat_id is empty");
        string text;
        // Telegram reads parse_mode case-insensitively (Telegram.Bot sends "Html").
        if (string.Equals(body["parse_mode"]?.GetValue<string>(), "HTML", StringComparison.OrdinalIgnoreCase))
        {
            if (TelegramHtmlValidator.Validate(html) is { } error) return Reject("Bad Request: " + error);
            text = TelegramHtmlValidator.VisibleText(html)!;
        }
        else
        {
            text = html;
            if (text.Trim().Length == 0) return Reject("Bad Request: message text is empty");
            if (text.Length > TelegramHtmlValidator.MaxTextLength) return Reject("Bad Request: message is too long");
        }
        var buttons = new List<(string, string)>();
        foreach (var row in body["reply_markup"]?["inline_keyboard"]?.AsArray() ?? [])
        foreach (var button in row!.AsArray())
        {
            var data = button!["callback_data"]?.GetValue<string>() ?? "";
            if (Encoding.UTF8.GetByteCount(data) is 0 or > 64) return Reject("Bad Request: BUTTON_DATA_INVALID");
            buttons.Add((button["text"]!.GetValue<string>(), data));
        }
        var messageId = Interlocked.Increment(ref _nextMessageId);
        Record(new SentMessage(chatId.Value, messageId, html, text, buttons, System.Diagnostics.Stopwatch.GetTimestamp()));
        return Ok(new JsonObject
        {
            ["message_id"] = messageId, ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId.Value, ["type"] = "private" }, ["text"] = text,
        });
    }

    private IResult SetMyCommands(JsonObject body)
    {
        foreach (var command in body["commands"]?.AsArray() ?? [])
        {
            var name = command!["command"]?.GetValue<string>() ?? "";
            var description = command["description"]?.GetValue<string>() ?? "";
            if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z0-9_]{1,32}$") || description.Length is 0 or > 256)
                return Reject("Bad Request: BOT_COMMAND_INVALID");
        }
        CommandMenus.Enqueue(body);
        return Ok(true);
    }

    private IResult GetFile(JsonObject body)
    {
        var fileId = body["file_id"]?.GetValue<string>() ?? "";
        if (!_files.TryGetValue(fileId, out var file)) return Error(400, "Bad Request: invalid file_id");
        return Ok(new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = fileId + "u", ["file_size"] = file.Content.Length, ["file_path"] = file.Path });
    }

    private IResult DownloadAsync(string token, string path)
    {
        if (token != Token) return Results.StatusCode(401);
        var file = _files.Values.FirstOrDefault(f => f.Path == path);
        return file.Content is null ? Results.NotFound() : Results.Bytes(file.Content, "application/octet-stream");
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var fields = new JsonObject();
            foreach (var (key, value) in form)
                fields[key] = value.ToString() is var raw && raw.StartsWith('{') ? JsonNode.Parse(raw) : JsonValue.Create(raw);
            return fields;
        }
        if (request.ContentLength is 0 || request.ContentType?.Contains("json", StringComparison.Ordinal) != true)
            return new JsonObject();
        return (await JsonNode.ParseAsync(request.Body))?.AsObject() ?? new JsonObject();
    }

    private static long? Long(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out long number) => number,
        JsonValue value when value.TryGetValue(out string? text) && long.TryParse(text, out var parsed) => parsed,
        _ => null,
    };

    private IResult Reject(string description)
    {
        Rejections.Enqueue(description);
        return Error(400, description);
    }

    private static IResult Count(ref int counter)
    {
        Interlocked.Increment(ref counter);
        return Ok(true);
    }

    private static IResult Ok(JsonNode result) =>
        Results.Text(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString(), "application/json");

    private static IResult Error(int code, string description, JsonObject? parameters = null) =>
        Results.Text(new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description, ["parameters"] = parameters }.ToJsonString(),
            "application/json", statusCode: code);
}
