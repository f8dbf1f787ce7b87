using ParIndex.Application.Common;
using ParIndex.Application.Results;

namespace ParIndex.Application.Publication;

/// <summary>One unit's public page: its published result in a year, its domain profile and its history over the published years.</summary>
public sealed record GetPublicUnit(int Year, string Code);

public sealed record PublicUnit(int Year, string Code, string Name, string BlockName, bool IsRanked, int UnitsInBlock, decimal Index, string Classification,
    int? Rank, IReadOnlyList<PublicDomain> Domains, IReadOnlyList<PublicHistory> History, PublicationStamp Stamp);

public sealed record PublicDomain(string Code, string Title, decimal Points, decimal Max)
{
    public decimal? Percent => Max == 0m ? null : 100m * Points / Max;
}

/// <summary>A published year of the unit, or of a predecessor merged into it (<see cref="PredecessorCode"/> set: labelled as theirs).</summary>
public sealed record PublicHistory(int Year, decimal Index, string Classification, int? Rank)
{
    public string? PredecessorCode { get; init; }

    public string? PredecessorName { get; init; }
}

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

        // The unit's own years, then its predecessors' (the lineage's, as every view follows it), each labelled.
        var lineage = await UnitLineage.ReadAsync(db, ct);
        var predecessors = lineage.IdOf(unit.Code) is { } id ? lineage.PredecessorsOf(id) : [];
        var history = published.Values.OrderBy(p => p.Results.Year)
            .SelectMany(p => YearOf(p.Results, unit.Code, null).Concat(predecessors.SelectMany(x => YearOf(p.Results, x.Code, x))))
            .ToList();
        return new PublicUnit(request.Year, unit.Code, unit.Name, block.Name, block.IsRanked, block.Units.Count, PublicSnapshots.Number(unit.Index),
            unit.Classification, unit.Rank,
            [.. unit.Domains.Select(d => new PublicDomain(d.Code, d.Title, PublicSnapshots.Number(d.Points), PublicSnapshots.Number(d.Max)))],
            history, current.Stamp);
    }

    private static IEnumerable<PublicHistory> YearOf(PublishedResults results, string code, Predecessor? predecessor) =>
        results.Blocks.SelectMany(b => b.Units).Where(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase)).Take(1)
            .Select(u => new PublicHistory(results.Year, PublicSnapshots.Number(u.Index), u.Classification, u.Rank)
            {
                PredecessorCode = predecessor?.Code,
                PredecessorName = predecessor is null ? null : u.Name,
            });
}
