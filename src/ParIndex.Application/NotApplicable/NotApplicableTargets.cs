using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.NotApplicable;

/// <summary>One unit's leaf a "không đánh giá" decision is about, with the response row that carries it.</summary>
internal sealed record NotApplicableTarget(Assessment Assessment, Unit Unit, FrameworkNode Leaf)
{
    public CriterionResponse Response => Assessment.ResponseFor(Leaf.Id);
}

/// <summary>
/// Loads and checks what a decision names: the period is between the opening of self-assessment and the council's
/// approval; each unit has its assessment; each code names a criterion (or a whole criterion group, meaning its leaves)
/// of the unit's framework that applies to the unit; an inspector decides only within their assignment.
/// Bonus and deduction leaves are not part of the maximum, so they are never "không đánh giá".
/// </summary>
internal static class NotApplicableTargets
{
    public static readonly string[] Deciders = [Roles.Administrator, Roles.Inspector];

    public static async Task<IReadOnlyList<NotApplicableTarget>> LoadAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, Guid periodId,
        IReadOnlyCollection<Guid> unitIds, IReadOnlyCollection<string> codes, string action, CancellationToken ct)
    {
        await user.RequireAnyRoleAsync(db, clock, action, nameof(EvaluationPeriod), periodId, ct, Deciders);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), periodId);
        if (!IsOpenForDecisions(period.State))
        {
            throw new WorkflowRefusedException(NotApplicableMessages.PeriodClosed);
        }

        var ids = unitIds.Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var kinds = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Kind, ct);
        var assessments = await db.Assessments.Include(a => a.Responses).Where(a => a.PeriodId == periodId && ids.Contains(a.UnitId))
            .ToDictionaryAsync(a => a.UnitId, ct);
        var frameworkIds = assessments.Values.Select(a => a.FrameworkId).Distinct().ToList();
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).Where(f => frameworkIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var wanted = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        var targets = new List<NotApplicableTarget>();
        foreach (var id in ids)
        {
            var unit = units.GetValueOrDefault(id) ?? throw new NotFoundException(nameof(Unit), id);
            var assessment = assessments.GetValueOrDefault(id)
                ?? throw NotApplicableMessages.Invalid("UnitIds", NotApplicableMessages.NoAssessment(unit.Name));
            var framework = frameworks[assessment.FrameworkId];
            var scope = user.IsInRole(Roles.Administrator) ? AppraisalScope.WholeUnitScope : await AppraisalAccess.ScopeAsync(db, user, periodId, id, ct);
            foreach (var code in wanted)
            {
                var leaves = LeavesUnder(framework, code, kinds[unit.BlockId]);
                if (leaves.Count == 0)
                {
                    throw NotApplicableMessages.Invalid("CriterionCodes", NotApplicableMessages.UnknownCriterion(code, unit.Name));
                }

                if (leaves.Any(l => !scope.Covers(framework.DomainOf(l).Id)))
                {
                    db.Audit(user, clock, action, nameof(Unit), id, succeeded: false);
                    await db.SaveChangesAsync(ct);
                    throw new AccessDeniedException(NotApplicableMessages.NotInScope);
                }

                targets.AddRange(leaves.Where(l => targets.TrueForAll(t => t.Assessment.Id != assessment.Id || t.Leaf.Id != l.Id))
                    .Select(l => new NotApplicableTarget(assessment, unit, l)));
            }
        }

        return targets;
    }

    /// <summary>From the opening of self-assessment until the council approves: the maximum is still being decided.</summary>
    public static bool IsOpenForDecisions(PeriodState state) => state is >= PeriodState.SelfAssessmentOpen and < PeriodState.Approved;

    /// <summary>Leaves that can be "không đánh giá": part of the maximum and applying to the unit's kind of block.</summary>
    public static bool CanBeNotApplicable(FrameworkNode leaf, BlockKind kind) =>
        leaf.RuleType is not (RuleType.Bonus or RuleType.Deduction) && leaf.AppliesTo(kind);

    private static List<FrameworkNode> LeavesUnder(Framework framework, string code, BlockKind kind)
    {
        var byId = framework.Nodes.ToDictionary(n => n.Id);
        return [.. framework.Leaves().Where(l => CanBeNotApplicable(l, kind) && PathOf(l, byId).Any(n => string.Equals(n.Code, code, StringComparison.OrdinalIgnoreCase)))];
    }

    private static IEnumerable<FrameworkNode> PathOf(FrameworkNode node, Dictionary<Guid, FrameworkNode> byId)
    {
        for (FrameworkNode? current = node; current is not null; current = current.ParentId is { } parent ? byId[parent] : null)
        {
            yield return current;
        }
    }
}
