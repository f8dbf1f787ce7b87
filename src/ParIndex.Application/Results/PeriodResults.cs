using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Results;

/// <summary>
/// Decides a period's results as the council approves them: each unit's index from its decided leaf points, its
/// class by the block's bands (with their domain conditions), and its competition rank within ranked blocks, using
/// the period's tie-break when one is set.
/// </summary>
internal static class PeriodResults
{
    /// <summary>Records every assessment's result on the tracked entities; the caller saves them with its audit entry.</summary>
    public static async Task<IReadOnlyList<UnitOutcome>> RecordAsync(IParIndexDb db, EvaluationPeriod period, CancellationToken ct)
    {
        var assessments = await db.Assessments.Include(a => a.Responses).Where(a => a.PeriodId == period.Id).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().Where(u => assessments.Select(a => a.UnitId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        var frameworkIds = assessments.Select(a => a.FrameworkId).Distinct().ToList();
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).Where(f => frameworkIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);

        var outcomes = new List<UnitOutcome>();
        foreach (var inBlock in assessments.GroupBy(a => units[a.UnitId].BlockId))
        {
            var block = blocks[inBlock.Key];
            var bands = period.BandsFor(block.Id).Select(b => (b.Classification, b.LowerBound, b.MinDomainPercent)).ToList();
            var scored = inBlock.Select(a => (Assessment: a, Score: ScoreCalculator.Compute(frameworks[a.FrameworkId],
                DecidedScores.Of(frameworks[a.FrameworkId], block.Kind, a)))).ToList();
            var ranks = block.IsRanked ? RankOf(period, scored) : null;
            foreach (var (assessment, score) in scored)
            {
                var classification = ClassificationBands.Classify(score.Index, bands, score.Domains.Where(d => d.Percent is not null).Select(d => d.Percent!.Value));
                var rank = ranks?[assessment.Id];
                assessment.RecordResult(score.Index, classification, rank, ResultSource.Computed);
                outcomes.Add(new UnitOutcome(assessment.UnitId, units[assessment.UnitId].Name, block.Id, score.Published, classification, rank));
            }
        }

        return outcomes;
    }

    /// <summary>The class a unit would get now, before the council decides: what the appraisal page projects.</summary>
    public static Classification? Project(EvaluationPeriod period, Block block, AssessmentScore score)
    {
        var bands = period.BandsFor(block.Id).Select(b => (b.Classification, b.LowerBound, b.MinDomainPercent)).ToList();
        return bands.Count == 0 ? null : ClassificationBands.Classify(score.Index, bands, score.Domains.Where(d => d.Percent is not null).Select(d => d.Percent!.Value));
    }

    private static IReadOnlyDictionary<Guid, int> RankOf(EvaluationPeriod period, List<(Assessment Assessment, AssessmentScore Score)> scored)
    {
        if (period.TieBreakDomainCode is not { } code)
        {
            return Ranking.Rank(scored.Select(s => (s.Assessment.Id, s.Score.Index)));
        }

        return Ranking.Rank(scored.Select(s => (s.Assessment.Id, s.Score.Index,
            s.Score.Domains.FirstOrDefault(d => d.Code == code)?.Percent ?? 0m)));
    }
}

/// <summary>One unit's decided result, rounded as published.</summary>
public sealed record UnitOutcome(Guid UnitId, string UnitName, Guid BlockId, decimal Index, Classification Classification, int? Rank);
