using System.Globalization;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Publication;

/// <summary>
/// Whether each published class and rank follow from the published index and the period's bands: a forger who changes
/// an index (95.11 → 60.00) and keeps "Xuất sắc", or keeps a rank the new index cannot have, is named here even when
/// the hashes were recomputed. A class may be lower than the index alone gives only where a better band has a domain
/// condition (the unit may have missed it). Units published without criteria (years imported from before the portal,
/// whose classes came from their decision) are checked for rank only.
/// </summary>
internal static class PublishedConsistency
{
    public static IEnumerable<(string UnitCode, string Message)> Problems(PublishedResults published, EvaluationPeriod period, IReadOnlyDictionary<string, Block> blocks)
    {
        foreach (var block in published.Blocks)
        {
            var bands = blocks.TryGetValue(block.Code, out var known) ? period.BandsFor(known.Id) : period.Bands.Where(b => b.BlockId is null).ToList();
            var indexes = block.Units.Select(u => (Unit: u, Index: decimal.Parse(u.Index, NumberStyles.Number, CultureInfo.InvariantCulture))).ToList();
            foreach (var (unit, index) in indexes)
            {
                if (unit.Criteria.Count > 0 && ClassProblem(unit, index, bands) is { } classProblem)
                {
                    yield return (unit.Code, classProblem);
                }

                if (block.IsRanked && unit.Rank is { } rank)
                {
                    var better = indexes.Count(o => o.Index > index);
                    var notWorse = indexes.Count(o => o.Index >= index);
                    if (rank < better + 1 || rank > notWorse)
                    {
                        yield return (unit.Code, VerificationMessages.RankMismatch(unit.Name, rank, unit.Index, better));
                    }
                }
            }
        }
    }

    private static string? ClassProblem(PublishedUnit unit, decimal index, IReadOnlyList<ClassificationBand> bands)
    {
        if (bands.Count == 0)
        {
            return null;
        }

        if (!Enum.TryParse<Classification>(unit.Classification, out var published) || bands.All(b => b.Classification != published))
        {
            return VerificationMessages.ClassUnknown(unit.Name, unit.Classification);
        }

        var own = bands.Single(b => b.Classification == published);
        if (index < own.LowerBound)
        {
            return VerificationMessages.ClassBelowBand(unit.Name, unit.Index, published, own.LowerBound);
        }

        var skipped = bands.Where(b => b.Classification < published && index >= b.LowerBound && b.MinDomainPercent is null)
            .OrderBy(b => b.Classification).FirstOrDefault();
        return skipped is null
            ? null
            : VerificationMessages.ClassSkipped(unit.Name, unit.Index, skipped.Classification, skipped.LowerBound, published);
    }
}
