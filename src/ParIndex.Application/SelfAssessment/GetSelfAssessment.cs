using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.SelfAssessment;

/// <summary>A unit's self-assessment; without a unit, the caller's own; without a period, the latest one open to units.</summary>
public sealed record GetSelfAssessment(Guid? PeriodId = null, Guid? UnitId = null);

public sealed class GetSelfAssessmentHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<SelfAssessmentView> HandleAsync(GetSelfAssessment request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        user.RequireAuthenticated();
        var unitId = request.UnitId ?? user.UnitId ?? throw new NotFoundException(nameof(Unit), "of the caller");
        var periodId = request.PeriodId ?? await CurrentPeriodIdAsync(db, ct);
        var assessmentId = await db.Assessments.AsNoTracking()
            .Where(a => a.PeriodId == periodId && a.UnitId == unitId).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(ct);
        if (assessmentId is null)
        {
            // Same answer whether the unit exists or the caller may not see it: ids are not an oracle.
            user.RequireUnitAccess(unitId);
            throw new NotFoundException(nameof(Assessment), unitId);
        }

        return await LoadViewAsync(db, user, clock, assessmentId.Value, ct);
    }

    internal static async Task<SelfAssessmentView> LoadViewAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, Guid assessmentId,
        CancellationToken ct)
    {
        var assessment = await SelfAssessmentAccess.LoadAsync(db, user, clock, assessmentId, forChange: false, "selfAssessment.read", ct);
        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == assessment.PeriodId, ct);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == assessment.UnitId, ct);
        var block = await db.Blocks.AsNoTracking().SingleAsync(b => b.Id == unit.BlockId, ct);
        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).SingleAsync(f => f.Id == assessment.FrameworkId, ct);
        var evidence = await AssessmentEvidence.ByResponseAsync(db, assessment, ct);
        var sheet = SelfAssessmentSheet.Build(framework, block.Kind, assessment, evidence);

        var now = clock.GetUtcNow().UtcDateTime;
        var editable = assessment.IsEditableByUnit(period, now) && SelfAssessmentAccess.MayEdit(user, unit.Id);
        var reopenable = assessment.State == AssessmentState.Submitted && period.AcceptsSelfAssessment(now, assessment.ExtendedDeadlineUtc);
        var can = new SelfAssessmentPermissions(editable, editable && user.IsInRole(Roles.AgencyLeader),
            SelfAssessmentAccess.ExtensionGranters.Any(user.IsInRole) && assessment.State is AssessmentState.NotStarted
                or AssessmentState.InProgress or AssessmentState.LockedAtDeadline)
        {
            Withdraw = reopenable && SelfAssessmentAccess.MayEdit(user, unit.Id) && user.IsInRole(Roles.AgencyLeader),
            Return = reopenable && await SubmissionHistory.MayReturnAsync(db, user, period.Id, unit.Id, ct),
        };
        return new SelfAssessmentView(assessment.Id, period.Id, period.Year, period.Name, unit.Id, unit.Name, block.Name, assessment.State,
            assessment.ExtendedDeadlineUtc ?? period.SelfAssessmentDeadlineUtc, assessment.ExtensionReason, assessment.SubmittedAtUtc, can,
            assessment.ReportDifficulties, assessment.ReportRecommendations, assessment.ConcurrencyStamp, sheet.Totals, sheet.Domains,
            sheet.Checklist)
        {
            Submissions = await SubmissionHistory.ReadAsync(db, assessment.Id, ct),
        };
    }

    private static async Task<Guid> CurrentPeriodIdAsync(IParIndexDb db, CancellationToken ct) =>
        await db.Periods.AsNoTracking().Where(p => p.State != PeriodState.Draft)
            .OrderByDescending(p => p.State == PeriodState.SelfAssessmentOpen).ThenByDescending(p => p.Year)
            .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct)
        ?? throw new NotFoundException(nameof(EvaluationPeriod), "open");
}
