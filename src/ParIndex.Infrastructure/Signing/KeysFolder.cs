using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Infrastructure.Signing;

/// <summary>
/// Where the portal keeps what must not live in the database: the publication key and the audit trail's heads.
/// <c>Security:KeysPath</c> when set (relative to the content root); otherwise a <c>keys</c> folder beside the SQLite
/// file, or <c>data/keys</c> with SQL Server. Give it permissions the database's administrators do not have.
/// </summary>
public static class KeysFolder
{
    public const string Setting = "Security:KeysPath";

    public static string Resolve(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[Setting] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(Path.Combine(contentRoot, configured));
        }

        if (DatabaseSetup.ReadProvider(configuration) == DatabaseProvider.Sqlite)
        {
            var dataSource = new SqliteConnectionStringBuilder(DatabaseSetup.SqliteConnectionString(configuration, contentRoot)).DataSource;
            if (Path.IsPathRooted(dataSource) && Path.GetDirectoryName(dataSource) is { Length: > 0 } folder)
            {
                return Path.Combine(folder, "keys");
            }
        }

        return Path.GetFullPath(Path.Combine(contentRoot, "data", "keys"));
    }
}
