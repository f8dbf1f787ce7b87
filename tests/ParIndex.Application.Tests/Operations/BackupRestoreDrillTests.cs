using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Application.Publication;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Publications;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;
using ParIndex.Infrastructure;
using ParIndex.Infrastructure.Operations;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Application.Tests.Operations;

/// <summary>
/// The backup and restore drill (G2): an online backup of a portal with an evidence file and a publication, restored
/// into an empty environment, comes back whole; a damaged copy or a non-empty target is refused, naming why.
/// </summary>
public sealed class BackupRestoreDrillTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"parindex-drill-{Guid.NewGuid():N}");

    [Fact]
    public async Task Backup_RestoredIntoAnEmptyEnvironment_HasEveryRowFileAndPublication()
    {
        await using var source = Environment("source");
        await source.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var (storageKey, content) = await PortalWithEvidenceAsync(source);

        var backup = await source.GetRequiredService<PortalBackup>().BackupAsync(Path.Combine(_root, "backup"), Ct);
        await using var target = Environment("target");
        var restore = await target.GetRequiredService<PortalBackup>().RestoreAsync(Path.Combine(_root, "backup"), Ct);

        Assert.True(backup.Passed, string.Join("; ", backup.Problems));
        Assert.True(restore.Passed, string.Join("; ", restore.Problems));
        Assert.Equal(1, backup.Manifest!.Counts["Publications"]);
        Assert.Equal(storageKey, Assert.Single(backup.Manifest.Evidence).StorageKey);
        await using var restored = target.GetRequiredService<IEvidenceStore>().Open(storageKey)!;
        using var copy = new MemoryStream();
        await restored.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
        await using var db = await target.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Units.CountAsync());
    }

    [Fact]
    public async Task DamagedEvidenceInTheBackup_OrATargetWithData_IsRefusedNamingWhy()
    {
        await using var source = Environment("source");
        await source.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var (storageKey, _) = await PortalWithEvidenceAsync(source);
        var folder = Path.Combine(_root, "backup");
        Assert.True((await source.GetRequiredService<PortalBackup>().BackupAsync(folder, Ct)).Passed);
        var file = Directory.EnumerateFiles(Path.Combine(folder, BackupManifest.EvidenceFolder), storageKey, SearchOption.AllDirectories).Single();
        await File.AppendAllTextAsync(file, "x");

        await using var target = Environment("target");
        var damaged = await target.GetRequiredService<PortalBackup>().RestoreAsync(folder, Ct);
        var again = await target.GetRequiredService<PortalBackup>().RestoreAsync(folder, Ct);
        var notEmpty = await source.GetRequiredService<PortalBackup>().BackupAsync(folder, Ct);

        Assert.False(damaged.Passed);
        Assert.Contains($"Tệp tài liệu {storageKey}: mã băm SHA-256 không khớp.", damaged.Problems);
        Assert.Equal(["Môi trường đích đã có dữ liệu; chỉ khôi phục vào cơ sở dữ liệu và kho tài liệu trống."], again.Problems);
        Assert.False(notEmpty.Passed);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>A unit, a published year with its publication, and one evidence file kept in the store.</summary>
    private static async Task<(string StorageKey, byte[] Content)> PortalWithEvidenceAsync(ServiceProvider services)
    {
        var content = Encoding.UTF8.GetBytes("%PDF-1.4 báo cáo CCHC");
        var store = services.GetRequiredService<IEvidenceStore>();
        var pending = await store.ReceiveAsync(new MemoryStream(content), 1024, Ct);
        await store.KeepAsync(pending, Ct);

        var block = new Block("SO", "Sở, ban, ngành", null, BlockKind.Department, isRanked: true, sortOrder: 1);
        var unit = new Unit("STP", "Sở Tư pháp", block.Id);
        var framework = new Framework("SO-1", "Bộ chỉ số", BlockKind.Department, 1, "Minh họa", isIllustrative: true);
        var period = new EvaluationPeriod(2024, "Năm 2024", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        period.Through(PeriodState.Published, new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc));

        var assessment = new Assessment(period.Id, unit.Id, unit.BlockId, framework.Id);
        assessment.RecordResult(91.5m, Classification.Excellent, 1, ResultSource.Imported);
        await using var db = await services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContextAsync();
        db.AddRange(block, unit, framework, period, assessment);
        db.Evidence.Add(Evidence.ForFile(unit.Id, period.Id, "bao-cao.pdf", "application/pdf", content.Length, pending.Sha256, pending.StorageKey, Guid.NewGuid(), DateTime.UtcNow));
        await db.SaveChangesAsync();
        await PublicationChain.AppendAsync(db, services.GetRequiredService<IPublicationSigner>(), period, new PublicationDecision("1/QĐ-UBND", new DateOnly(2025, 3, 1), "Chủ tịch"), null, null, Guid.NewGuid(),
            DateTime.UtcNow, Ct);
        await db.SaveChangesAsync();
        return (pending.StorageKey, content);
    }

    private ServiceProvider Environment(string name)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder, "parindex.db")}",
            ["Evidence:StoragePath"] = Path.Combine(folder, "evidence"),
            // The key file is kept apart from the database and its backups; both servers of the drill share it.
            ["Security:KeysPath"] = Path.Combine(_root, "keys"),
            ["Signing:GenerateIfMissing"] = "true",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddInfrastructure(configuration, folder);
        return services.BuildServiceProvider();
    }
}
