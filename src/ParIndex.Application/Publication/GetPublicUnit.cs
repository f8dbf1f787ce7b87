using ParIndex.Application.Common;

namespace ParIndex.Application.Publication;

/// <summary>One unit's public page: its published result in a year, its domain profile and its history over the published years.</summary>
public sealed record GetPublicUnit(int Year, string Code);

public sealed record PublicUnit(int Year, string Code, string Name, string BlockName, bool IsRanked, int UnitsInBlock, decimal Index, string Classification,
    int? Rank, IReadOnlyList<PublicDomain> Domains, IReadOnlyList<PublicHistory> History, PublicationStamp Stamp);

public sealed record PublicDomain(string Code, string Title, decimal Points, decimal Max)
{
    public decimal? Percent => Max == 0m ? null : 100m * Points / Max;
}

public sealed record PublicHistory(int Year, decimal Index, string Classification, int? Rank);

public sealed class GetPublicUnitHandler(IParIndexDbFactory dbFactory, PublicSnapshots snapshots)
{
    public async Task<PublicUnit> HandleAsync(GetPublicUnit request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var published = await snapshots.CurrentAsync(db, ct);
        if (!published.TryGetValue(request.Year, out var current))
        {
            throw new NotFoundException("PublishedYear", request.Year);
        }

        var (block, unit) = current.Results.Blocks.SelectMany(b => b.Units.Select(u => (Block: b, Unit: u)))
            .FirstOrDefault(x => string.Equals(x.Unit.Code, request.Code, StringComparison.OrdinalIgnoreCase));
        if (unit is null)
        {
            throw new NotFoundException("PublishedUnit", request.Code);
        }

        var history = published.Values.OrderBy(p => p.Results.Year)
            .Select(p => (p.Results.Year, Unit: p.Results.Blocks.SelectMany(b => b.Units).FirstOrDefault(u => u.Code == unit.Code)))
            .Where(x => x.Unit is not null)
            .Select(x => new PublicHistory(x.Year, PublicSnapshots.Number(x.Unit!.Index), x.Unit.Classification, x.Unit.Rank))
            .ToList();
        return new PublicUnit(request.Year, unit.Code, unit.Name, block.Name, block.IsRanked, block.Units.Count, PublicSnapshots.Number(unit.Index),
            unit.Classification, unit.Rank,
            [.. unit.Domains.Select(d => new PublicDomain(d.Code, d.Title, PublicSnapshots.Number(d.Points), PublicSnapshots.Number(d.Max)))],
            history, current.Stamp);
    }
}
