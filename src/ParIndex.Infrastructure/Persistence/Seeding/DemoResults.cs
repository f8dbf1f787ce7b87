using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// Computes each sheet's result as the portal will: index = 100 × Σ final / Σ applicable maximum at full precision,
/// classification by the period's bands, competition rank within ranked blocks only.
/// </summary>
internal static class DemoResults
{
    public static void Record(EvaluationPeriod period, IReadOnlyList<DemoSheet> sheets)
    {
        foreach (var block in sheets.Select(s => s.Unit.Block).Distinct())
        {
            var inBlock = sheets.Where(s => s.Unit.Block == block).ToList();
            var indexes = inBlock.ToDictionary(s => s.Assessment.Id, s => Index(s, e => e.FinalScore));
            var ranks = block.IsRanked ? Ranking.Rank(indexes.Select(i => (i.Key, i.Value))) : null;
            var bands = period.BandsFor(block.Id).Select(b => (b.Classification, b.LowerBound)).ToList();
            foreach (var sheet in inBlock)
            {
                var index = indexes[sheet.Assessment.Id];

                // Survey leaves are never self-scored, so the self index counts them at their survey result.
                sheet.Assessment.RecordSelfIndex(Index(sheet, e => e.SelfScore ?? e.FinalScore));
                sheet.Assessment.RecordResult(index, ClassificationBands.Classify(index, bands),
                    ranks?[sheet.Assessment.Id], ResultSource.Computed);
            }
        }
    }

    private static decimal Index(DemoSheet sheet, Func<DemoLeafScore, decimal?> points)
    {
        var applicable = sheet.Entries.Select(e => e.Score).Where(s => !s.IsNotApplicable).ToList();
        return 100m * applicable.Sum(s => points(s) ?? 0m) / applicable.Sum(s => s.Leaf.Spec.Max);
    }
}
