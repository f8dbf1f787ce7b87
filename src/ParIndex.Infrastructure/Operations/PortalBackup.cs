using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Publication;
using ParIndex.Infrastructure.EvidenceFiles;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Infrastructure.Operations;

/// <summary>
/// Online backup of the SQLite database and the evidence store, and the restore drill into an empty environment that
/// proves the copy is whole: row counts, every evidence file's SHA-256, the publication chain (G2). SQL Server is
/// backed up with its own BACKUP DATABASE (docs/deploy.md); the evidence store the same way as here.
/// </summary>
public sealed class PortalBackup(IDbContextFactory<ParIndexDbContext> dbFactory, IParIndexDbFactory useCaseDb, string sqliteConnectionString,
    string evidenceRoot, TimeProvider clock, IPublicationSigner signer)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public async Task<OperationReport> BackupAsync(string folder, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return Failed(watch, $"Thư mục sao lưu {folder} không trống.");
        }

        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, BackupManifest.DatabaseFileName);
        await using (var source = new SqliteConnection(sqliteConnectionString))
        await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString()))
        {
            await source.OpenAsync(ct);
            await target.OpenAsync(ct);

            // SQLite's online backup: a consistent copy while the portal keeps writing.
            source.BackupDatabase(target);
        }

        // Everything below reads the copy, so counts and files describe the same instant.
        var manifest = await DescribeAsync(copy, ct);
        var problems = new List<string>();
        foreach (var file in manifest.Evidence)
        {
            var relative = FileSystemEvidenceStore.KeptRelativePath(file.StorageKey);
            problems.AddRange(await CopyCheckedAsync(Path.Combine(evidenceRoot, relative), Path.Combine(folder, BackupManifest.EvidenceFolder, relative), file, ct));
        }

        await File.WriteAllTextAsync(Path.Combine(folder, BackupManifest.FileName), JsonSerializer.Serialize(manifest, Json), ct);
        return new OperationReport(problems.Count == 0, problems, watch.Elapsed, manifest);
    }

    /// <summary>Restores a backup into this environment, which must be empty, then checks it against the manifest.</summary>
    public async Task<OperationReport> RestoreAsync(string folder, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var manifestPath = Path.Combine(folder, BackupManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            return Failed(watch, $"Không thấy {BackupManifest.FileName} trong {folder}.");
        }

        var manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(manifestPath, ct), Json)!;
        var databasePath = new SqliteConnectionStringBuilder(sqliteConnectionString).DataSource;
        if (File.Exists(databasePath) && new FileInfo(databasePath).Length > 0
            || Directory.Exists(Path.Combine(evidenceRoot, "files")) && Directory.EnumerateFiles(Path.Combine(evidenceRoot, "files"), "*", SearchOption.AllDirectories).Any())
        {
            return Failed(watch, "Môi trường đích đã có dữ liệu; chỉ khôi phục vào cơ sở dữ liệu và kho tài liệu trống.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        File.Copy(Path.Combine(folder, BackupManifest.DatabaseFileName), databasePath);
        var problems = new List<string>();
        foreach (var file in manifest.Evidence)
        {
            var relative = FileSystemEvidenceStore.KeptRelativePath(file.StorageKey);
            problems.AddRange(await CopyCheckedAsync(Path.Combine(folder, BackupManifest.EvidenceFolder, relative), Path.Combine(evidenceRoot, relative), file, ct));
        }

        problems.AddRange(await CheckAsync(manifest, ct));
        return new OperationReport(problems.Count == 0, problems, watch.Elapsed, manifest);
    }

    /// <summary>The restored environment against the manifest: counts, evidence rows and files, the publication chain.</summary>
    private async Task<IReadOnlyList<string>> CheckAsync(BackupManifest manifest, CancellationToken ct)
    {
        var problems = new List<string>();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            foreach (var (table, expected) in manifest.Counts)
            {
                var actual = await CountAsync(db.Database.GetDbConnection(), table, ct);
                if (actual != expected)
                {
                    problems.Add($"Bảng {table}: {actual} dòng, bản sao lưu có {expected}.");
                }
            }

            var rows = await db.Evidence.AsNoTracking().Where(e => e.StorageKey != null).ToDictionaryAsync(e => e.StorageKey!, e => e.Sha256, ct);
            problems.AddRange(manifest.Evidence.Where(f => !string.Equals(rows.GetValueOrDefault(f.StorageKey), f.Sha256, StringComparison.OrdinalIgnoreCase))
                .Select(f => $"Tài liệu {f.StorageKey}: mã băm trong cơ sở dữ liệu khác bản sao lưu."));
        }

        var chain = await new VerifyPublicationsHandler(useCaseDb, clock, signer).HandleAsync(new VerifyPublications(), ct);
        problems.AddRange(chain.Problems.Select(p => $"Công bố năm {p.Year} bản {p.Version}: {p.Message}"));
        return problems;
    }

    private static async Task<BackupManifest> DescribeAsync(string databaseCopy, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseCopy, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in CountedTables)
        {
            counts[table] = await CountAsync(connection, table, ct);
        }

        var evidence = new List<BackedUpFile>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT StorageKey, Sha256, SizeBytes FROM Evidence WHERE StorageKey IS NOT NULL ORDER BY StorageKey";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                evidence.Add(new BackedUpFile(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? 0 : reader.GetInt64(2)));
            }
        }

        (long Sequence, string Sha256)? head = null;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT Sequence, Sha256 FROM Publications ORDER BY Sequence DESC LIMIT 1";
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct))
            {
                head = (reader.GetInt64(0), reader.GetString(1));
            }
        }

        return new BackupManifest(DateTime.UtcNow, counts, evidence, head?.Sequence, head?.Sha256);
    }

    /// <summary>The tables whose rows must all come back; names as the migrations create them.</summary>
    private static readonly string[] CountedTables =
        ["Blocks", "Units", "EvaluationPeriods", "Frameworks", "Assessments", "CriterionResponses", "Evidence", "CriterionEvidence", "Publications", "AuditEntries", "AspNetUsers", "ImprovementTasks", "ImprovementNotes"];

    private static async Task<long> CountAsync(System.Data.Common.DbConnection connection, string table, CancellationToken ct)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }

        await using var command = connection.CreateCommand();
        // Table names come from the fixed list above, never from input.
#pragma warning disable CA2100
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
#pragma warning restore CA2100
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Copies a file and checks on the way that it is the one the database describes.</summary>
    private static async Task<IReadOnlyList<string>> CopyCheckedAsync(string from, string to, BackedUpFile file, CancellationToken ct)
    {
        if (!File.Exists(from))
        {
            return [$"Thiếu tệp tài liệu {file.StorageKey}."];
        }

        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        await using (var source = File.OpenRead(from))
        await using (var target = File.Create(to))
        {
            await source.CopyToAsync(target, ct);
        }

        await using var copied = File.OpenRead(to);
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(copied, ct));
        return string.Equals(sha, file.Sha256, StringComparison.OrdinalIgnoreCase) ? [] : [$"Tệp tài liệu {file.StorageKey}: mã băm SHA-256 không khớp."];
    }

    private static OperationReport Failed(Stopwatch watch, string problem) => new(false, [problem], watch.Elapsed, null);
}
