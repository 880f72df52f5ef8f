using System.Text.Json;
using Briefing.Telegram.Bench;

// Replies per second and reply latency for a burst of questions from many chats, through the real bot (router,
// answering engine, rendering, rate limits, retries) against the fake Bot API on 127.0.0.1.
// Usage: dotnet run -c Release --project bench/Briefing.Telegram.Bench [-- CORPUS_DIR]
const int Questions = 200;
const int Chats = 50;

var corpus = args.FirstOrDefault() ?? Environment.GetEnvironmentVariable("BRIEFING_CORPUS") ?? Path.Combine("..", "shared", "corpus");
var gnad = Path.Combine(corpus, "10kgnad", "test.jsonl");
string input;
List<string> titles;
if (File.Exists(gnad))
{
    Console.Error.WriteLine($"corpus: {Path.GetFullPath(gnad)}");
    input = gnad;
    titles = File.ReadLines(gnad).Take(Questions)
        .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("title").GetString() ?? "")
        .ToList();
}
else
{
    Console.Error.WriteLine($"corpus not found at {Path.GetFullPath(corpus)}: using samples/ and fixed questions");
    input = "samples";
    titles = Enumerable.Repeat("Wann wurde die SCO gegründet", Questions).ToList();
}
// Questions in the way users ask about a headline they half remember.
var questions = titles.Select((t, i) => $"Was ist bekannt über: {string.Join(' ', t.Split(' ').Take(8))}?").ToList();

var dataDir = Path.Combine(Path.GetTempPath(), "briefing-telegram-bench-" + Guid.NewGuid().ToString("N"));
try
{
    await BurstRun.IngestAsync(dataDir, [input]);
    var results = new List<BurstRun.Result>
    {
        await BurstRun.RunAsync("Telegram limits (1 msg/s per chat, 25/s)", dataDir, questions, Chats, 1000, 25),
        await BurstRun.RunAsync("limits lifted (engine and transport bound)", dataDir, questions, Chats, 0, 1000),
    };
    Console.WriteLine($"| run ({Questions} questions, {Chats} chats) | messages | seconds | replies/s | p50 ms | p95 ms | rejected |");
    Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
    foreach (var r in results)
        Console.WriteLine($"| {r.Label} | {r.Messages} | {r.Seconds:F2} | {r.RepliesPerSecond:F1} | {r.P50Ms:F0} | {r.P95Ms:F0} | {r.Rejections} |");
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
}
