using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Publications;
using PublicationRecord = ParIndex.Domain.Publications.Publication;

namespace ParIndex.Application.Publication;

/// <summary>
/// Appends a period's snapshot to the portal-wide chain: the next sequence, hashed over the previous link. Shared by the
/// administrator's publication and by whatever records years published before (the demo's past years), so every
/// publication on record is verifiable the same way.
/// </summary>
public static class PublicationChain
{
    /// <summary>Adds (does not save) the period's next version: a first publication, or a correction of <paramref name="current"/>.</summary>
    public static async Task<PublicationRecord> AppendAsync(IParIndexDb db, EvaluationPeriod period, PublicationDecision decision, PublicationRecord? current,
        string? reason, Guid userId, DateTime nowUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        var last = await db.Publications.AsNoTracking().OrderByDescending(p => p.Sequence).Select(p => new { p.Sequence, p.Sha256 }).FirstOrDefaultAsync(ct);
        var snapshot = PublicationSnapshot.Serialize(await PublicationSnapshot.BuildAsync(db, period, ct));
        var sequence = (last?.Sequence ?? 0) + 1;
        var publication = current is null
            ? PublicationRecord.First(period.Id, sequence, decision, userId, nowUtc, snapshot, last?.Sha256)
            : PublicationRecord.Correction(current, sequence, decision, reason!, userId, nowUtc, snapshot, last?.Sha256);
        db.Publications.Add(publication);
        return publication;
    }
}
