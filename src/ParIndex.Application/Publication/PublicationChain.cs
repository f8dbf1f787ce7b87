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
    public static async Task<PublicationRecord> AppendAsync(IParIndexDb db, IPublicationSigner signer, EvaluationPeriod period, PublicationDecision decision,
        PublicationRecord? current, string? reason, Guid userId, DateTime nowUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        var last = await LastLinkAsync(db, ct);
        var snapshot = PublicationSnapshot.Serialize(await PublicationSnapshot.BuildAsync(db, period, ct));
        var publication = Link(signer, period, snapshot, decision, current, reason, userId, nowUtc, last);
        db.Publications.Add(publication);
        return publication;
    }

    /// <summary>The newest link of the chain as saved, or null before the first publication.</summary>
    internal static Task<ChainLink?> LastLinkAsync(IParIndexDb db, CancellationToken ct) =>
        db.Publications.AsNoTracking().OrderByDescending(p => p.Sequence).Select(p => new ChainLink(p.Sequence, p.Sha256)).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The publication that follows <paramref name="previous"/>, signed with the portal's key; several can be linked in
    /// memory and saved together. Refused, before anything changes, when no signing key is configured.
    /// </summary>
    internal static PublicationRecord Link(IPublicationSigner signer, EvaluationPeriod period, string snapshot, PublicationDecision decision,
        PublicationRecord? current, string? reason, Guid userId, DateTime nowUtc, ChainLink? previous)
    {
        ArgumentNullException.ThrowIfNull(signer);
        if (!signer.CanSign)
        {
            throw new WorkflowRefusedException(PublicationMessages.NoSigningKey);
        }

        var sequence = (previous?.Sequence ?? 0) + 1;
        var publication = current is null
            ? PublicationRecord.First(period.Id, sequence, decision, userId, nowUtc, snapshot, previous?.Sha256)
            : PublicationRecord.Correction(current, sequence, decision, reason!, userId, nowUtc, snapshot, previous?.Sha256);
        publication.Sign(signer.Sign(publication.SignedText), signer.Fingerprint!);
        return publication;
    }
}

/// <summary>A link of the chain: its position and hash, all the next publication needs.</summary>
internal sealed record ChainLink(long Sequence, string Sha256);
