using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Frameworks;

public sealed record ListFrameworks;

public sealed record FrameworkListItem(
    Guid Id, string Code, string Name, BlockKind BlockKind, int Version, FrameworkState State, bool IsIllustrative,
    string LegalBasis, int LeafCount, decimal TotalMaxPoints, IReadOnlyList<int> UsedInYears);

public sealed class ListFrameworksHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<FrameworkListItem>> HandleAsync(ListFrameworks request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "frameworks.list", nameof(Framework), null, ct, FrameworkAccess.Readers);

        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).ToListAsync(ct);
        // A province has a period a year: reading them whole is cheaper than a query SQLite cannot translate.
        var periods = await db.Periods.AsNoTracking().ToListAsync(ct);
        var usage = periods.SelectMany(p => p.Frameworks.Select(f => new { f.FrameworkId, p.Year })).ToList();

        return frameworks
            .OrderBy(f => f.BlockKind).ThenByDescending(f => f.Version).ThenBy(f => f.Code, StringComparer.Ordinal)
            .Select(f => new FrameworkListItem(
                f.Id, f.Code, f.Name, f.BlockKind, f.Version, f.State, f.IsIllustrative, f.LegalBasis,
                f.Leaves().Count(),
                f.Nodes.Where(n => n.ParentId is null && !FrameworkChecks.IsOutsideTheTree(n)).Sum(n => n.MaxPoints),
                [.. usage.Where(u => u.FrameworkId == f.Id).Select(u => u.Year).Distinct().Order()]))
            .ToList();
    }
}
