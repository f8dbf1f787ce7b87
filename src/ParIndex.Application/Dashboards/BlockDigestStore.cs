using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Application.Dashboards;

/// <summary>Writes and removes the stored block digests of a period, inside the caller's save.</summary>
internal static class BlockDigestStore
{
    /// <summary>The council's approval: every block's digest of the period, replacing any kept before.</summary>
    public static async Task ReplaceAsync(IParIndexDb db, Guid periodId, IEnumerable<(Guid BlockId, BlockDigest Digest)> blocks, DateTime nowUtc, CancellationToken ct)
    {
        await RemoveAsync(db, periodId, ct);
        db.BlockDigests.AddRange(blocks.Select(b => new StoredBlockDigest(periodId, b.BlockId, BlockDigestFormat.Write(b.Digest), nowUtc)));
    }

    /// <summary>Reopening the approval: the decided results are being reconsidered.</summary>
    public static async Task RemoveAsync(IParIndexDb db, Guid periodId, CancellationToken ct) =>
        db.BlockDigests.RemoveRange(await db.BlockDigests.Where(d => d.PeriodId == periodId).ToListAsync(ct));

    /// <summary>
    /// A digest made on a dashboard view; two first views at once both make one and the second save meets the unique
    /// key, which is fine: both hold the same digest.
    /// </summary>
    public static async Task TryAddAsync(IParIndexDb db, Guid periodId, Guid blockId, BlockDigest digest, DateTime nowUtc, CancellationToken ct)
    {
        db.BlockDigests.Add(new StoredBlockDigest(periodId, blockId, BlockDigestFormat.Write(digest), nowUtc));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another view stored the same digest first.
        }
    }
}
