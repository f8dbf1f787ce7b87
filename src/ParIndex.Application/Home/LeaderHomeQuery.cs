using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Home;

/// <summary>The provincial leader's view: the last published results, block by block.</summary>
internal static class LeaderHomeQuery
{
    public const int EndsShown = 5;

    public static async Task<LeaderHome?> LoadAsync(IParIndexDb db, CancellationToken ct)
    {
        var period = await HomePeriods.LastPublishedAsync(db, ct);
        if (period is null)
        {
            return null;
        }

        var rows = await (from a in db.Assessments.AsNoTracking()
                          join u in db.Units.AsNoTracking() on a.UnitId equals u.Id
                          where a.PeriodId == period.Id && a.FinalIndex != null
                          select new { u.BlockId, UnitName = u.Name, a.FinalIndex, a.Classification, a.Rank }).ToListAsync(ct);
        var blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder)
            .Select(b => new { b.Id, b.Name, b.NameEn, b.IsRanked }).ToListAsync(ct);

        var result = new List<LeaderBlock>();
        foreach (var block in blocks)
        {
            var inBlock = rows.Where(r => r.BlockId == block.Id).ToList();
            if (inBlock.Count == 0)
            {
                continue;
            }

            var classes = inBlock.Where(r => r.Classification is not null).GroupBy(r => r.Classification!.Value)
                .OrderBy(g => g.Key).Select(g => new ClassCount(g.Key, g.Count())).ToList();
            var ranked = block.IsRanked
                ? inBlock.Where(r => r.Rank is not null).OrderBy(r => r.Rank)
                    .Select(r => new RankedUnit(r.Rank!.Value, r.UnitName, ScoreRounding.ToPublished(r.FinalIndex!.Value), r.Classification))
                    .ToList()
                : [];
            result.Add(new LeaderBlock(block.Id, block.Name, block.NameEn, block.IsRanked, classes,
                ranked.Take(EndsShown).ToList(), ranked.Skip(Math.Max(EndsShown, ranked.Count - EndsShown)).ToList()));
        }

        return new LeaderHome(period.Line, result);
    }
}
