using System.Net.Http.Json;

namespace Briefing.Web.Tests.Support;

/// <summary>Plain HTTP against the lab server: a run (read to the end of its event stream) and Prometheus scrapes.</summary>
public static class LabHttp
{
    public static async Task<string> RunAsync(HttpClient http, string question)
    {
        using var response = await http.PostAsJsonAsync("/lab/api/run", new { question });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// Scrapes /metrics until a line starts with <paramref name="linePrefix"/> (the exporter may serve a cached scrape
    /// for a moment); returns that line. Throws with the last scrape when it never appears.
    /// </summary>
    public static async Task<string> WaitForMetricAsync(HttpClient http, string linePrefix)
    {
        var last = "";
        for (var attempt = 0; attempt < 100; attempt++)
        {
            last = await http.GetStringAsync("/metrics");
            var line = last.Split('\n').FirstOrDefault(l => l.StartsWith(linePrefix, StringComparison.Ordinal));
            if (line is not null) return line;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"No metric line starting with '{linePrefix}' in:\n{last}");
    }

    /// <summary>The value at the end of a Prometheus line.</summary>
    public static double Value(string line) =>
        double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
