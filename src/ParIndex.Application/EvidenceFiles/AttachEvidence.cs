using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.EvidenceFiles;

/// <summary>
/// Links evidence the unit already has to another criterion. Evidence of the unit's previous period (a criterion
/// carried over) is reused as a copy in this period pointing to the same stored file; so is the evidence of a unit
/// merged into this one.
/// </summary>
public sealed record AttachEvidence(Guid AssessmentId, Guid NodeId, Guid EvidenceId);

public sealed class AttachEvidenceHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(AttachEvidence request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var (assessment, period, leaves) = await EvidenceAccess.LoadForChangeAsync(db, user, clock, request.AssessmentId, [request.NodeId],
            "evidence.attached", ct, addingDuringExplanation: true);
        var owners = await MergedEvidence.PredecessorsAsync(db, assessment.UnitId, ct);
        owners.Add(assessment.UnitId);
        var source = await db.Evidence.AsNoTracking().SingleOrDefaultAsync(e => e.Id == request.EvidenceId && owners.Contains(e.UnitId), ct)
            ?? throw new NotFoundException(nameof(Evidence), request.EvidenceId);
        var now = clock.GetUtcNow().UtcDateTime;

        // A merged unit's evidence becomes the successor's own copy (same stored file), like last year's is copied into this year.
        var evidence = source.PeriodId == assessment.PeriodId && source.UnitId == assessment.UnitId
            ? source
            : source.ReuseFor(assessment.UnitId, assessment.PeriodId, user.UserId!.Value, now);
        if (evidence != source)
        {
            db.Evidence.Add(evidence);
        }

        var linked = (await db.CriterionEvidence.AsNoTracking().Where(l => l.EvidenceId == evidence.Id).Select(l => l.ResponseId).ToListAsync(ct)).ToHashSet();
        EvidenceAccess.Link(db, assessment, period, leaves, evidence.Id, now, linked);
        db.Audit(user, clock, evidence == source ? "evidence.attached" : "evidence.reused", nameof(Evidence), evidence.Id, null,
            new { Criterion = leaves[0].Code, FromEvidence = source.Id, FromPeriod = source.PeriodId });
        await db.SaveChangesAsync(ct);
        return evidence.Id;
    }
}
