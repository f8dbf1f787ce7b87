using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace ParIndex.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The portal as people meet it: Kestrel on a free loopback port, Development with the demo province seeded,
/// on its own SQLite file.
/// </summary>
public sealed class RunningPortal : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parindex-e2e", Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="settings">Configuration on top of the defaults, such as <c>Demo:Stage</c>.</param>
    public RunningPortal(IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        Directory.CreateDirectory(_folder);
        UseKestrel(0);
    }

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Not UseSetting: Serilog's configuration reader would see its parents as empty sinks.
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(_folder, "portal.db")}",
            ["Evidence:StoragePath"] = Path.Combine(_folder, "evidence"),
            ["Demo:Enabled"] = "true",
            ["Security:LoginRateLimit:PermitLimit"] = "1000",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(_folder, "logs", "parindex-.log"),
        }).AddInMemoryCollection(_settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A log file may still be open for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
