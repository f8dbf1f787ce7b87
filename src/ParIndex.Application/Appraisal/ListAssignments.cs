using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Users;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Appraisal;

/// <summary>A period's assignments, with what the administrator may choose from: inspectors, units and each block's domains.</summary>
public sealed record ListAssignments(Guid PeriodId);

public sealed record AssignmentBoard(Guid PeriodId, string PeriodName, IReadOnlyList<AssignmentRow> Assignments, IReadOnlyList<Choice> Inspectors,
    IReadOnlyList<Choice> Units, IReadOnlyList<Choice> Domains, IReadOnlyList<BlockUnits> UnitsByBlock);

/// <summary>A block's units in the period, for ticking a whole block at once (bulk assignment).</summary>
public sealed record BlockUnits(Guid BlockId, string Block, IReadOnlyList<Choice> Units);

public sealed record AssignmentRow(Guid Id, Guid InspectorUserId, string Inspector, string Scope, bool IsDomain);

public sealed record Choice(Guid Id, string Label);

public sealed class ListAssignmentsHandler(IParIndexDbFactory dbFactory, ICurrentUser user, IUserAccounts accounts, TimeProvider clock)
{
    public async Task<AssignmentBoard> HandleAsync(ListAssignments request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "appraisal.assignmentsRead", nameof(EvaluationPeriod), request.PeriodId, ct, AppraisalAccess.Readers);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        var inspectors = (await accounts.ListAsync(ct)).Where(a => a.IsActive && AppraisalAccess.Appraisers.Any(a.Roles.Contains))
            .OrderBy(a => a.FullName, StringComparer.Ordinal).Select(a => new Choice(a.Id, $"{a.FullName} ({a.UserName})")).ToList();
        var unitIds = await db.Assessments.AsNoTracking().Where(a => a.PeriodId == period.Id).Select(a => a.UnitId).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToListAsync(ct);
        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        var frameworkIds = period.Frameworks.Select(f => f.FrameworkId).ToList();
        var domainNodes = await db.FrameworkNodes.AsNoTracking().Where(n => n.ParentId == null && frameworkIds.Contains(n.FrameworkId)).ToListAsync(ct);
        // Blocks may share a framework (departments and vertical agencies): its domains are offered once, naming both.
        var domains = period.Frameworks.GroupBy(f => f.FrameworkId)
            .SelectMany(g => domainNodes.Where(n => n.FrameworkId == g.Key).OrderBy(n => n.SortOrder)
                .Select(n => new Choice(n.Id, $"{string.Join(", ", g.Select(f => blocks[f.BlockId].Name))} — {n.Code}. {n.Title}")))
            .ToList();
        var unitChoices = units.OrderBy(u => blocks[u.BlockId].SortOrder).ThenBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => new Choice(u.Id, u.Name)).ToList();

        var names = inspectors.ToDictionary(i => i.Id, i => i.Label);
        var labels = unitChoices.Concat(domains).ToDictionary(c => c.Id, c => c.Label);
        var rows = (await db.AppraisalAssignments.AsNoTracking().Where(a => a.PeriodId == period.Id).ToListAsync(ct))
            .Select(a => new AssignmentRow(a.Id, a.InspectorUserId, names.GetValueOrDefault(a.InspectorUserId, AssignmentMessages.LockedAccount),
                labels.GetValueOrDefault(a.UnitId ?? a.DomainNodeId!.Value, "?"), a.DomainNodeId is not null))
            .OrderBy(r => r.Inspector, StringComparer.Ordinal).ThenBy(r => r.IsDomain).ThenBy(r => r.Scope, StringComparer.Ordinal)
            .ToList();
        var byBlock = units.GroupBy(u => u.BlockId).OrderBy(g => blocks[g.Key].SortOrder)
            .Select(g => new BlockUnits(g.Key, blocks[g.Key].Name, [.. g.OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => new Choice(u.Id, u.Name))]))
            .ToList();
        return new AssignmentBoard(period.Id, period.Name, rows, inspectors, unitChoices, domains, byBlock);
    }
}
