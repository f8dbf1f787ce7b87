using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.EvidenceFiles;

/// <summary>Takes evidence off one criterion; the file stays in the unit's evidence for the period.</summary>
public sealed record DetachEvidence(Guid AssessmentId, Guid NodeId, Guid EvidenceId);

public sealed class DetachEvidenceHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(DetachEvidence request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var (assessment, _, _) = await EvidenceAccess.LoadForChangeAsync(db, user, clock, request.AssessmentId, [request.NodeId], "evidence.detached", ct);
        var response = assessment.Responses.SingleOrDefault(r => r.NodeId == request.NodeId)
            ?? throw new NotFoundException(nameof(CriterionResponse), request.NodeId);
        var link = await db.CriterionEvidence.SingleOrDefaultAsync(l => l.ResponseId == response.Id && l.EvidenceId == request.EvidenceId, ct)
            ?? throw new NotFoundException(nameof(CriterionEvidence), request.EvidenceId);
        db.CriterionEvidence.Remove(link);
        db.Audit(user, clock, "evidence.detached", nameof(Evidence), request.EvidenceId, new { Response = response.Id }, null);
        await db.SaveChangesAsync(ct);
    }
}
