using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace ParIndex.Infrastructure.Persistence;

/// <summary>Reads <c>Database:Provider</c> and the connection string, and configures EF Core for that provider.</summary>
public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "ParIndex.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "ParIndex.Migrations.SqlServer";

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider must be Sqlite or SqlServer, not '{value}'.");
    }

    /// <summary>The SQLite connection string with a relative data file resolved against <paramref name="contentRoot"/>.</summary>
    public static string SqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(
            configuration.GetConnectionString("Sqlite") ?? "Data Source=data/parindex.db");
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource)
            && !builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        if (builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(builder.DataSource);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        // How long a command waits for another writer's lock before SQLITE_BUSY (Microsoft.Data.Sqlite retries meanwhile).
        builder.DefaultTimeout = configuration.GetValue("Database:SqliteBusyTimeoutSeconds", 30);
        return builder.ToString();
    }

    public static void Configure(DbContextOptionsBuilder options, IConfiguration configuration, string contentRoot)
    {
        switch (ReadProvider(configuration))
        {
            case DatabaseProvider.SqlServer:
                var connectionString = configuration.GetConnectionString("SqlServer")
                    ?? throw new InvalidOperationException("ConnectionStrings:SqlServer is required when Database:Provider is SqlServer.");
                options.UseSqlServer(connectionString, sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly));
                break;
            default:
                options.UseSqlite(SqliteConnectionString(configuration, contentRoot),
                    sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
        }
    }
}
