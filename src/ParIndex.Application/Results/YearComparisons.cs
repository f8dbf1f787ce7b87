using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Results;

/// <summary>
/// Builds the <see cref="YearComparison"/> every view uses: the previous <b>published</b> year's results (frozen once
/// published; the same figures as its publication snapshot, which <c>VerifyPublications</c> checks) and the lineage.
/// </summary>
public static class YearComparisons
{
    public static async Task<YearComparison> WithPreviousPublishedAsync(IParIndexDb db, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var lineage = await UnitLineage.ReadAsync(db, ct);
        var previousPeriod = await db.Periods.AsNoTracking()
            .Where(p => p.Year < year && (p.State == PeriodState.Published || p.State == PeriodState.Archived))
            .OrderByDescending(p => p.Year).Select(p => new { p.Id, p.Year }).FirstOrDefaultAsync(ct);
        if (previousPeriod is null)
        {
            return new YearComparison(lineage, year, null, []);
        }

        var previous = await (from a in db.Assessments.AsNoTracking()
                              join u in db.Units.AsNoTracking() on a.UnitId equals u.Id
                              join b in db.Blocks.AsNoTracking() on a.BlockId equals b.Id
                              where a.PeriodId == previousPeriod.Id && a.FinalIndex != null
                              select new { u.Id, u.Code, u.Name, BlockCode = b.Code, b.IsRanked, Index = a.FinalIndex!.Value, a.Rank }).ToListAsync(ct);

        // The block each unit was in that year is the one its publication printed, not the one it may have moved to since
        // (a rank is carried only within the same block); the assessment.s block stands in only for a year without one.
        var members = await PublishedNames.MembersAsync(db, previousPeriod.Id, ct);
        return new YearComparison(lineage, year, previousPeriod.Year, previous.Select(r => members.TryGetValue(r.Code, out var was)
            ? new YearResult(r.Id, r.Code, was.Name, was.BlockCode, ScoreRounding.ToPublished(r.Index), was.BlockIsRanked ? r.Rank : null)
            : new YearResult(r.Id, r.Code, r.Name, r.BlockCode, ScoreRounding.ToPublished(r.Index), r.IsRanked ? r.Rank : null)));
    }
}
