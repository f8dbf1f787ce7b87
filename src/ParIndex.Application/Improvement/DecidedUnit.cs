using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Results;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Improvement;

/// <summary>
/// A unit's result in one period as its scorecard explains it: the leaves' decided points (the same
/// <see cref="DecidedScores"/> the council's decision used) and the score they add up to; null when the period kept
/// only a total (an imported result).
/// </summary>
internal sealed record DecidedUnit(EvaluationPeriod Period, Unit Unit, Block Block, Assessment Assessment, Framework? Framework,
    IReadOnlyList<LeafScore> Leaves, AssessmentScore? Score)
{
    public static readonly PeriodState[] DecidedStates = [PeriodState.Approved, PeriodState.Published, PeriodState.Archived];

    public bool IsDecided => DecidedStates.Contains(Period.State);

    /// <summary>The criteria where the unit lost points, largest loss first (the scorecard's list).</summary>
    public IEnumerable<LeafLine> Losses => Score?.Losses ?? [];

    public static async Task<DecidedUnit> LoadAsync(IParIndexDb db, Guid periodId, Guid unitId, CancellationToken ct)
    {
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), periodId);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct)
            ?? throw new NotFoundException(nameof(Unit), unitId);
        var assessment = await db.Assessments.AsNoTracking().Include(a => a.Responses)
            .SingleOrDefaultAsync(a => a.PeriodId == period.Id && a.UnitId == unit.Id, ct)
            ?? throw new NotFoundException(nameof(Assessment), $"{period.Year}/{unit.Code}");
        // The block the unit was decided in that year, which it keeps if it has moved since.
        var block = await db.Blocks.AsNoTracking().SingleAsync(b => b.Id == assessment.BlockId, ct);
        if (assessment.Responses.Count == 0)
        {
            return new DecidedUnit(period, unit, block, assessment, null, [], null);
        }

        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).SingleAsync(f => f.Id == assessment.FrameworkId, ct);
        var leaves = DecidedScores.Of(framework, block.Kind, assessment).ToList();
        return new DecidedUnit(period, unit, block, assessment, framework, leaves, ScoreCalculator.Compute(framework, leaves));
    }
}
