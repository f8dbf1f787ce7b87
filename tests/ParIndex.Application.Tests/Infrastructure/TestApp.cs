using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ParIndex.Application.Common;
using ParIndex.Domain.Units;
using ParIndex.Infrastructure;
using ParIndex.Infrastructure.Identity;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Application.Tests.Infrastructure;

/// <summary>
/// The real use cases over a real SQLite file, migrated with the real migrations: one database per test class
/// (use as an <c>IClassFixture</c>). Handlers come from the same registrations the portal uses.
/// </summary>
public sealed class TestApp : IAsyncLifetime
{
    public const int PasswordLength = 12;

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"parindex-test-{Guid.NewGuid():N}.db");
    private readonly List<AsyncServiceScope> _scopes = [];
    private ServiceProvider? _services;

    public static Guid AdministratorId { get; } = Guid.Parse("0195a000-0000-7000-8000-00000000a001");

    public FixedTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 30, 0, TimeSpan.Zero));

    /// <summary>For tests that change the file behind EF's back (a fresh connection, no pool).</summary>
    public string ConnectionString => $"Data Source={_databasePath};Pooling=False";

    /// <summary>The folder outside the database: the publication key and the audit trail's heads.</summary>
    public string KeysPath => _databasePath + "-keys";

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The test app has not started.");

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={_databasePath}",
            // The publication key and the audit heads of this test's database alone (docs/security.md).
            ["Security:KeysPath"] = KeysPath,
            ["Signing:GenerateIfMissing"] = "true",
        }).Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment("Testing", Path.GetTempPath()));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddApplication();
        services.AddInfrastructure(configuration, Path.GetTempPath());
        // The host wires Identity with the portal's policy; tests use the same shape: long passwords, no class rules.
        services.AddIdentityCore<ApplicationUser>(o =>
            {
                o.Password.RequiredLength = PasswordLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<ApplicationRole>()
            .AddEntityFrameworkStores<ParIndexDbContext>();
        services.AddScoped<FakeCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<FakeCurrentUser>());
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        await _services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var scope in _scopes)
        {
            await scope.DisposeAsync();
        }

        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }

        if (Directory.Exists(KeysPath))
        {
            Directory.Delete(KeysPath, recursive: true);
        }
    }

    /// <summary>A handler resolved in a fresh scope whose current user has <paramref name="role"/>.</summary>
    public T Handler<T>(string role, Guid? unitId = null, Guid? userId = null)
        where T : notnull
    {
        var scope = Services.CreateAsyncScope();
        _scopes.Add(scope);
        var user = scope.ServiceProvider.GetRequiredService<FakeCurrentUser>();
        user.IsAuthenticated = true;
        user.UserId = userId ?? (role == Roles.Administrator ? AdministratorId : Guid.CreateVersion7());
        user.UserName = role.ToLowerInvariant();
        user.Roles = [role];
        user.UnitId = unitId;
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    /// <summary>A context of its own for arranging rows and asserting on what was stored.</summary>
    public ParIndexDbContext NewDbContext() =>
        Services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContext();

    public async Task<T> WithUserManagerAsync<T>(Func<UserManager<ApplicationUser>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>());
    }

    public async Task<Block> SeedBlockAsync(BlockKind kind = BlockKind.CommuneWard, string? name = null)
    {
        var block = new Block(UniqueCode("B"), name ?? $"Khối {Guid.NewGuid():N}"[..20], null, kind, isRanked: true, sortOrder: 1);
        await using var db = NewDbContext();
        db.Blocks.Add(block);
        await db.SaveChangesAsync();
        return block;
    }

    public async Task<Unit> SeedUnitAsync(Guid blockId, string? name = null)
    {
        var unit = new Unit(UniqueCode("U"), name ?? $"UBND xã {Guid.NewGuid():N}"[..24], blockId);
        await using var db = NewDbContext();
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        return unit;
    }

    public static string UniqueCode(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..16];
}
