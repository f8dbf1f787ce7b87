using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.NotApplicable;

/// <summary>A period's "không đánh giá" decisions, with the units and criteria the caller may decide for.</summary>
public sealed record ListNotApplicable(Guid PeriodId);

public sealed record NotApplicableOverview(
    Guid PeriodId, string PeriodName, PeriodState State, bool MayDecide, IReadOnlyList<NotApplicableUnit> Units,
    IReadOnlyList<NotApplicableCriterion> Criteria, IReadOnlyList<NotApplicableDecision> Decisions);

public sealed record NotApplicableUnit(Guid UnitId, string Code, string Name, string BlockName);

/// <summary>A criterion (or group) that can be chosen by code; <see cref="Frameworks"/> says which frameworks have it.</summary>
public sealed record NotApplicableCriterion(string Code, string Title, NodeLevel Level, IReadOnlyList<string> Frameworks);

public sealed record NotApplicableDecision(Guid UnitId, string UnitCode, string UnitName, string CriterionCode, string CriterionTitle, decimal MaxPoints,
    string? Reason);

public sealed class ListNotApplicableHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<NotApplicableOverview> HandleAsync(ListNotApplicable request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "criterion.notApplicableRead", nameof(EvaluationPeriod), request.PeriodId, ct, NotApplicableTargets.Deciders);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        var assessed = await (from a in db.Assessments.AsNoTracking()
                              join u in db.Units on a.UnitId equals u.Id
                              join b in db.Blocks on u.BlockId equals b.Id
                              where a.PeriodId == period.Id
                              orderby b.SortOrder, u.Code
                              select new { a.Id, a.FrameworkId, Unit = new NotApplicableUnit(u.Id, u.Code, u.Name, b.Name) }).ToListAsync(ct);
        var frameworkIds = assessed.Select(a => a.FrameworkId).Distinct().ToList();
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).Where(f => frameworkIds.Contains(f.Id)).ToListAsync(ct);
        var visible = await VisibleAsync(db, period.Id, frameworks, assessed.Select(a => (a.Unit.UnitId, a.FrameworkId)).ToList(), ct);
        var units = assessed.Where(a => visible.Contains(a.Unit.UnitId)).ToList();

        var nodes = frameworks.SelectMany(f => f.Nodes).ToDictionary(n => n.Id);
        var assessmentIds = units.Select(a => a.Id).ToList();
        var decided = await db.CriterionResponses.AsNoTracking().Where(r => assessmentIds.Contains(r.AssessmentId) && r.IsNotApplicable)
            .Select(r => new { r.AssessmentId, r.NodeId, r.NotApplicableReason }).ToListAsync(ct);
        var unitOf = units.ToDictionary(a => a.Id, a => a.Unit);
        var decisions = decided.Where(d => nodes.ContainsKey(d.NodeId))
            .Select(d => (Unit: unitOf[d.AssessmentId], Node: nodes[d.NodeId], d.NotApplicableReason))
            .OrderBy(d => d.Unit.Code, StringComparer.Ordinal).ThenBy(d => d.Node.SortOrder)
            .Select(d => new NotApplicableDecision(d.Unit.UnitId, d.Unit.Code, d.Unit.Name, d.Node.Code, d.Node.Title, d.Node.MaxPoints, d.NotApplicableReason))
            .ToList();

        var criteria = frameworks
            .SelectMany(f => f.Nodes.Where(n => n.Level != NodeLevel.Domain && n.RuleType is not (RuleType.Bonus or RuleType.Deduction))
                .Select(n => (Framework: f, Node: n)))
            .GroupBy(x => x.Node.Code, StringComparer.OrdinalIgnoreCase)
            .Select(g => new NotApplicableCriterion(g.First().Node.Code, g.First().Node.Title, g.First().Node.Level,
                [.. g.Select(x => x.Framework.Name).Distinct(StringComparer.Ordinal)]))
            .OrderBy(c => c.Code, CodeOrder.Instance).ToList();
        return new NotApplicableOverview(period.Id, period.Name, period.State, NotApplicableTargets.IsOpenForDecisions(period.State),
            [.. units.Select(a => a.Unit)], criteria, decisions);
    }

    /// <summary>Home Affairs sees every unit; an inspector the units of their assignments (a whole unit, or a domain of its framework).</summary>
    private async Task<HashSet<Guid>> VisibleAsync(IParIndexDb db, Guid periodId, IReadOnlyList<Framework> frameworks,
        IReadOnlyList<(Guid UnitId, Guid FrameworkId)> units, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Administrator))
        {
            return [.. units.Select(u => u.UnitId)];
        }

        var mine = await db.AppraisalAssignments.AsNoTracking().Where(a => a.PeriodId == periodId && a.InspectorUserId == user.UserId).ToListAsync(ct);
        var domains = mine.Where(a => a.DomainNodeId is not null).Select(a => a.DomainNodeId!.Value).ToHashSet();
        var withDomain = frameworks.Where(f => f.Nodes.Any(n => domains.Contains(n.Id))).Select(f => f.Id).ToHashSet();
        return [.. units.Where(u => mine.Any(a => a.UnitId == u.UnitId) || withDomain.Contains(u.FrameworkId)).Select(u => u.UnitId)];
    }
}

/// <summary>Orders criterion codes as people read them: A2 before A10, A2.1 before A2.10.</summary>
internal sealed class CodeOrder : IComparer<string>
{
    public static CodeOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? string.Empty).Split('.');
        var b = (y ?? string.Empty).Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var (pa, pb) = (Parts(a[i]), Parts(b[i]));
            var c = string.CompareOrdinal(pa.Prefix, pb.Prefix);
            if (c == 0)
            {
                c = pa.Number.CompareTo(pb.Number);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a[i], b[i]);
            }

            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static (string Prefix, long Number) Parts(string segment)
    {
        var digits = segment.Length;
        while (digits > 0 && char.IsAsciiDigit(segment[digits - 1]))
        {
            digits--;
        }

        return (segment[..digits], digits < segment.Length && long.TryParse(segment[digits..], out var n) ? n : -1);
    }
}
