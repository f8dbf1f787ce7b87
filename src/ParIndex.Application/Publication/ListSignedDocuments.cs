using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Publications;

namespace ParIndex.Application.Publication;

/// <summary>The signed minutes and decisions attached to a period, for the workflow page where the approval is shown.</summary>
public sealed record ListSignedDocuments(Guid PeriodId);

/// <summary><c>PublicationVersion</c>: the version a decision belongs to (null for the minutes).</summary>
public sealed record SignedDocumentItem(Guid Id, SignedDocumentKind Kind, int? PublicationVersion, string FileName, long SizeBytes, string Sha256,
    DateTime AttachedAtUtc);

public sealed class ListSignedDocumentsHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<SignedDocumentItem>> HandleAsync(ListSignedDocuments request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "signedDocument.listed", nameof(EvaluationPeriod), request.PeriodId, ct, SignedDocumentAccess.Readers);
        var versions = await db.Publications.AsNoTracking().Where(p => p.PeriodId == request.PeriodId).Select(p => new { p.Id, p.Version })
            .ToDictionaryAsync(p => p.Id, p => p.Version, ct);
        var documents = await db.SignedDocuments.AsNoTracking().Where(d => d.PeriodId == request.PeriodId).ToListAsync(ct);
        return [.. documents
            .Select(d => new SignedDocumentItem(d.Id, d.Kind, versions.TryGetValue(d.OwnerId, out var v) ? v : null, d.FileName, d.SizeBytes, d.Sha256,
                d.AttachedAtUtc))
            .OrderBy(d => d.Kind).ThenByDescending(d => d.PublicationVersion)];
    }
}
