using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Briefing.Web.Lab;

/// <summary>Reads a JSON request body; a malformed body becomes a message for the page instead of an exception.</summary>
internal static class LabRequests
{
    public static async Task<(T? Value, string? Error)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        try
        {
            var value = await request.ReadFromJsonAsync<T>(LabJson.Options, cancellationToken);
            return value is null ? (null, "The request body is empty.") : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, $"The request is not valid JSON: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            return (null, $"The request must be JSON ({ex.Message}).");
        }
    }

    /// <summary>A 400 with <c>{"error": message}</c>, which the page shows as it is.</summary>
    public static IResult Problem(string message, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new { error = message }, LabJson.Options, statusCode: status);
}
