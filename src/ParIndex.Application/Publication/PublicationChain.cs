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
        var last = await LastLinkAsync(db, ct);
        var snapshot = PublicationSnapshot.Serialize(await PublicationSnapshot.BuildAsync(db, period, ct));
        var publication = Link(period, snapshot, decision, current, reason, userId, nowUtc, last);
        db.Publications.Add(publication);
        return publication;
    }

    /// <summary>The newest link of the chain as saved, or null before the first publication.</summary>
    internal static Task<ChainLink?> LastLinkAsync(IParIndexDb db, CancellationToken ct) =>
        db.Publications.AsNoTracking().OrderByDescending(p => p.Sequence).Select(p => new ChainLink(p.Sequence, p.Sha256)).FirstOrDefaultAsync(ct);

    /// <summary>The publication that follows <paramref name="previous"/>; several can be linked in memory and saved together.</summary>
    internal static PublicationRecord Link(EvaluationPeriod period, string snapshot, PublicationDecision decision, PublicationRecord? current,
        string? reason, Guid userId, DateTime nowUtc, ChainLink? previous)
    {
        var sequence = (previous?.Sequence ?? 0) + 1;
        return current is null
            ? PublicationRecord.First(period.Id, sequence, decision, userId, nowUtc, snapshot, previous?.Sha256)
            : PublicationRecord.Correction(current, sequence, decision, reason!, userId, nowUtc, snapshot, previous?.Sha256);
    }
}

/// <summary>A link of the chain: its position and hash, all the next publication needs.</summary>
internal sealed record ChainLink(long Sequence, string Sha256);
