using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Home;

/// <summary>An agency user's view: their own unit only, whatever else exists.</summary>
internal static class AgencyHomeQuery
{
    public const int ResultsShown = 3;

    public static async Task<AgencyHome?> LoadAsync(IParIndexDb db, Guid unitId, PeriodRow? current, DateTime nowUtc, CancellationToken ct)
    {
        var unit = await (from u in db.Units.AsNoTracking()
                          join b in db.Blocks.AsNoTracking() on u.BlockId equals b.Id
                          where u.Id == unitId
                          select new { u.Name, u.BlockId, BlockName = b.Name, BlockNameEn = b.NameEn }).SingleOrDefaultAsync(ct);
        if (unit is null)
        {
            return null;
        }

        AssessmentState? state = null;
        Deadline? deadline = null;
        if (current is not null)
        {
            var assessment = await db.Assessments.AsNoTracking().Where(a => a.PeriodId == current.Id && a.UnitId == unitId)
                .Select(a => new { a.State, a.ExtendedDeadlineUtc }).SingleOrDefaultAsync(ct);
            state = assessment?.State;
            deadline = HomePeriods.Deadline(assessment?.ExtendedDeadlineUtc ?? current.SelfAssessmentDeadlineUtc, nowUtc);
        }

        var results = await (from a in db.Assessments.AsNoTracking()
                             join p in HomePeriods.Published(db) on a.PeriodId equals p.Id
                             where a.UnitId == unitId && a.FinalIndex != null
                             orderby p.Year descending
                             select new { a.PeriodId, p.Year, p.Name, a.FinalIndex, a.Classification, a.Rank })
            .Take(ResultsShown).ToListAsync(ct);
        var periodIds = results.Select(r => r.PeriodId).ToList();
        var rankedPerPeriod = await (from a in db.Assessments.AsNoTracking()
                                     join u in db.Units.AsNoTracking() on a.UnitId equals u.Id
                                     where periodIds.Contains(a.PeriodId) && a.Rank != null && u.BlockId == unit.BlockId
                                     group a by a.PeriodId into g
                                     select new { PeriodId = g.Key, Count = g.Count() }).ToListAsync(ct);

        var published = results.Select(r => new PublishedResult(r.Year, r.Name, ScoreRounding.ToPublished(r.FinalIndex!.Value),
            r.Classification, r.Rank, rankedPerPeriod.SingleOrDefault(c => c.PeriodId == r.PeriodId)?.Count ?? 0)).ToList();
        return new AgencyHome(unitId, unit.Name, unit.BlockName, unit.BlockNameEn, current?.Line, state, deadline, published);
    }
}
