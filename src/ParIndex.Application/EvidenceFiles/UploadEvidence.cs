using FluentValidation;
using FluentValidation.Results;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.EvidenceFiles;

/// <summary>A file of evidence for one or more criteria of the unit's self-assessment.</summary>
public sealed record UploadEvidence(Guid AssessmentId, IReadOnlyList<Guid> NodeIds, string FileName, Stream Content);

/// <summary>
/// Receives the file (stopping at the size cap), checks it by content, keeps it under a generated name with its
/// SHA-256, then records it. The file is kept before the row is committed and removed if the commit fails, so no
/// row ever points to a missing file.
/// </summary>
public sealed class UploadEvidenceHandler(
    IParIndexDbFactory dbFactory, IEvidenceStore store, IUploadInspector inspector, EvidenceOptions options, ICurrentUser user, TimeProvider clock)
{
    public async Task<EvidenceItem> HandleAsync(UploadEvidence request, CancellationToken ct)
    {
        if (request.NodeIds.Count == 0 || request.NodeIds.Count > 50)
        {
            throw Invalid(nameof(request.NodeIds), EvidenceMessages.CriteriaRequired);
        }

        await using var db = await dbFactory.CreateAsync(ct);
        var (assessment, period, leaves) = await EvidenceAccess.LoadForChangeAsync(db, user, clock, request.AssessmentId, request.NodeIds,
            "evidence.uploaded", ct, addingDuringExplanation: true);

        var fileName = SafeName(request.FileName);
        var pending = await store.ReceiveAsync(request.Content, options.MaxFileBytes, ct);
        var kept = false;
        try
        {
            if (pending.SizeBytes == 0)
            {
                throw Invalid(nameof(request.Content), EvidenceMessages.Empty);
            }

            await UploadQuota.RequireRoomAsync(db, user, clock, options, assessment.UnitId, assessment.PeriodId, pending.SizeBytes, ct);
            UploadVerdict verdict;
            await using (var content = store.OpenPending(pending))
            {
                verdict = inspector.Inspect(fileName, content);
            }

            if (!verdict.IsAccepted)
            {
                db.Audit(user, clock, "evidence.refused", nameof(Evidence), null, null, new { FileName = fileName, verdict.Refusal },
                    succeeded: false);
                await db.SaveChangesAsync(ct);
                throw Invalid(nameof(request.Content), verdict.Refusal!);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var evidence = Evidence.ForFile(assessment.UnitId, assessment.PeriodId, fileName, verdict.ContentType!, pending.SizeBytes,
                pending.Sha256, pending.StorageKey, user.UserId!.Value, now);
            db.Evidence.Add(evidence);
            EvidenceAccess.Link(db, assessment, period, leaves, evidence.Id, now);
            db.Audit(user, clock, "evidence.uploaded", nameof(Evidence), evidence.Id, null,
                new { evidence.OriginalFileName, evidence.ContentType, evidence.SizeBytes, evidence.Sha256, Criteria = leaves.Select(l => l.Code) });

            await store.KeepAsync(pending, ct);
            kept = true;
            await db.SaveChangesAsync(ct);
            return new EvidenceItem(evidence.Id, evidence.Kind, evidence.Title, evidence.ContentType, evidence.SizeBytes, null, null, null, null);
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

    /// <summary>The name as metadata only: path parts and control characters (CR/LF in a header) removed.</summary>
    public static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var clean = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        return clean.Length == 0 ? "tep-minh-chung" : clean[..Math.Min(clean.Length, Evidence.MaxFileNameLength)];
    }

    private static ValidationException Invalid(string property, string message) => new([new ValidationFailure(property, message)]);
}
