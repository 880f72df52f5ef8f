using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Briefing.Storage.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster for one test run: <c>initdb</c> into a temporary folder, <c>pg_ctl start</c> on a
/// free loopback port, stopped and deleted at the end. initdb refuses to run as root, so under root the cluster
/// belongs to the <c>postgres</c> system user (<c>runuser</c>). Each test class asks for a fresh database.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private const string User = "briefing";
    private readonly string _bin;
    private readonly string _folder;
    private readonly bool _asPostgresUser;
    private readonly int _port;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, string> _classDatabases = new();
    private int _databases;

    public PostgresCluster()
    {
        _bin = FindBinaries();
        _asPostgresUser = Environment.UserName == "root";
        _folder = _asPostgresUser
            ? Run("mktemp", "-d", "/tmp/briefing-pg-XXXXXX").Trim()
            : Directory.CreateTempSubdirectory("briefing-pg-").FullName;
        _port = FreePort();
        var data = Path.Combine(_folder, "data");
        try
        {
            Run(Path.Combine(_bin, "initdb"), "-D", data, "-U", User, "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C");
            Run(Path.Combine(_bin, "pg_ctl"), "-D", data, "-l", Path.Combine(_folder, "log"), "-w", "start", "-o",
                $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200");
        }
        catch
        {
            Directory.Delete(_folder, recursive: true);
            throw;
        }
    }

    /// <summary>The test class's own database, created on first use.</summary>
    public string DatabaseFor(Type testClass) => _classDatabases.GetOrAdd(testClass, type => CreateDatabase(type.Name));

    /// <summary>A new, empty database on the cluster; its connection string.</summary>
    public string CreateDatabase(string purpose)
    {
        var name = $"t{Interlocked.Increment(ref _databases)}_{new string(purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(40).ToArray())}";
        using (var admin = new NpgsqlConnection(ConnectionString("postgres")))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            create.ExecuteNonQuery();
        }
        return ConnectionString(name);
    }

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = _port, Username = User, Database = database, Pooling = true }.ToString();

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Run(Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>The newest installed PostgreSQL (Debian's <c>/usr/lib/postgresql/N/bin</c>); .ci/run installs it when missing.</summary>
    private static string FindBinaries()
    {
        var found = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(dir => Path.Combine(dir, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: install the 'postgresql' package (.ci/run does so).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(_asPostgresUser ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (_asPostgresUser)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program }) start.ArgumentList.Add(prefix);
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        // pg_ctl start sends the server's output to its log file (-l), so the pipes close when the command ends.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {error.Result}{output.Result}");
        return output.Result;
    }
}
