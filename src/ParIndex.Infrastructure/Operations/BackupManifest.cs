namespace ParIndex.Infrastructure.Operations;

/// <summary>
/// What a backup holds, written beside it as manifest.json: row counts of the tables that matter, every evidence
/// file with its SHA-256, and the head of the publication chain — what a restore drill checks against (G2).
/// </summary>
public sealed record BackupManifest(
    DateTime CreatedAtUtc, IReadOnlyDictionary<string, long> Counts, IReadOnlyList<BackedUpFile> Evidence, long? ChainHeadSequence, string? ChainHeadSha256)
{
    public const string FileName = "manifest.json";
    public const string DatabaseFileName = "parindex.db";
    public const string EvidenceFolder = "evidence";
}

public sealed record BackedUpFile(string StorageKey, string Sha256, long SizeBytes);

/// <summary>The outcome of a backup or a restore: what was found wrong (nothing when it passed) and how long it took.</summary>
public sealed record OperationReport(bool Passed, IReadOnlyList<string> Problems, TimeSpan Took, BackupManifest? Manifest);
