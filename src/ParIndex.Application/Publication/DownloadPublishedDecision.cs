using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Publications;

namespace ParIndex.Application.Publication;

/// <summary>
/// The signed decision that published a year's results: a public document like the results themselves, so anyone may
/// read it. Only the current publication version's decision; a year being corrected has none until published again.
/// </summary>
public sealed record DownloadPublishedDecision(int Year);

/// <summary>Whether a published year has its signed decision attached, for the public page's link.</summary>
public sealed record FindPublishedDecision(int Year);

public sealed record PublishedDecisionFile(string FileName, long SizeBytes, string Sha256);

public sealed class DownloadPublishedDecisionHandler(IParIndexDbFactory dbFactory, IEvidenceStore store, ICurrentUser user, TimeProvider clock)
{
    public async Task<EvidenceFile> HandleAsync(DownloadPublishedDecision request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var document = await PublishedDecisions.FindAsync(db, request.Year, ct) ?? throw new NotFoundException("PublishedDecision", request.Year);
        return await SignedDocumentFiles.ReadVerifiedAsync(db, store, user, clock, document, ct);
    }
}

public sealed class FindPublishedDecisionHandler(IParIndexDbFactory dbFactory)
{
    public async Task<PublishedDecisionFile?> HandleAsync(FindPublishedDecision request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        return await PublishedDecisions.FindAsync(db, request.Year, ct) is { } d ? new PublishedDecisionFile(d.FileName, d.SizeBytes, d.Sha256) : null;
    }
}

internal static class PublishedDecisions
{
    public static Task<SignedDocument?> FindAsync(IParIndexDb db, int year, CancellationToken ct) =>
        (from period in db.Periods.AsNoTracking()
         where period.Year == year && (period.State == PeriodState.Published || period.State == PeriodState.Archived)
         join publication in db.Publications.AsNoTracking() on period.Id equals publication.PeriodId
         where publication.SupersededById == null
         join document in db.SignedDocuments.AsNoTracking() on publication.Id equals document.OwnerId
         where document.Kind == SignedDocumentKind.PublicationDecision
         select document).SingleOrDefaultAsync(ct);
}
