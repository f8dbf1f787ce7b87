using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Dashboards;
using ParIndex.Application.Results;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Improvement;

/// <summary>
/// "What if we fixed these?": the unit's index, class and rank in its block had it earned the full points of the
/// chosen lost criteria, in a decided period. Nothing is saved.
/// </summary>
public sealed record WhatIfImprovement(Guid PeriodId, Guid UnitId, IReadOnlyList<Guid> FixedCriterionIds);

/// <summary>
/// <see cref="Current"/> and <see cref="Projected"/> are computed the same way (the engine, the period's bands for the
/// block with their domain conditions, competition rank against the other units' decided indexes), so the difference
/// is the fix alone. <see cref="Overtaken"/> names the units the unit would pass, for callers who may read the block's
/// ranking; <see cref="OvertakenCount"/> counts them for everyone.
/// </summary>
public sealed record WhatIfProjection(Guid PeriodId, Guid UnitId, bool IsRanked, int UnitsInBlock, WhatIfFigures Current, WhatIfFigures Projected,
    decimal PointsRecovered, IReadOnlyList<WhatIfCriterion> Fixed, int OvertakenCount, IReadOnlyList<string> Overtaken)
{
    public decimal IndexGain => Projected.Index - Current.Index;
}

/// <summary>The published (rounded) index, its class and its rank (null in an unranked block).</summary>
public sealed record WhatIfFigures(decimal Index, Classification? Classification, int? Rank);

public sealed record WhatIfCriterion(Guid CriterionId, string Code, string Title, decimal Lost);

public sealed class WhatIfImprovementHandler(IParIndexDbFactory dbFactory, IValidator<WhatIfImprovement> validator, ICurrentUser user, TimeProvider clock,
    BlockDigestCache digests)
{
    /// <summary>The unit itself, and the province roles that read every scorecard: whether a page offers the what-if.</summary>
    public static bool MayAsk(ICurrentUser user, Guid unitId) =>
        IsOwnUnit(user, unitId) || ResultAccess.MayRead(user, isPublished: false);

    public async Task<WhatIfProjection> HandleAsync(WhatIfImprovement request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        if (!IsOwnUnit(user, request.UnitId))
        {
            await user.RequireAnyRoleAsync(db, clock, "whatif.read", nameof(Unit), request.UnitId, ct, ResultAccess.BeforePublication);
        }

        await validator.ValidateAndThrowAsync(request, ct);
        var decided = await DecidedUnit.LoadAsync(db, request.PeriodId, request.UnitId, ct);
        if (!decided.IsDecided)
        {
            throw new WorkflowRefusedException(ImprovementMessages.WhatIfNotDecided);
        }

        if (decided.Score is not { } current || decided.Framework is null)
        {
            throw new WorkflowRefusedException(ImprovementMessages.WhatIfTotalsOnly);
        }

        var losses = decided.Losses.ToDictionary(l => l.NodeId);
        var chosen = request.FixedCriterionIds.Distinct().ToList();
        if (chosen.Any(id => !losses.ContainsKey(id)))
        {
            throw new ValidationException([new ValidationFailure(nameof(WhatIfImprovement.FixedCriterionIds), ImprovementMessages.UnknownCriterion)]);
        }

        var plan = ScoringPlan.For(decided.Framework);
        var fixedSet = chosen.ToHashSet();
        var projected = ScoreCalculator.Compute(plan, decided.Leaves.Select(l => fixedSet.Contains(l.Leaf.Id) ? l with { Points = l.Leaf.MaxPoints } : l));

        var (period, block, unit) = (decided.Period, decided.Block, decided.Unit);
        var tieBreak = period.TieBreakDomainCode;
        var others = block.IsRanked ? await OthersAsync(db, decided, ct) : [];
        decimal TieOf(AssessmentScore score) => tieBreak is null ? 0m : score.Domains.FirstOrDefault(d => d.Code == tieBreak)?.Percent ?? 0m;
        IReadOnlyDictionary<Guid, int> RankWith(AssessmentScore score) => tieBreak is null
            ? Ranking.Rank(others.Select(o => (o.UnitId, o.Index)).Append((unit.Id, score.Index)))
            : Ranking.Rank(others.Select(o => (o.UnitId, o.Index, o.TieBreak)).Append((unit.Id, score.Index, TieOf(score))));

        var before = block.IsRanked ? RankWith(current) : null;
        var after = block.IsRanked ? RankWith(projected) : null;
        var overtaken = before is null || after is null
            ? []
            : others.Where(o => before[o.UnitId] < before[unit.Id] && after[o.UnitId] > after[unit.Id]).OrderByDescending(o => o.Index).ToList();
        var isPublished = period.State is Domain.Periods.PeriodState.Published or Domain.Periods.PeriodState.Archived;
        var fixedRows = chosen.Select(id => losses[id]).OrderBy(l => l.Code, StringComparer.Ordinal)
            .Select(l => new WhatIfCriterion(l.NodeId, l.Code, l.Title, l.Lost)).ToList();

        return new WhatIfProjection(period.Id, unit.Id, block.IsRanked, others.Count + 1,
            new WhatIfFigures(current.Published, PeriodResults.Project(period, block, current), before?[unit.Id]),
            new WhatIfFigures(projected.Published, PeriodResults.Project(period, block, projected), after?[unit.Id]),
            fixedRows.Sum(f => f.Lost), fixedRows, overtaken.Count,
            ResultAccess.MayRead(user, isPublished) ? [.. overtaken.Select(o => o.Name)] : []);
    }

    private static bool IsOwnUnit(ICurrentUser user, Guid unitId) => user.IsAuthenticated && user.UserId is not null && user.UnitId == unitId;

    /// <summary>
    /// The block's other units with their decided index; with a tie-break domain, its percentage from the block's
    /// digest — the scorecards the council's decision computed — rather than from every unit's responses.
    /// </summary>
    private async Task<List<Other>> OthersAsync(IParIndexDb db, DecidedUnit decided, CancellationToken ct)
    {
        var others = await (from a in db.Assessments.AsNoTracking()
                            join u in db.Units.AsNoTracking() on a.UnitId equals u.Id
                            where a.PeriodId == decided.Period.Id && a.BlockId == decided.Block.Id && u.Id != decided.Unit.Id && a.FinalIndex != null
                            select new { a.UnitId, u.Name, Index = a.FinalIndex!.Value }).ToListAsync(ct);
        if (decided.Period.TieBreakDomainCode is not { } code)
        {
            return [.. others.Select(o => new Other(o.UnitId, o.Name, o.Index, 0m))];
        }

        var digest = await digests.GetAsync(db, decided.Period, decided.Block, clock.GetUtcNow().UtcDateTime, ct);
        var tieBreaks = digest.Units.ToDictionary(u => u.UnitId, u => u.Domains.FirstOrDefault(d => d.Code == code)?.Percent ?? 0m);
        return [.. others.Select(o => new Other(o.UnitId, o.Name, o.Index, tieBreaks.GetValueOrDefault(o.UnitId)))];
    }

    private sealed record Other(Guid UnitId, string Name, decimal Index, decimal TieBreak);
}

public sealed class WhatIfImprovementValidator : AbstractValidator<WhatIfImprovement>
{
    public const int MaxCriteria = 1000;

    public WhatIfImprovementValidator()
    {
        RuleFor(w => w.FixedCriterionIds).NotNull().WithMessage(_ => ImprovementMessages.UnknownCriterion)
            .Must(ids => ids is null || ids.Count <= MaxCriteria).WithMessage(_ => ImprovementMessages.WhatIfTooManyCriteria(MaxCriteria));
    }
}
