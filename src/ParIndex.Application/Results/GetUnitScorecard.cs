using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Results;

public sealed record GetUnitScorecard(Guid PeriodId, Guid UnitId);

/// <summary>
/// A unit's result explained: the index recomputed by the engine from every leaf, each domain's share, and every
/// lost point with the rule, the figures and the appraiser's reason. <see cref="RecordedIndex"/> is what the
/// period stored (published or imported), shown beside the recomputation.
/// </summary>
public sealed record UnitScorecard(
    Guid PeriodId, int Year, string PeriodName, bool IsPublished, Guid UnitId, string UnitName, string BlockName,
    string FrameworkName, decimal? RecordedIndex, Classification? Classification, int? Rank, AssessmentScore? Score);

public sealed class GetUnitScorecardHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<UnitScorecard> HandleAsync(GetUnitScorecard request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        var isPublished = period.State is PeriodState.Published or PeriodState.Archived;
        // Units always see their own; others' scorecards are public once published, and Home Affairs' before.
        if (!(user.IsAuthenticated && user.UnitId == request.UnitId))
        {
            await user.RequireAnyRoleAsync(db, clock, "scorecard.read", nameof(Unit), request.UnitId, ct,
                isPublished ? [.. Roles.All] : ResultAccess.BeforePublication);
        }

        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.UnitId, ct)
            ?? throw new NotFoundException(nameof(Unit), request.UnitId);
        var block = await db.Blocks.AsNoTracking().SingleAsync(b => b.Id == unit.BlockId, ct);
        var assessment = await db.Assessments.AsNoTracking().Include(a => a.Responses)
            .SingleOrDefaultAsync(a => a.PeriodId == period.Id && a.UnitId == unit.Id, ct)
            ?? throw new NotFoundException(nameof(Assessment), $"{period.Year}/{unit.Code}");
        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).SingleAsync(f => f.Id == assessment.FrameworkId, ct);

        var score = assessment.Responses.Count == 0 ? null : ScoreCalculator.Compute(framework, LeafScores(framework, block.Kind, assessment));
        return new UnitScorecard(period.Id, period.Year, period.Name, isPublished, unit.Id, unit.Name, block.Name, framework.Name,
            assessment.FinalIndex, assessment.Classification, assessment.Rank, score);
    }

    /// <summary>
    /// The decided points of each leaf that applies to the unit: the appraised score where there is one, otherwise
    /// what the rule gives for the unit's figures; the rule's own words explain either.
    /// </summary>
    private static IEnumerable<LeafScore> LeafScores(Framework framework, BlockKind kind, Assessment assessment)
    {
        var responses = assessment.Responses.ToDictionary(r => r.NodeId);
        foreach (var leaf in framework.Leaves().Where(l => l.AppliesTo(kind)))
        {
            if (!responses.TryGetValue(leaf.Id, out var response))
            {
                yield return new LeafScore(leaf, 0m, false, "Chưa có số liệu.", null);
                continue;
            }

            if (response.IsNotApplicable)
            {
                yield return LeafScore.NotEvaluated(leaf, response.NotApplicableReason);
                continue;
            }

            var outcome = Explain(leaf, response.Inputs);
            if (outcome is { IsExcluded: true } && response.FinalScore is null)
            {
                yield return LeafScore.NotEvaluated(leaf, outcome.Explanation);
                continue;
            }

            var points = response.FinalScore ?? response.SelfScore ?? outcome?.Points ?? 0m;
            yield return new LeafScore(leaf, points, false, outcome?.Explanation, response.AppraisalComment);
        }
    }

    private static RuleOutcome? Explain(FrameworkNode leaf, string inputs)
    {
        // Survey and external leaves get their points from an import, not from figures the unit typed.
        if (string.IsNullOrWhiteSpace(inputs) || inputs.Trim() == "{}")
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(inputs) ? "{}" : inputs);
            return ScoringRule.Parse(leaf.RuleType, leaf.RuleParameters).Score(leaf.MaxPoints, document.RootElement.Clone(), leaf.WhenNothingToCount);
        }
        catch (Exception ex) when (ex is JsonException or Domain.Common.DomainException)
        {
            return null;
        }
    }
}
