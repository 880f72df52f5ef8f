using Microsoft.Extensions.Options;
using Npgsql;

namespace Briefing.Storage;

/// <summary>Checks the storage settings at start, each message naming the key to fix (never echoing the connection string).</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        switch (options.ParsedProvider)
        {
            case null:
                return ValidateOptionsResult.Fail(
                    $"{StorageOptions.ProviderKey} must be 'Sqlite' (embedded, the default) or 'Postgres'; found '{options.Provider}'.");
            case StorageProvider.Sqlite:
                return ValidateOptionsResult.Success;
        }
        if (options.ReplicaPollSeconds is < 0.05 or > 3600 || double.IsNaN(options.ReplicaPollSeconds))
            return ValidateOptionsResult.Fail("Storage:ReplicaPollSeconds must be between 0.05 and 3600.");

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                $"{StorageOptions.ProviderKey} is 'Postgres' but {StorageOptions.ConnectionStringKey} is not set " +
                "(for example Host=db;Database=briefing;Username=briefing; the password best in the environment variable ConnectionStrings__Briefing).");
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
                return ValidateOptionsResult.Fail($"{StorageOptions.ConnectionStringKey} names no Host.");
        }
        catch (ArgumentException e)
        {
            // The exception text names the bad keyword, not its value.
            return ValidateOptionsResult.Fail($"{StorageOptions.ConnectionStringKey} is not a valid PostgreSQL connection string: {e.Message}");
        }
        return ValidateOptionsResult.Success;
    }
}
