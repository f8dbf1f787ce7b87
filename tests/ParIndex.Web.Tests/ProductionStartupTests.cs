using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Hosting;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>B3: no default or demo accounts in production; the first administrator is named explicitly.</summary>
public sealed class ProductionStartupTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parindex-web-tests", "prod-" + Guid.NewGuid().ToString("N"));

    public ProductionStartupTests() => Directory.CreateDirectory(_folder);

    /// <summary>
    /// Issue 16.8: the portal as its own process, as systemd or Docker starts it. It used to crash (exit 134, an
    /// unhandled exception and its stack trace); now it prints what to set and exits with EX_CONFIG.
    /// </summary>
    [Fact]
    public async Task Start_InProductionWithoutBootstrapAdministrator_PrintsWhatToSet_AndExitsCleanlyWithoutAStackTrace()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory, // the content root, where appsettings.json is
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ParIndex.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={Path.Combine(_folder, "prod.db")}";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Demo__Enabled"] = "false";
        start.Environment["Evidence__StoragePath"] = Path.Combine(_folder, "evidence");
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(_folder, "logs", "parindex-.log");
        start.Environment["Bootstrap__AdministratorUserName"] = null;
        start.Environment["Bootstrap__AdministratorPassword"] = null;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var printed = await output + await error;

        Assert.Equal(StartupRefusedException.ExitCode, process.ExitCode);
        Assert.Contains("Bootstrap__AdministratorPassword", await error, StringComparison.Ordinal);
        Assert.Contains("Bootstrap:AdministratorUserName", await error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", printed, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\n\s+at [\w.]+\(", printed);
    }

    [Fact]
    public async Task Start_InProductionWithBootstrapAdministrator_CreatesThatOneAccountOnceAndNoOther()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(_folder, "prod.db")}",
            ["Bootstrap:AdministratorUserName"] = "quantri.tinh",
            ["Bootstrap:AdministratorPassword"] = "hoa phượng đỏ sân trường cũ",
            ["Bootstrap:AdministratorFullName"] = "Hoàng Minh Quân",
            ["Demo:Enabled"] = "true",
        };

        for (var start = 1; start <= 2; start++)
        {
            using var portal = PortalFactory.For("Production", settings);
            portal.CreateClient();

            await using var scope = portal.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
            var users = await db.Users.Select(u => new { u.UserName, u.FullName }).ToListAsync();
            var onlyUser = Assert.Single(users);
            Assert.Equal(("quantri.tinh", "Hoàng Minh Quân"), (onlyUser.UserName, onlyUser.FullName));
            var roles = await (from link in db.UserRoles join role in db.Roles on link.RoleId equals role.Id select role.Name).ToListAsync();
            Assert.Equal([Roles.Administrator], roles);
            Assert.Equal(Roles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order());
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "user.bootstrapped"));
            Assert.Equal(0, await db.Units.CountAsync());
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
