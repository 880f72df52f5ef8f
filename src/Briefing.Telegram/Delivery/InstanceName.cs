namespace Briefing.Telegram.Delivery;

/// <summary>This process among the instances sharing a database: host, process id and a random part (for leases and logs).</summary>
public sealed class InstanceName
{
    public string Value { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
}
