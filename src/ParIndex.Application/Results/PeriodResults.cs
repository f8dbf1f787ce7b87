using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
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
    /// <summary>
    /// Records every assessment's result on the tracked entities; the caller saves them with its audit entry. The
    /// scorecards come back with the outcomes, so the approval stores the dashboards' digests from the same figures
    /// (the results core does not write the dashboards' tables).
    /// </summary>
    public static async Task<IReadOnlyList<(UnitOutcome Outcome, AssessmentScore Score)>> RecordAsync(IParIndexDb db, EvaluationPeriod period,
        CancellationToken ct)
    {
        var decided = await DecideAsync(db, period, tracked: true, ct);
        foreach (var (assessment, outcome, score) in decided)
        {
            assessment.RecordResult(score.Index, outcome.Classification, outcome.Rank, ResultSource.Computed);
        }

        return [.. decided.Select(d => (d.Outcome, d.Score))];
    }

    /// <summary>What the council would decide now, without recording anything: for its review before approving.</summary>
    public static async Task<IReadOnlyList<UnitOutcome>> ProjectAsync(IParIndexDb db, EvaluationPeriod period, CancellationToken ct) =>
        [.. (await DecideAsync(db, period, tracked: false, ct)).Select(d => d.Outcome)];

    private static async Task<List<(Assessment Assessment, UnitOutcome Outcome, AssessmentScore Score)>> DecideAsync(IParIndexDb db, EvaluationPeriod period,
        bool tracked, CancellationToken ct)
    {
        var query = db.Assessments.Include(a => a.Responses).Where(a => a.PeriodId == period.Id);
        var assessments = await (tracked ? query : query.AsNoTracking()).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().Where(u => assessments.Select(a => a.UnitId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        var frameworkIds = assessments.Select(a => a.FrameworkId).Distinct().ToList();
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).Where(f => frameworkIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);

        var decided = new List<(Assessment, UnitOutcome, AssessmentScore)>();
        foreach (var inBlock in assessments.GroupBy(a => a.BlockId))
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
                var self = assessment.SelfIndex ?? SelfIndexOf(frameworks[assessment.FrameworkId], block, assessment);
                decided.Add((assessment, new UnitOutcome(assessment.UnitId, units[assessment.UnitId].Name, block.Id, score.Published, classification, rank,
                    self is { } value ? ScoreRounding.ToPublished(value) : null), score));
            }
        }

        return decided;
    }

    /// <summary>The class a unit would get now, before the council decides: what the appraisal page projects.</summary>
    public static Classification? Project(EvaluationPeriod period, Block block, AssessmentScore score)
    {
        var bands = period.BandsFor(block.Id).Select(b => (b.Classification, b.LowerBound, b.MinDomainPercent)).ToList();
        return bands.Count == 0 ? null : ClassificationBands.Classify(score.Index, bands, score.Domains.Where(d => d.Percent is not null).Select(d => d.Percent!.Value));
    }

    /// <summary>Units locked at the deadline never recorded a self index at submission; their sheet still has one.</summary>
    private static decimal? SelfIndexOf(Framework framework, Block block, Assessment assessment) =>
        assessment.Responses.Count == 0
            ? null
            : SelfAssessmentSheet.Build(framework, block.Kind, assessment, Array.Empty<(Guid, EvidenceItem)>().ToLookup(e => e.Item1, e => e.Item2)).Totals.Percent;

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

/// <summary>One unit's decided result, rounded as published, with its own self index beside it.</summary>
public sealed record UnitOutcome(Guid UnitId, string UnitName, Guid BlockId, decimal Index, Classification Classification, int? Rank, decimal? SelfIndex);
