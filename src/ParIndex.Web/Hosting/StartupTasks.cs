using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Web.Hosting;

public static class StartupTasks
{
    /// <summary>Migrates SQLite (or checks SQL Server is migrated) before the portal takes requests.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
    }
}
