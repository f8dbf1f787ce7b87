using System.Net.Mime;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Publications;

namespace ParIndex.Application.Publication;

/// <summary>
/// Attaches the signed PDF of the council's minutes (to the period's approval) or of the publishing decision (to the
/// period's current publication version), with the step or afterwards. Attaching again replaces the file.
/// </summary>
public sealed record AttachSignedDocument(Guid PeriodId, SignedDocumentKind Kind, string FileName, Stream Content);

public sealed record AttachedSignedDocument(Guid Id, SignedDocumentKind Kind, string FileName, long SizeBytes, string Sha256, bool Replaced);

/// <summary>
/// The same checks as evidence uploads: the size cap while receiving, the content inspected (a real PDF structure, not
/// just a name) — and here nothing but a PDF. The file is kept before the row commits and removed if the commit fails;
/// a replaced file is removed only after the commit, and its hash stays in the audit entry.
/// </summary>
public sealed class AttachSignedDocumentHandler(
    IParIndexDbFactory dbFactory, IEvidenceStore store, IUploadInspector inspector, EvidenceOptions options, ICurrentUser user, TimeProvider clock)
{
    public static string NotPdf => PublicationMessages.SignedNotPdf;

    public async Task<AttachedSignedDocument> HandleAsync(AttachSignedDocument request, CancellationToken ct)
    {
        var action = SignedDocumentAccess.Action(request.Kind);
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, action, nameof(EvaluationPeriod), request.PeriodId, ct, SignedDocumentAccess.Attachers(request.Kind));
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        var ownerId = await OwnerAsync(db, period, request.Kind, ct);
        if (ownerId is null)
        {
            var refusal = request.Kind == SignedDocumentKind.CouncilMinutes ? SignedDocumentAccess.NotApproved : SignedDocumentAccess.NotPublished;
            db.Audit(user, clock, action, nameof(EvaluationPeriod), period.Id, new { period.State }, new { refused = refusal }, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new WorkflowRefusedException(refusal);
        }

        var fileName = UploadEvidenceHandler.SafeName(request.FileName);
        var pending = await store.ReceiveAsync(request.Content, options.MaxFileBytes, ct);
        var kept = false;
        try
        {
            if (pending.SizeBytes == 0)
            {
                throw Invalid(PublicationMessages.SignedEmpty);
            }

            UploadVerdict verdict;
            await using (var content = store.OpenPending(pending))
            {
                verdict = inspector.Inspect(fileName, content);
            }

            var refusal = !verdict.IsAccepted ? verdict.Refusal! : verdict.ContentType != MediaTypeNames.Application.Pdf ? NotPdf : null;
            if (refusal is not null)
            {
                db.Audit(user, clock, action, nameof(SignedDocument), null, null, new { request.Kind, FileName = fileName, Refusal = refusal }, succeeded: false);
                await db.SaveChangesAsync(ct);
                throw Invalid(refusal);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var document = await db.SignedDocuments.SingleOrDefaultAsync(d => d.OwnerId == ownerId && d.Kind == request.Kind, ct);
            var old = document is null ? null : new { document.FileName, document.SizeBytes, document.Sha256, document.StorageKey };
            if (document is null)
            {
                document = new SignedDocument(period.Id, request.Kind, ownerId.Value, fileName, pending.SizeBytes, pending.Sha256, pending.StorageKey,
                    user.UserId!.Value, now);
                db.SignedDocuments.Add(document);
            }
            else
            {
                document.Replace(fileName, pending.SizeBytes, pending.Sha256, pending.StorageKey, user.UserId!.Value, now);
            }

            db.Audit(user, clock, old is null ? action : action + "Replaced", nameof(SignedDocument), document.Id,
                old is null ? null : new { old.FileName, old.SizeBytes, old.Sha256 },
                new { request.Kind, PeriodId = period.Id, OwnerId = ownerId, document.FileName, document.SizeBytes, document.Sha256 });

            await store.KeepAsync(pending, ct);
            kept = true;
            await db.SaveChangesAsync(ct);
            if (old is not null)
            {
                store.Delete(old.StorageKey);
            }

            return new AttachedSignedDocument(document.Id, document.Kind, document.FileName, document.SizeBytes, document.Sha256, old is not null);
        }
        catch
        {
            if (kept)
            {
                store.Delete(pending.StorageKey);
            }
            else
            {
                store.Discard(pending);
            }

            throw;
        }
    }

    /// <summary>The period once approved (minutes), or its current publication version (decision); null while there is none.</summary>
    private static async Task<Guid?> OwnerAsync(IParIndexDb db, EvaluationPeriod period, SignedDocumentKind kind, CancellationToken ct) => kind switch
    {
        SignedDocumentKind.CouncilMinutes => period.CouncilApproval is null ? null : period.Id,
        SignedDocumentKind.PublicationDecision when period.State is PeriodState.Published or PeriodState.Archived =>
            await db.Publications.AsNoTracking().Where(p => p.PeriodId == period.Id && p.SupersededById == null).Select(p => (Guid?)p.Id)
                .SingleOrDefaultAsync(ct),
        _ => null,
    };

    private static ValidationException Invalid(string message) => new([new ValidationFailure(nameof(AttachSignedDocument.Content), message)]);
}
