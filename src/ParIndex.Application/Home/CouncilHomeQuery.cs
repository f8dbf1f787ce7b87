using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Home;

/// <summary>The council member's view: what waits for the council, and what it last published.</summary>
internal static class CouncilHomeQuery
{
    public static async Task<CouncilHome> LoadAsync(IParIndexDb db, CancellationToken ct)
    {
        var awaiting = await db.Periods.AsNoTracking().Where(p => p.State == PeriodState.CouncilReview)
            .OrderByDescending(p => p.Year).Select(HomePeriods.ToRow).ToListAsync(ct);
        var lastPublished = await HomePeriods.LastPublishedAsync(db, ct);
        return new CouncilHome(awaiting.Select(p => p.Line).ToList(), lastPublished?.Line);
    }
}
