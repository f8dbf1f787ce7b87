using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>B3: no default or demo accounts in production; the first administrator is named explicitly.</summary>
public sealed class ProductionStartupTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parindex-web-tests", "prod-" + Guid.NewGuid().ToString("N"));

    public ProductionStartupTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void Start_InProductionWithoutBootstrapAdministrator_StopsWithAMessageSayingWhatToSet()
    {
        using var portal = PortalFactory.For("Production");

        var exception = Record.Exception(() => portal.CreateClient());

        Assert.NotNull(exception);
        var messages = Flatten(exception).Select(e => e.Message).ToList();
        Assert.Contains(messages, m => m.Contains("Bootstrap:AdministratorUserName", StringComparison.Ordinal)
            && m.Contains("Bootstrap__AdministratorPassword", StringComparison.Ordinal));
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

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
