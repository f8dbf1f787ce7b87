using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParIndex.Application;
using ParIndex.Application.Common;
using ParIndex.Application.SetupImport;
using ParIndex.Domain.Units;
using ParIndex.Infrastructure;
using ParIndex.Infrastructure.Identity;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Benchmarks;

/// <summary>
/// A national setup from two spreadsheets (issue 18): 3,355 units and 10,000 accounts previewed and imported through the
/// SetupImport use cases on a fresh SQLite file, with the portal's Identity policy. Timed once per step (an import is a
/// one-off, so a cold single run is the honest figure); memory is the managed heap after a forced full collection, and
/// the largest heap any collection left during the step, not resident memory.
/// </summary>
public static class SetupImportBenchmark
{
    public const int Units = 3_355;
    public const int Accounts = 10_000;

    private static readonly string DatabasePath = Path.Combine(Path.GetTempPath(), "parindex-setup-import-benchmark.db");

    public static async Task RunAsync(TextWriter log)
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={DatabasePath}",
            ["Security:KeysPath"] = Path.Combine(Path.GetTempPath(), "parindex-setup-import-keys"),
            ["Signing:GenerateIfMissing"] = "true",
        }).Build();
        var user = new BenchmarkUser();
        user.Act(Roles.Administrator);
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddApplication()
            .AddInfrastructure(configuration, Path.GetTempPath())
            .AddSingleton<ICurrentUser>(user);
        // The portal's own Identity setup (SecuritySetup): its password policy, validator and hasher.
        services.AddIdentityCore<ApplicationUser>(IdentityPolicy.Configure).AddRoles<ApplicationRole>()
            .AddEntityFrameworkStores<ParIndexDbContext>().AddErrorDescriber<PortalIdentityErrorDescriber>()
            .AddPasswordValidator<PasswordPolicyValidator>();
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var blocks = await AddBlocksAsync(provider);
        var unitsFile = UnitsCsv(blocks);
        var accountsFile = AccountsCsv();
        await log.WriteLineAsync($"Files: units {unitsFile.Length / 1024} KB ({Units} rows), accounts {accountsFile.Length / 1024} KB ({Accounts} rows)");

        await HashingCostAsync(log);
        var total = Stopwatch.StartNew();
        await using var scope = provider.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var unitPreview = await StepAsync(log, "Preview units", () =>
            sp.GetRequiredService<PreviewUnitImportHandler>().HandleAsync(new PreviewUnitImport("units.csv", unitsFile), default));
        Require(unitPreview.CanImport && unitPreview.ToCreate == Units, "units preview");
        var units = await StepAsync(log, "Import units", () =>
            sp.GetRequiredService<ImportUnitsHandler>().HandleAsync(new ImportUnits("units.csv", unitsFile, unitPreview.Sha256), default));
        Require(units.Created == Units, "units import");
        var accountPreview = await StepAsync(log, "Preview accounts", () =>
            sp.GetRequiredService<PreviewAccountImportHandler>().HandleAsync(new PreviewAccountImport("accounts.csv", accountsFile), default));
        Require(accountPreview.CanImport && accountPreview.ToCreate == Accounts, "accounts preview");
        var accounts = await StepAsync(log, "Import accounts", () =>
            sp.GetRequiredService<ImportAccountsHandler>().HandleAsync(new ImportAccounts("accounts.csv", accountsFile, accountPreview.Sha256), default));
        Require(accounts.Created == Accounts && accounts.Passwords.Count == Accounts, "accounts import");
        await log.WriteLineAsync($"Total: {total.Elapsed.TotalSeconds:0.0} s for {Units} units and {Accounts} accounts");

        await using var db = await provider.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContextAsync();
        await log.WriteLineAsync($"Stored: {await db.Units.CountAsync()} units, {await db.Users.CountAsync()} accounts, "
            + $"{await db.UserClaims.CountAsync()} must-change marks");
        SqliteConnection.ClearAllPools();
    }

    private static async Task<T> StepAsync<T>(TextWriter log, string name, Func<Task<T>> step)
    {
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var peak = new PeakHeap();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = await step();
        watch.Stop();
        // CPU time beside wall time: on a shared machine the wall clock also counts the time other processes had the cores.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        await log.WriteLineAsync($"{name,-17} {watch.Elapsed.TotalSeconds,6:0.0} s (CPU {cpu.TotalSeconds,5:0.0} s)   allocated {Mb(allocated),7:0} MB   "
            + $"largest heap after a GC {Mb(peak.Largest),5:0} MB   live heap before {Mb(heapBefore),4:0} MB, after {Mb(heapAfter),4:0} MB");
        return result;
    }

    /// <summary>What hashing alone costs: Identity's default (100,000 iterations) against the one-time passwords' 1,000.</summary>
    private static async Task HashingCostAsync(TextWriter log)
    {
        var user = new ApplicationUser();
        foreach (var iterations in new[] { 100_000, 1_000 })
        {
            var hasher = new PasswordHasher<ApplicationUser>(Options.Create(new PasswordHasherOptions { IterationCount = iterations }));
            const int Sample = 50;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < Sample; i++)
            {
                hasher.HashPassword(user, "AbCd-EfGh-JkMn-PqRs");
            }

            var perHash = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / Sample;
            await log.WriteLineAsync($"Hashing at {iterations,7:N0} iterations: {perHash,6:0.00} ms CPU per password, "
                + $"{perHash * Accounts / 1000,6:0.0} s CPU for {Accounts:N0}");
        }
    }

    private static double Mb(long bytes) => bytes / 1024.0 / 1024.0;

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"The {what} did not do what the benchmark expects.");
        }
    }

    private static async Task<IReadOnlyList<string>> AddBlocksAsync(IServiceProvider provider)
    {
        await using var db = await provider.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContextAsync();
        Block[] blocks =
        [
            new("SBN", "Sở, ban, ngành", null, BlockKind.Department, isRanked: true, sortOrder: 1),
            new("XP", "UBND xã, phường", null, BlockKind.CommuneWard, isRanked: true, sortOrder: 2),
        ];
        db.AddRange(blocks);
        await db.SaveChangesAsync();
        return [.. blocks.Select(b => b.Code)];
    }

    /// <summary>One department in ten, the rest communes and wards, as the national figure is made of.</summary>
    private static byte[] UnitsCsv(IReadOnlyList<string> blocks)
    {
        var csv = new StringBuilder("Mã đơn vị,Tên đơn vị,Tên viết tắt,Mã khối\r\n");
        for (var i = 0; i < Units; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"DV{i:D4},Ủy ban nhân dân xã Phước Thạnh số {i + 1},Phước Thạnh {i + 1},{blocks[i % 10 == 0 ? 0 : 1]}\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>Three accounts (two officers and the leader) for each of the first 3,333 units, and one inspector.</summary>
    private static byte[] AccountsCsv()
    {
        var csv = new StringBuilder("Tên đăng nhập,Họ tên,Email,Mã đơn vị,Vai trò\r\n");
        for (var i = 0; i < Accounts - 1; i++)
        {
            var unit = i / 3;
            var role = i % 3 == 2 ? Roles.AgencyLeader : Roles.AgencyStaff;
            csv.Append(CultureInfo.InvariantCulture, $"cb{i:D5}.dv{unit:D4},Nguyễn Văn An {i + 1},cb{i:D5}@dv{unit:D4}.gov.vn,DV{unit:D4},{role}\r\n");
        }

        csv.Append(CultureInfo.InvariantCulture, $"thamdinh.bench,Trần Thị Bình,thamdinh@snv.gov.vn,,{Roles.Inspector}\r\n");
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>The largest managed heap a garbage collection left while a step ran, sampled every 50 ms.</summary>
    private sealed class PeakHeap : IDisposable
    {
        private readonly Timer _timer;

        public PeakHeap() => _timer = new Timer(_ => Largest = Math.Max(Largest, GC.GetGCMemoryInfo().HeapSizeBytes), null, 0, 50);

        public long Largest { get; private set; }

        public void Dispose()
        {
            _timer.Dispose();
            Largest = Math.Max(Largest, GC.GetGCMemoryInfo().HeapSizeBytes);
        }
    }
}
