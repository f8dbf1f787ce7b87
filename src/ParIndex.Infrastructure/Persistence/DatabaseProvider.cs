namespace ParIndex.Infrastructure.Persistence;

/// <summary>Chosen by configuration key <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one file in the data folder, WAL mode.</summary>
    Sqlite,

    /// <summary>The production provider (docker-compose.yml).</summary>
    SqlServer,
}
