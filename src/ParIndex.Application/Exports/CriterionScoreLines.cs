using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Results;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Exports;

/// <summary>
/// One criterion of a unit's scorecard as exports print it. <see cref="Points"/> is the score that counts (appraised,
/// imported or, where nobody appraised, the unit's own); a deduction shows as a negative number and its size as
/// <see cref="Lost"/>. A criterion "không đánh giá" has neither. The rule's <see cref="Explanation"/> is Vietnamese, as the
/// documents that print it are (ADR 0007).
/// </summary>
public sealed record CriterionScoreLine(
    string DomainCode, string Code, string Title, RuleType RuleType, decimal MaxPoints, decimal? SelfScore, decimal? Points, decimal? Lost,
    bool IsNotEvaluated, string? Reason, string? Explanation);

/// <summary>
/// Adds to the scorecards what exports print beside them: the unit's self-score and each leaf's rule type, read
/// once per period (or unit). The scores themselves come from <see cref="GetUnitScorecardHandler"/>.
/// </summary>
internal sealed class CriterionScoreLines
{
    private readonly Dictionary<(Guid UnitId, Guid NodeId), decimal> _selfScores;
    private readonly Dictionary<Guid, RuleType> _ruleTypes;

    private CriterionScoreLines(Dictionary<(Guid, Guid), decimal> selfScores, Dictionary<Guid, RuleType> ruleTypes)
    {
        _selfScores = selfScores;
        _ruleTypes = ruleTypes;
    }

    /// <summary>Call only after the caller's access to these results was checked.</summary>
    public static async Task<CriterionScoreLines> LoadAsync(IParIndexDb db, Guid periodId, Guid? unitId, CancellationToken ct)
    {
        var assessments = db.Assessments.AsNoTracking().Where(a => a.PeriodId == periodId && (unitId == null || a.UnitId == unitId));
        var selfScores = await (from r in db.CriterionResponses.AsNoTracking()
                                join a in assessments on r.AssessmentId equals a.Id
                                where r.SelfScore != null
                                select new { a.UnitId, r.NodeId, r.SelfScore })
            .ToDictionaryAsync(x => (x.UnitId, x.NodeId), x => x.SelfScore!.Value, ct);
        var frameworkIds = assessments.Select(a => a.FrameworkId).Distinct();
        var ruleTypes = await db.FrameworkNodes.AsNoTracking().Where(n => frameworkIds.Contains(n.FrameworkId))
            .ToDictionaryAsync(n => n.Id, n => n.RuleType, ct);
        return new CriterionScoreLines(selfScores, ruleTypes);
    }

    public IReadOnlyList<CriterionScoreLine> Of(UnitScorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.Score is not { } score)
        {
            return [];
        }

        return [.. score.Lines.Select(line =>
        {
            var rule = _ruleTypes.GetValueOrDefault(line.NodeId, RuleType.YesNo);
            decimal? self = _selfScores.TryGetValue((card.UnitId, line.NodeId), out var own) ? own : null;
            if (line.IsNotEvaluated)
            {
                return new CriterionScoreLine(line.DomainCode, line.Code, line.Title, rule, line.MaxPoints, self, null, null, true, line.Reason,
                    RuleWording.InVietnamese(line.Explanation));
            }

            var (points, lost) = rule switch
            {
                RuleType.Deduction => (-line.Points, line.Points),
                RuleType.Bonus => (line.Points, (decimal?)null),
                _ => (line.Points, Math.Max(0m, line.Lost)),
            };
            return new CriterionScoreLine(line.DomainCode, line.Code, line.Title, rule, line.MaxPoints, self, points, lost, false, line.Reason,
                RuleWording.InVietnamese(line.Explanation));
        })];
    }
}
