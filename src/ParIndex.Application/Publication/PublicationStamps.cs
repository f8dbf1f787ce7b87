using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Application.Publication;

/// <summary>The stamp of a period's current publication, for reports; null while the period is not published.</summary>
public static class PublicationStamps
{
    public static async Task<PublicationStamp?> ForPeriodAsync(IParIndexDb db, Guid periodId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var current = await db.Publications.AsNoTracking().Where(p => p.PeriodId == periodId && p.SupersededById == null)
            .Select(p => new { p.Id, p.Version, p.DecisionNumber, p.DecisionDate, p.Signer, p.PublishedAtUtc, p.Sha256 })
            .SingleOrDefaultAsync(ct);
        return current is null
            ? null
            : new PublicationStamp(current.Id, current.Version, current.DecisionNumber, current.DecisionDate, current.Signer, current.PublishedAtUtc,
                current.Sha256, VerifyPathOf(current.Id));
    }

    public static string VerifyPathOf(Guid publicationId) => $"/public/verify/{publicationId}";
}
