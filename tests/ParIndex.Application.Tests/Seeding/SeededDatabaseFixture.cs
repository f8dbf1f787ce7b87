using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Infrastructure;
using ParIndex.Infrastructure.Identity;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Infrastructure.Persistence.Seeding;

namespace ParIndex.Application.Tests.Seeding;

/// <summary>
/// A temp SQLite file migrated with the real migrations and seeded once with the demo data, at a fixed "now"
/// (23/11/2026 10:00 in Vietnam), with Identity registered the way the web host will.
/// </summary>
public sealed class SeededDatabaseFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 3, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parindex-seed-" + Guid.NewGuid().ToString("N"));
    private readonly string _environmentName;
    private readonly DemoStage _stage;

    public SeededDatabaseFixture()
        : this(Environments.Development)
    {
    }

    internal SeededDatabaseFixture(string environmentName, DemoStage stage = DemoStage.SelfAssessment)
    {
        _environmentName = environmentName;
        _stage = stage;
    }

    public ServiceProvider Services { get; private set; } = null!;

    public DemoSeedResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await MigrateAsync();
        Result = await SeedAsync();
    }

    /// <summary>Builds the services and brings the empty database to the current schema, without seeding.</summary>
    public async Task MigrateAsync()
    {
        Directory.CreateDirectory(_folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(_folder, "parindex.db")}",
            ["Demo:Stage"] = _stage.ToString(),
            ["Documents:ProvinceName"] = "Tỉnh Sông Lam",
            ["Signing:GenerateIfMissing"] = "true",
        }).Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now));
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(_environmentName, _folder));
        services.AddApplication();
        services.AddInfrastructure(configuration, _folder);
        services.AddIdentityCore<ApplicationUser>(options => options.Password.RequiredLength = 12)
            .AddRoles<ApplicationRole>()
            .AddEntityFrameworkStores<ParIndexDbContext>();
        Services = services.BuildServiceProvider(validateScopes: true);

        await Services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
    }

    public async Task<DemoSeedResult> SeedAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }

    public ParIndexDbContext CreateDb() =>
        Services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContext();

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
