using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Results;

public sealed record ListResultPeriods;

public sealed record ResultPeriods(IReadOnlyList<ResultPeriod> Periods, IReadOnlyList<ResultBlock> Blocks);

public sealed record ResultPeriod(Guid Id, int Year, string Name, PeriodState State, bool IsPublished);

public sealed record ResultBlock(Guid Id, string Name, string? NameEn, bool IsRanked);

/// <summary>The periods whose results the person may read (newest first) and the blocks to show them by.</summary>
public sealed class ListResultPeriodsHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<ResultPeriods> HandleAsync(ListResultPeriods request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "results.periods", nameof(EvaluationPeriod), null, ct, [.. Roles.All]);

        var seesWorkingFigures = ResultAccess.BeforePublication.Any(user.IsInRole);
        var periods = await db.Periods.AsNoTracking()
            .Where(p => p.State != PeriodState.Draft)
            .Where(p => seesWorkingFigures || p.State == PeriodState.Published || p.State == PeriodState.Archived)
            .OrderByDescending(p => p.Year)
            .Select(p => new ResultPeriod(p.Id, p.Year, p.Name, p.State, p.State == PeriodState.Published || p.State == PeriodState.Archived))
            .ToListAsync(ct);
        var blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder)
            .Select(b => new ResultBlock(b.Id, b.Name, b.NameEn, b.IsRanked))
            .ToListAsync(ct);
        return new ResultPeriods(periods, blocks);
    }
}
