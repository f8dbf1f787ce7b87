using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Publication;
using ParIndex.Application.Results;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Workflow;

/// <summary>Where a period stands in its yearly cycle, what can happen next and who moved it so far.</summary>
public sealed record GetPeriodWorkflow(Guid PeriodId);

public sealed record PeriodWorkflow(
    Guid PeriodId, int Year, string Name, PeriodState State, Guid ConcurrencyStamp, DateTime SelfAssessmentDeadlineUtc, DateTime? ExplanationDeadlineUtc,
    bool Round1ResultsReleased, CouncilApproval? Approval, IReadOnlyList<PeriodState> Forward, IReadOnlyList<PeriodState> Reopen,
    bool MayChange, bool MayApprove, IReadOnlyDictionary<AssessmentState, int> Units, int UnappraisedCriteria, int OpenQuestions,
    IReadOnlyList<WorkflowEvent> History, IReadOnlyList<ProjectedBlock> Projection, PublicationStamp? Publication)
{
    /// <summary>Approved and allowed to publish; when a version is already out, publishing is a correction with a reason.</summary>
    public bool MayPublish => IsPublisher && State == PeriodState.Approved;

    /// <summary>The caller holds a role <c>PublishResults</c> accepts (<see cref="AccessPolicies.Publishing"/>, the same array).</summary>
    public bool IsPublisher { get; init; }

    /// <summary>Results imported from a decision made before the portal: corrected by a new file, not by the council.</summary>
    public bool IsImported { get; init; }

    /// <summary>Every unit with an assessment in the period and where it stands; those closed by a merge last, with the reason.</summary>
    public IReadOnlyList<WorkflowUnit> UnitList { get; init; } = [];

    /// <summary>In draft: blocks with active units but no framework, which keep the period from opening.</summary>
    public IReadOnlyList<string> BlocksWithoutFramework { get; init; } = [];

    /// <summary>The council's rule for this period: more than these percents of its members take part and agree.</summary>
    public int CouncilQuorumPercent { get; init; } = CouncilApproval.DefaultPercent;

    /// <inheritdoc cref="CouncilQuorumPercent"/>
    public int CouncilMajorityPercent { get; init; } = CouncilApproval.DefaultPercent;
}

/// <summary>One unit's assessment on the workflow page.</summary>
public sealed record WorkflowUnit(Guid UnitId, string Code, string Name, string BlockName, AssessmentState State, string? ClosedReason);

/// <summary>
/// A block's results as they stand from the appraisal so far (decided ones once approved): what the council reviews
/// before approving. Empty before appraisal starts.
/// </summary>
public sealed record ProjectedBlock(Guid BlockId, string BlockName, bool IsRanked, IReadOnlyList<UnitOutcome> Units);

/// <summary>One move of the period: the step it reached, with the reason for a reopening or the council's decision number.</summary>
public sealed record WorkflowEvent(DateTime AtUtc, string? UserName, string Action, PeriodState? State, string? Reason, string? DecisionNumber, bool? Released)
{
    internal static WorkflowEvent From(DateTime atUtc, string? userName, string action, string? newValues)
    {
        using var json = System.Text.Json.JsonDocument.Parse(string.IsNullOrWhiteSpace(newValues) ? "{}" : newValues);
        var root = json.RootElement;
        string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;
        PeriodState? state = root.TryGetProperty("State", out var s) && s.ValueKind == System.Text.Json.JsonValueKind.Number ? (PeriodState)s.GetInt32() : null;
        bool? released = root.TryGetProperty("Released", out var r) && r.ValueKind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False
            ? r.GetBoolean() : null;
        return new WorkflowEvent(atUtc, userName, action, state, Text("Reason"), Text("DecisionNumber"), released);
    }
}

public sealed class GetPeriodWorkflowHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    private static readonly string[] HistoryActions =
    [
        "period.stateChanged", "period.reopened", "period.approved", "period.closedAtDeadline", "period.round1Released", "period.published",
        "period.publishedCorrection", "history.imported", "history.corrected",
    ];

    public async Task<PeriodWorkflow> HandleAsync(GetPeriodWorkflow request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "period.workflowRead", nameof(EvaluationPeriod), request.PeriodId, ct, WorkflowAccess.Readers);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        var assessments = await db.Assessments.AsNoTracking().Include(a => a.Responses).Where(a => a.PeriodId == period.Id).ToListAsync(ct);
        // The same count as the completeness panel and the council's refusal: one rule for "not appraised".
        var unappraised = period.State is PeriodState.Draft or PeriodState.SelfAssessmentOpen
            ? 0
            : (await CompletenessCheck.ReadAsync(db, period.Id, ct)).UnappraisedCriteria;
        var questions = assessments.SelectMany(a => a.Responses).Count(r => r.ExplanationQuestion is not null && r.ExplanationAnswer is null);

        var all = Enum.GetValues<PeriodState>();
        var forward = all.Where(s => s > period.State && PeriodTransitions.IsAllowed(period.State, s) && s is not (PeriodState.Published or PeriodState.Archived)).ToList();
        var imported = assessments.Any(a => a.ResultSource == ResultSource.Imported);
        var reopen = all.Where(s => s < period.State && PeriodTransitions.IsAllowed(period.State, s) && !(imported && s == PeriodState.CouncilReview)).ToList();
        var id = period.Id.ToString();
        var history = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(EvaluationPeriod) && e.EntityId == id && e.Succeeded && HistoryActions.Contains(e.Action))
            .OrderByDescending(e => e.Id).Take(50)
            .Select(e => new { e.OccurredAtUtc, e.UserName, e.Action, e.NewValues }).ToListAsync(ct);

        var projection = period.State is >= PeriodState.AppraisalRound1 and <= PeriodState.Approved
            ? await ProjectionAsync(db, period, ct)
            : [];
        var unitList = await (from a in db.Assessments.AsNoTracking().IgnoreQueryFilters([QueryFilters.CountingAssessments])
                              join u in db.Units on a.UnitId equals u.Id
                              join b in db.Blocks on u.BlockId equals b.Id
                              where a.PeriodId == period.Id
                              orderby a.State == AssessmentState.ClosedByMerge, b.SortOrder, u.Code
                              select new WorkflowUnit(u.Id, u.Code, u.Name, b.Name, a.State, a.ClosedReason)).ToListAsync(ct);
        var withoutFramework = period.State == PeriodState.Draft ? await PeriodAssessments.BlocksWithoutFrameworkAsync(db, period, ct) : [];
        return new PeriodWorkflow(period.Id, period.Year, period.Name, period.State, period.ConcurrencyStamp, period.SelfAssessmentDeadlineUtc,
            period.ExplanationDeadlineUtc, period.Round1ResultsReleased, period.CouncilApproval, forward, reopen,
            WorkflowAccess.Stewards.Any(user.IsInRole), WorkflowAccess.Approvers.Any(user.IsInRole) && period.State == PeriodState.CouncilReview,
            assessments.GroupBy(a => a.State).ToDictionary(g => g.Key, g => g.Count()), unappraised, questions,
            [.. history.Select(e => WorkflowEvent.From(e.OccurredAtUtc, e.UserName, e.Action, e.NewValues))], projection,
            await PublicationStamps.ForPeriodAsync(db, period.Id, ct))
        {
            IsPublisher = AccessPolicies.Allows(user, AccessPolicies.Publishing),
            IsImported = imported,
            UnitList = unitList,
            BlocksWithoutFramework = withoutFramework,
            CouncilQuorumPercent = period.CouncilQuorumPercent,
            CouncilMajorityPercent = period.CouncilMajorityPercent,
        };
    }

    private static async Task<IReadOnlyList<ProjectedBlock>> ProjectionAsync(IParIndexDb db, EvaluationPeriod period, CancellationToken ct)
    {
        var outcomes = await PeriodResults.ProjectAsync(db, period, ct);
        var blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).ToListAsync(ct);
        return [.. blocks.Where(b => outcomes.Any(o => o.BlockId == b.Id)).Select(b => new ProjectedBlock(b.Id, b.Name, b.IsRanked,
            [.. outcomes.Where(o => o.BlockId == b.Id).OrderBy(o => o.Rank ?? int.MaxValue).ThenByDescending(o => o.Index)
                .ThenBy(o => o.UnitName, StringComparer.Ordinal)]))];
    }
}
