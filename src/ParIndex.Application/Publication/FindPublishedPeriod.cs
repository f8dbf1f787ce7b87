using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Publication;

/// <summary>The period of a published year, for the public downloads; a year being assessed or corrected is not found.</summary>
public sealed record FindPublishedPeriod(int Year);

public sealed class FindPublishedPeriodHandler(IParIndexDbFactory dbFactory)
{
    public async Task<Guid> HandleAsync(FindPublishedPeriod request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var id = await db.Periods.AsNoTracking()
            .Where(p => p.Year == request.Year && (p.State == PeriodState.Published || p.State == PeriodState.Archived))
            .Select(p => (Guid?)p.Id).SingleOrDefaultAsync(ct);
        return id ?? throw new NotFoundException("PublishedYear", request.Year);
    }
}
