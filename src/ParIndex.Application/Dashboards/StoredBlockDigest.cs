namespace ParIndex.Application.Dashboards;

/// <summary>
/// A block's <see cref="BlockDigest"/> as the council's approval decided it, kept in the database so that the first
/// dashboard view of a national block, on any server, reads one row instead of 400,000 responses. Reopening the
/// approval removes it; a new approval writes it again.
/// </summary>
public sealed class StoredBlockDigest
{
    public StoredBlockDigest(Guid periodId, Guid blockId, string content, DateTime storedAtUtc)
    {
        Id = Guid.NewGuid();
        PeriodId = periodId;
        BlockId = blockId;
        Content = content;
        StoredAtUtc = storedAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid PeriodId { get; private set; }

    public Guid BlockId { get; private set; }

    /// <summary>The digest in <see cref="BlockDigestFormat"/>'s compact JSON.</summary>
    public string Content { get; private set; }

    public DateTime StoredAtUtc { get; private set; }
}
