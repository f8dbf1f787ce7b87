namespace ParIndex.Application.Auditing;

/// <summary>
/// The audit trail's last head (sequence number and hash) kept outside the database, in the keys folder, so that
/// deleting the newest entries (a cut tail) or appending forged ones is found even though every remaining link holds
/// (docs/security.md). The latest head is replaced at every audited save; checkpoints are appended at every state
/// change, approval and publication, and whenever the database no longer ends where the last head said.
/// </summary>
public interface IAuditHeadStore
{
    /// <summary>The head written after the last audited save; null before the first one.</summary>
    AuditHead? Latest();

    /// <summary>Every checkpoint kept, oldest first.</summary>
    IReadOnlyList<AuditCheckpoint> Checkpoints();

    /// <summary>Replaces the latest head.</summary>
    void Write(AuditHead head);

    /// <summary>Appends a checkpoint.</summary>
    void Append(AuditCheckpoint checkpoint);
}

/// <summary>An entry of the trail as it was when written: its number, hash, action and time.</summary>
public sealed record AuditHead(long Sequence, string Hash, string Action, DateTime OccurredAtUtc);

/// <summary>
/// A head kept for good. <see cref="DatabaseEnd"/> is set when a save found the database ending elsewhere than the
/// latest head (rows deleted or added behind the portal's back): what it ended with then.
/// </summary>
public sealed record AuditCheckpoint(AuditHead Head, AuditHead? DatabaseEnd = null);
