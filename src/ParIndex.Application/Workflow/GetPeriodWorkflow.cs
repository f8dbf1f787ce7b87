using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Workflow;

/// <summary>Where a period stands in its yearly cycle, what can happen next and who moved it so far.</summary>
public sealed record GetPeriodWorkflow(Guid PeriodId);

public sealed record PeriodWorkflow(
    Guid PeriodId, int Year, string Name, PeriodState State, Guid ConcurrencyStamp, DateTime SelfAssessmentDeadlineUtc, DateTime? ExplanationDeadlineUtc,
    bool Round1ResultsReleased, CouncilApproval? Approval, IReadOnlyList<PeriodState> Forward, IReadOnlyList<PeriodState> Reopen,
    bool MayChange, bool MayApprove, IReadOnlyDictionary<AssessmentState, int> Units, int UnappraisedCriteria, int OpenQuestions,
    IReadOnlyList<WorkflowEvent> History);

public sealed record WorkflowEvent(DateTime AtUtc, string? UserName, string Action, string? Details);

public sealed class GetPeriodWorkflowHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    private static readonly string[] HistoryActions = ["period.stateChanged", "period.reopened", "period.approved", "period.closedAtDeadline", "period.round1Released"];

    public async Task<PeriodWorkflow> HandleAsync(GetPeriodWorkflow request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "period.workflowRead", nameof(EvaluationPeriod), request.PeriodId, ct, WorkflowAccess.Readers);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        var assessments = await db.Assessments.AsNoTracking().Include(a => a.Responses).Where(a => a.PeriodId == period.Id).ToListAsync(ct);
        var selfAssessedLeaves = await db.FrameworkNodes.AsNoTracking()
            .Where(n => n.Method == AssessmentMethod.SelfAssessed && n.RuleType != RuleType.Bonus && n.RuleType != RuleType.Deduction)
            .Select(n => n.Id).ToListAsync(ct);
        var leafSet = selfAssessedLeaves.ToHashSet();
        var unappraised = assessments.SelectMany(a => a.Responses)
            .Count(r => leafSet.Contains(r.NodeId) && !r.IsNotApplicable && r.SelfScore is not null && r.Round1Score is null && r.Round2Score is null);
        var questions = assessments.SelectMany(a => a.Responses).Count(r => r.ExplanationQuestion is not null && r.ExplanationAnswer is null);

        var all = Enum.GetValues<PeriodState>();
        var forward = all.Where(s => s > period.State && PeriodTransitions.IsAllowed(period.State, s) && s is not (PeriodState.Published or PeriodState.Archived)).ToList();
        var reopen = all.Where(s => s < period.State && PeriodTransitions.IsAllowed(period.State, s)).ToList();
        var id = period.Id.ToString();
        var history = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(EvaluationPeriod) && e.EntityId == id && e.Succeeded && HistoryActions.Contains(e.Action))
            .OrderByDescending(e => e.Id).Take(50)
            .Select(e => new WorkflowEvent(e.OccurredAtUtc, e.UserName, e.Action, e.NewValues)).ToListAsync(ct);

        return new PeriodWorkflow(period.Id, period.Year, period.Name, period.State, period.ConcurrencyStamp, period.SelfAssessmentDeadlineUtc,
            period.ExplanationDeadlineUtc, period.Round1ResultsReleased, period.CouncilApproval, forward, reopen,
            WorkflowAccess.Stewards.Any(user.IsInRole), WorkflowAccess.Approvers.Any(user.IsInRole) && period.State == PeriodState.CouncilReview,
            assessments.GroupBy(a => a.State).ToDictionary(g => g.Key, g => g.Count()), unappraised, questions, history);
    }
}
