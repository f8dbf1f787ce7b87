using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.SelfAssessment;

/// <summary>Every unit's self-assessment in a period (default: the latest open one), for Home Affairs to follow and extend.</summary>
public sealed record ListSelfAssessments(Guid? PeriodId = null);

public sealed record SelfAssessmentList(Guid PeriodId, string PeriodName, DateTime DeadlineUtc, IReadOnlyList<SelfAssessmentRow> Rows);

public sealed record SelfAssessmentRow(Guid AssessmentId, Guid UnitId, string UnitName, string BlockName, AssessmentState State, int Answered,
    DateTime? SubmittedAtUtc, DateTime? ExtendedDeadlineUtc, DateTime? LastChangeUtc) : IWorkListRow;

public sealed class ListSelfAssessmentsHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public static readonly string[] Readers = [Roles.Administrator, Roles.Inspector, Roles.CouncilMember, Roles.Leader];

    public async Task<SelfAssessmentList> HandleAsync(ListSelfAssessments request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "selfAssessment.list", nameof(EvaluationPeriod), request.PeriodId, ct, Readers);
        var period = await db.Periods.AsNoTracking()
            .Where(p => request.PeriodId == null ? p.State != PeriodState.Draft : p.Id == request.PeriodId)
            .OrderByDescending(p => p.State == PeriodState.SelfAssessmentOpen).ThenByDescending(p => p.Year)
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId?.ToString() ?? "open");

        // Counted in the database: a national period has thousands of units and a hundred answers each.
        var answered = await db.CriterionResponses.AsNoTracking()
            .Where(r => db.Assessments.Any(a => a.Id == r.AssessmentId && a.PeriodId == period.Id) && r.SelfScore != null)
            .GroupBy(r => r.AssessmentId).Select(g => new { g.Key, Count = g.Count(), Last = g.Max(r => r.UpdatedAtUtc) })
            .ToDictionaryAsync(g => g.Key, ct);
        var rows = await (from a in db.Assessments.AsNoTracking()
                          join u in db.Units on a.UnitId equals u.Id
                          join b in db.Blocks on u.BlockId equals b.Id
                          where a.PeriodId == period.Id
                          orderby b.SortOrder, u.Name
                          select new { a.Id, a.UnitId, UnitName = u.Name, BlockName = b.Name, a.State, a.SubmittedAtUtc, a.ExtendedDeadlineUtc })
            .ToListAsync(ct);
        return new SelfAssessmentList(period.Id, period.Name, period.SelfAssessmentDeadlineUtc, [.. rows.Select(r =>
        {
            var progress = answered.GetValueOrDefault(r.Id);
            return new SelfAssessmentRow(r.Id, r.UnitId, r.UnitName, r.BlockName, r.State, progress?.Count ?? 0, r.SubmittedAtUtc, r.ExtendedDeadlineUtc,
                progress?.Last);
        })]);
    }
}
