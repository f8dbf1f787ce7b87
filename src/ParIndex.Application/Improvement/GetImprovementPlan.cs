using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Improvement;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Improvement;

/// <summary>A unit's improvement plan for one decided period; without a period, the latest one the unit has a result in.</summary>
public sealed record GetImprovementPlan(Guid UnitId, Guid? PeriodId = null);

/// <summary>
/// The plan with the unit's lost points beside it: <see cref="Losses"/> says which already have a task.
/// <see cref="Period"/> is null when the unit has no decided period yet. <see cref="MayEdit"/>: the caller keeps this plan.
/// </summary>
public sealed record ImprovementPlan(Guid UnitId, string UnitName, string BlockName, PlanPeriod? Period, IReadOnlyList<PlanPeriod> Periods,
    bool MayEdit, IReadOnlyList<ImprovementTaskRow> Tasks, ImprovementCounts Counts, IReadOnlyList<PlanLoss> Losses);

public sealed record PlanPeriod(Guid Id, int Year, string Name, PeriodState State);

/// <summary>A lost point of the period's scorecard; <see cref="TaskCount"/> tasks name it.</summary>
public sealed record PlanLoss(Guid CriterionId, string Code, string Title, decimal MaxPoints, decimal Points, decimal Lost, string? Reason, int TaskCount);

/// <summary>
/// One task as people read it: <see cref="Status"/> is the stored progress, <see cref="Shown"/> the status with overdue
/// worked out for today; <see cref="NextStatuses"/> are the moves the rules allow from here.
/// </summary>
public sealed record ImprovementTaskRow(Guid Id, Guid? CriterionId, string? CriterionCode, string? CriterionTitle, decimal? PointsLost,
    string Title, string? Action, string Owner, DateOnly DueDate, ImprovementStatus Status, ImprovementStatus Shown, DateOnly? CompletedOn,
    DateTime CreatedAtUtc, Guid ConcurrencyStamp, IReadOnlyList<ImprovementNoteRow> Notes, IReadOnlyList<ImprovementStatus> NextStatuses);

public sealed record ImprovementNoteRow(string Text, string? AuthorName, DateTime WrittenAtUtc);

public sealed class GetImprovementPlanHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    private static readonly ImprovementStatus[] Stored = [ImprovementStatus.NotStarted, ImprovementStatus.InProgress, ImprovementStatus.Done];

    public async Task<ImprovementPlan> HandleAsync(GetImprovementPlan request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await ImprovementAccess.RequireReadAsync(db, user, clock, request.UnitId, "improvement.read", ct);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.UnitId, ct)
            ?? throw new NotFoundException(nameof(Unit), request.UnitId);
        var blockName = await db.Blocks.AsNoTracking().Where(b => b.Id == unit.BlockId).Select(b => b.Name).SingleAsync(ct);

        var periods = await (from p in db.Periods.AsNoTracking()
                             join a in db.Assessments.AsNoTracking() on p.Id equals a.PeriodId
                             where a.UnitId == unit.Id && DecidedUnit.DecidedStates.Contains(p.State)
                             orderby p.Year descending
                             select new PlanPeriod(p.Id, p.Year, p.Name, p.State)).ToListAsync(ct);
        var period = request.PeriodId is { } id ? periods.SingleOrDefault(p => p.Id == id) : periods.FirstOrDefault();
        if (request.PeriodId is { } wanted && period is null)
        {
            throw new NotFoundException(nameof(EvaluationPeriod), wanted);
        }

        var mayEdit = ImprovementAccess.MayEdit(user, unit.Id);
        if (period is null)
        {
            return new ImprovementPlan(unit.Id, unit.Name, blockName, null, periods, mayEdit, [], ImprovementCounts.Empty, []);
        }

        var decided = await DecidedUnit.LoadAsync(db, period.Id, unit.Id, ct);
        var tasks = await db.ImprovementTasks.AsNoTracking().Include(t => t.Notes)
            .Where(t => t.UnitId == unit.Id && t.PeriodId == period.Id).ToListAsync(ct);
        var titles = decided.Leaves.ToDictionary(l => l.Leaf.Id, l => l.Leaf.Title);
        var today = ImprovementAccess.Today(clock);
        var rows = tasks
            .OrderBy(t => t.Status == ImprovementStatus.Done).ThenBy(t => t.DueDate).ThenBy(t => t.CreatedAtUtc)
            .Select(t => new ImprovementTaskRow(t.Id, t.CriterionId, t.CriterionCode, t.CriterionId is { } c ? titles.GetValueOrDefault(c) : null, t.PointsLost,
                t.Title, t.Action, t.Owner, t.DueDate, t.Status, t.StatusOn(today), t.CompletedOn, t.CreatedAtUtc, t.ConcurrencyStamp,
                [.. t.Notes.OrderByDescending(n => n.WrittenAtUtc).Select(n => new ImprovementNoteRow(n.Text, n.AuthorName, n.WrittenAtUtc))],
                [.. Stored.Where(s => ImprovementTask.MayMove(t.Status, s))]))
            .ToList();
        var perCriterion = tasks.Where(t => t.CriterionId is not null).GroupBy(t => t.CriterionId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var losses = decided.Losses
            .Select(l => new PlanLoss(l.NodeId, l.Code, l.Title, l.MaxPoints, l.Points, l.Lost, l.Reason, perCriterion.GetValueOrDefault(l.NodeId)))
            .ToList();
        return new ImprovementPlan(unit.Id, unit.Name, blockName, period, periods, mayEdit, rows, ImprovementCounts.Of(rows.Select(r => r.Shown)), losses);
    }
}
