using System.Text.Json.Nodes;

namespace Briefing.Telegram.Tests.Support;

/// <summary>Bot API update objects as Telegram sends them (snake_case JSON), without the update_id.</summary>
public static class FakeUpdates
{
    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public static JsonObject User(long userId, string language) => new()
    {
        ["id"] = userId, ["is_bot"] = false, ["first_name"] = $"User{userId}", ["language_code"] = language,
    };

    public static JsonObject Chat(long chatId, string type = "private") => new()
    {
        ["id"] = chatId, ["type"] = type, ["title"] = type == "private" ? null : "Group",
    };

    public static JsonObject Message(long chatId, long userId, string language = "en", string chatType = "private") => new()
    {
        ["message_id"] = Random.Shared.Next(1, int.MaxValue),
        ["date"] = Now,
        ["chat"] = Chat(chatId, chatType),
        ["from"] = User(userId, language),
    };

    public static JsonObject Text(long chatId, long userId, string text, string language = "en", string chatType = "private")
    {
        var message = Message(chatId, userId, language, chatType);
        message["text"] = text;
        if (text.StartsWith('/'))
        {
            var length = text.IndexOf(' ') is var space and > 0 ? space : text.Length;
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length });
        }
        return new JsonObject { ["message"] = message };
    }

    public static JsonObject Document(long chatId, long userId, string fileId, string fileName, long size, string language = "en")
    {
        var message = Message(chatId, userId, language);
        message["document"] = new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = fileId + "u", ["file_name"] = fileName, ["file_size"] = size };
        return new JsonObject { ["message"] = message };
    }

    public static JsonObject Sticker(long chatId, long userId)
    {
        var message = Message(chatId, userId);
        message["sticker"] = new JsonObject
        {
            ["file_id"] = "sticker1", ["file_unique_id"] = "sticker1u", ["type"] = "regular", ["width"] = 512, ["height"] = 512,
            ["is_animated"] = false, ["is_video"] = false,
        };
        return new JsonObject { ["message"] = message };
    }

    public static JsonObject Button(long chatId, long userId, string data, string language = "en") => new()
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString("N"),
            ["from"] = User(userId, language),
            ["chat_instance"] = "instance",
            ["data"] = data,
            ["message"] = new JsonObject { ["message_id"] = 1, ["date"] = Now, ["chat"] = Chat(chatId), ["text"] = "answer" },
        },
    };
}
