using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Appraisal;

/// <summary>Ends an assignment; scores the inspector already gave stay, with their name on them.</summary>
public sealed record RemoveAssignment(Guid AssignmentId);

public sealed class RemoveAssignmentHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(RemoveAssignment request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "appraisal.unassigned", nameof(AppraisalAssignment), request.AssignmentId, ct, AppraisalAccess.Assigners);
        var assignment = await db.AppraisalAssignments.SingleOrDefaultAsync(a => a.Id == request.AssignmentId, ct)
            ?? throw new NotFoundException(nameof(AppraisalAssignment), request.AssignmentId);
        db.AppraisalAssignments.Remove(assignment);
        db.Audit(user, clock, "appraisal.unassigned", nameof(AppraisalAssignment), assignment.Id,
            new { assignment.InspectorUserId, assignment.UnitId, assignment.DomainNodeId });
        await db.SaveChangesAsync(ct);
    }
}
