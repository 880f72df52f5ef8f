namespace Briefing.Web.Lab;

/// <summary>One server-sent event of a lab run: its name (retrieved, prompt, chunk, generated, answer, error) and JSON payload.</summary>
public sealed record LabEvent(string Name, object Payload);
