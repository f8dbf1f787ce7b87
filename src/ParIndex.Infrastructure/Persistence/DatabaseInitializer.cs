using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ParIndex.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the current schema at start. SQLite is migrated here; SQL Server is migrated by the
/// idempotent script or bundle during deployment (docs/deploy.md), never implicitly by the web process.
/// </summary>
public sealed class DatabaseInitializer(IDbContextFactory<ParIndexDbContext> factory, ILogger<DatabaseInitializer> logger, TimeProvider? clock = null)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsSqlite())
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The SQL Server database lacks {pending.Count} migration(s), starting with {pending[0]}. Apply the migration script first (docs/deploy.md).");
            }

            await RunDataStepsAsync(db, cancellationToken);
            return;
        }

        // WAL lets readers go on while one writer commits; the setting is stored in the database file.
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await RunDataStepsAsync(db, cancellationToken);
        await db.Database.CloseConnectionAsync();
        logger.LogInformation("SQLite database is at the current schema");
    }

    private async Task RunDataStepsAsync(ParIndexDbContext db, CancellationToken ct)
    {
        foreach (var step in await DataSteps.RunAsync(db, clock ?? TimeProvider.System, ct))
        {
            logger.LogInformation("Data step {Step} done", step);
        }
    }
}
