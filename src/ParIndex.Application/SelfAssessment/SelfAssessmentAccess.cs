using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.SelfAssessment;

/// <summary>
/// Who may read and change a unit's self-assessment. Agency staff and leaders reach only their own unit, whatever
/// id they send; Home Affairs and leaders read every unit. Refusals are audited before the 403.
/// </summary>
public static class SelfAssessmentAccess
{
    public static readonly string[] Editors = [Roles.AgencyStaff, Roles.AgencyLeader];

    public static readonly string[] ExtensionGranters = [Roles.Inspector, Roles.Administrator];

    public static bool MayEdit(ICurrentUser user, Guid unitId) =>
        user.IsAuthenticated && user.UnitId == unitId && Editors.Any(user.IsInRole);

    public static async Task<Assessment> LoadAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, Guid assessmentId,
        bool forChange, string action, CancellationToken ct)
    {
        user.RequireAuthenticated();
        var query = db.Assessments.Include(a => a.Responses).AsQueryable();
        var assessment = await (forChange ? query : query.AsNoTracking()).SingleOrDefaultAsync(a => a.Id == assessmentId, ct);
        var allowed = assessment is not null && (forChange ? MayEdit(user, assessment.UnitId) : user.CanSeeUnit(assessment.UnitId));
        if (assessment is null || !allowed)
        {
            db.Audit(user, clock, action, nameof(Assessment), assessmentId, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw assessment is null ? new NotFoundException(nameof(Assessment), assessmentId) : new AccessDeniedException();
        }

        return assessment;
    }
}
