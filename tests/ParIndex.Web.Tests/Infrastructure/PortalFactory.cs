using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Infrastructure.Identity;

namespace ParIndex.Web.Tests.Infrastructure;

/// <summary>
/// The whole portal over real HTTP (TestServer) on its own SQLite file, migrated at start like production.
/// Development by default with demo data off; other environments and settings through the constructor.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parindex-web-tests", Guid.NewGuid().ToString("N"));
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;

    public PortalFactory()
        : this("Development")
    {
    }

    protected PortalFactory(string environment, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Directory.CreateDirectory(_folder);
        _environment = environment;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(_folder, "portal.db")}",
            ["Evidence:StoragePath"] = Path.Combine(_folder, "evidence"),
            ["Database:Provider"] = "Sqlite",
            ["Demo:Enabled"] = "false",
            ["Security:LoginRateLimit:PermitLimit"] = "1000",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(_folder, "logs", "parindex-.log"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>Another environment (Production...) and settings on top of the test defaults.</summary>
    public static PortalFactory For(string environment, IReadOnlyDictionary<string, string?>? settings = null) =>
        new Configured(environment, settings);

    public string LogFolder => Path.Combine(_folder, "logs");

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<ApplicationUser> CreateUserAsync(string userName, string password, string role, Guid? unitId = null, string? fullName = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = userName,
            FullName = fullName ?? userName,
            UnitId = unitId,
            CreatedAtUtc = DateTime.UtcNow,
        };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        result = await users.AddToRoleAsync(user, role);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return user;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        // Not UseSetting: it turns every key into a command-line argument, parents included with empty values,
        // which Serilog then reads as a sink with no name.
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
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
                // A log file may still be held open for a moment; the OS temp folder is cleaned anyway.
            }
        }
    }

    private sealed class Configured(string environment, IReadOnlyDictionary<string, string?>? settings)
        : PortalFactory(environment, settings);
}
