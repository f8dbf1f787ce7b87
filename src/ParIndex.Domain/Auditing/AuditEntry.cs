namespace ParIndex.Domain.Auditing;

/// <summary>
/// One line of the append-only audit trail: who did what to which record, when, from where, with old and new
/// values. Each entry carries the hash of the previous one, so an edit behind the portal's back breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxActionLength = 100;

    private AuditEntry()
    {
        Action = string.Empty;
        EntityType = string.Empty;
        Hash = string.Empty;
    }

    public AuditEntry(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        OccurredAtUtc = record.OccurredAtUtc;
        UserId = record.UserId;
        UserName = record.UserName;
        Roles = record.Roles;
        UnitId = record.UnitId;
        IpAddress = record.IpAddress;
        Action = record.Action;
        EntityType = record.EntityType;
        EntityId = record.EntityId;
        OldValues = record.OldValues;
        NewValues = record.NewValues;
        Succeeded = record.Succeeded;
        Hash = string.Empty;
    }

    public long Id { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }

    public Guid? UserId { get; private set; }

    public string? UserName { get; private set; }

    public string? Roles { get; private set; }

    /// <summary>The unit of the user who acted, if any.</summary>
    public Guid? UnitId { get; private set; }

    public string? IpAddress { get; private set; }

    /// <summary>Stable action key, e.g. "unit.renamed", "auth.signIn.failed".</summary>
    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public string? EntityId { get; private set; }

    public string? OldValues { get; private set; }

    public string? NewValues { get; private set; }

    /// <summary>False for refused attempts (access denied, failed sign-in), which are audited too.</summary>
    public bool Succeeded { get; private set; }

    /// <summary>
    /// Position in the trail from 1, one more than the entry before it, so a deleted row leaves a gap in the numbers
    /// and a cut tail is found against the last head kept outside the database. 0 on entries written before
    /// numbering began, whose hash does not cover it.
    /// </summary>
    public long Sequence { get; private set; }

    public string? PreviousHash { get; private set; }

    public string Hash { get; private set; }

    /// <summary>Chains this entry to the previous one; called once, by persistence, before the entry is stored.</summary>
    public void Seal(string? previousHash, Func<string, string> sha256Hex) => Seal(previousHash, 0, sha256Hex);

    /// <summary>Chains this entry to the previous one at position <paramref name="sequence"/> (0: unnumbered).</summary>
    public void Seal(string? previousHash, long sequence, Func<string, string> sha256Hex)
    {
        ArgumentNullException.ThrowIfNull(sha256Hex);
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        if (Hash.Length > 0)
        {
            throw new InvalidOperationException("An audit entry is sealed once.");
        }

        PreviousHash = previousHash;
        Sequence = sequence;
        Hash = sha256Hex(CanonicalText());
    }

    /// <summary>Whether the stored hash still covers the stored fields; false once a row was edited behind the portal's back.</summary>
    public bool IsIntact(Func<string, string> sha256Hex)
    {
        ArgumentNullException.ThrowIfNull(sha256Hex);
        return Hash.Length > 0 && string.Equals(Hash, sha256Hex(CanonicalText()), StringComparison.Ordinal);
    }

    /// <summary>
    /// The text the hash covers: every field, in a fixed order, culture-invariant. The sequence number is appended
    /// only when there is one, so entries sealed before numbering began keep their hashes.
    /// </summary>
    public string CanonicalText() => Sequence > 0
        ? string.Concat(UnnumberedText(), "\u001f", Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture))
        : UnnumberedText();

    private string UnnumberedText() => string.Join('\u001f',
        PreviousHash ?? string.Empty,
        OccurredAtUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        UserId?.ToString() ?? string.Empty,
        UserName ?? string.Empty,
        Roles ?? string.Empty,
        UnitId?.ToString() ?? string.Empty,
        IpAddress ?? string.Empty,
        Action,
        EntityType,
        EntityId ?? string.Empty,
        OldValues ?? string.Empty,
        NewValues ?? string.Empty,
        Succeeded ? "1" : "0");
}
