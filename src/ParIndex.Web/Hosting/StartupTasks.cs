using Microsoft.AspNetCore.Identity;
using ParIndex.Application.Common;
using ParIndex.Infrastructure.Identity;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Infrastructure.Persistence.Seeding;

namespace ParIndex.Web.Hosting;

public static class StartupTasks
{
    /// <summary>
    /// Before the portal takes requests: the schema (SQLite migrated, SQL Server checked), the roles, the demo data
    /// (Development with Demo:Enabled only), and the first administrator. Throws, stopping the host, when something required is missing.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync();

        await using var scope = app.Services.CreateAsyncScope();
        await EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<ApplicationRole>>());
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Enabled", false))
        {
            var seeder = scope.ServiceProvider.GetRequiredService<DemoDataSeeder>();
            seeder.LogAccounts(await seeder.SeedAsync());
        }

        await FirstAdministrator.EnsureAsync(scope.ServiceProvider, app.Configuration, app.Environment,
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupTasks)));
    }

    private static async Task EnsureRolesAsync(RoleManager<ApplicationRole> roleManager)
    {
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                var result = await roleManager.CreateAsync(new ApplicationRole(role));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Role {role} could not be created: "
                        + string.Join(" ", result.Errors.Select(e => e.Description)));
                }
            }
        }
    }
}
