using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Appraisal;

/// <summary>
/// What an inspector's change to one criterion needs, loaded after the checks every such change makes: the caller is
/// an inspector, the criterion is one inspectors score, and it lies within their assignment (refusals audited).
/// </summary>
internal sealed record AppraisalTarget(Assessment Assessment, EvaluationPeriod Period, Framework Framework, FrameworkNode Leaf)
{
    public static async Task<AppraisalTarget> LoadAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, Guid assessmentId, Guid nodeId,
        string action, CancellationToken ct)
    {
        await user.RequireAnyRoleAsync(db, clock, action, nameof(Assessment), assessmentId, ct, AppraisalAccess.Appraisers);
        var assessment = await db.Assessments.Include(a => a.Responses).SingleOrDefaultAsync(a => a.Id == assessmentId, ct)
            ?? throw new NotFoundException(nameof(Assessment), assessmentId);
        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == assessment.PeriodId, ct);
        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).SingleAsync(f => f.Id == assessment.FrameworkId, ct);
        var leaf = framework.Leaves().FirstOrDefault(l => l.Id == nodeId && l.Method == AssessmentMethod.SelfAssessed)
            ?? throw new NotFoundException(nameof(FrameworkNode), nodeId);
        await AppraisalAccess.RequireCoversAsync(db, user, clock, framework, leaf, period.Id, assessment.UnitId, action, ct);
        return new AppraisalTarget(assessment, period, framework, leaf);
    }
}
