using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Application.Publication;

/// <summary>
/// The public results page: the published years and one year's rankings, read only from publication snapshots, so
/// no draft figure can ever reach it. Without a year, the latest published. Change is against the previous
/// published year, by unit code.
/// </summary>
public sealed record GetPublicResults(int? Year = null);

public sealed record PublicResults(IReadOnlyList<int> Years, PublicYear? Selected);

public sealed record PublicYear(int Year, string PeriodName, PublicationStamp Stamp, IReadOnlyList<PublicVersion> EarlierVersions, int? PreviousYear,
    IReadOnlyList<PublicBlock> Blocks);

/// <summary>A replaced version, still readable: when, under which decision, and why it was corrected.</summary>
public sealed record PublicVersion(int Version, string DecisionNumber, DateTime PublishedAtUtc, string Sha256, string? CorrectedBecause);

public sealed record PublicBlock(string Code, string Name, bool IsRanked, IReadOnlyList<PublicRow> Rows);

public sealed record PublicRow(string Code, string Name, decimal Index, string Classification, int? Rank, decimal? PreviousIndex, int? PreviousRank)
{
    public decimal? IndexChange => PreviousIndex is { } previous ? Index - previous : null;

    /// <summary>Positive when the unit climbed.</summary>
    public int? RankChange => PreviousRank is { } previous && Rank is { } rank ? previous - rank : null;
}

public sealed class GetPublicResultsHandler(IParIndexDbFactory dbFactory, PublicSnapshots snapshots)
{
    public async Task<PublicResults> HandleAsync(GetPublicResults request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var published = await snapshots.CurrentAsync(db, ct);
        var years = published.Keys.OrderDescending().ToList();
        var year = request.Year ?? (years.Count == 0 ? (int?)null : years[0]);
        if (year is not { } selected || !published.TryGetValue(selected, out var current))
        {
            return request.Year is null ? new PublicResults(years, null) : throw new NotFoundException("PublishedYear", request.Year);
        }

        var previousYear = years.Where(y => y < selected).Cast<int?>().FirstOrDefault();
        var previous = previousYear is { } p ? published[p].Results.Blocks.SelectMany(b => b.Units).ToDictionary(u => u.Code) : [];
        var blocks = current.Results.Blocks.Select(b => new PublicBlock(b.Code, b.Name, b.IsRanked, [.. b.Units.Select(u =>
        {
            var before = previous.GetValueOrDefault(u.Code);
            return new PublicRow(u.Code, u.Name, PublicSnapshots.Number(u.Index), u.Classification, u.Rank,
                before is null ? null : PublicSnapshots.Number(before.Index), b.IsRanked ? before?.Rank : null);
        })])).ToList();

        var earlier = await db.Publications.AsNoTracking().Where(x => x.PeriodId == current.PeriodId && x.SupersededById != null)
            .OrderByDescending(x => x.Version).ToListAsync(ct);
        var corrections = await db.Publications.AsNoTracking().Where(x => x.PeriodId == current.PeriodId && x.Version > 1)
            .ToDictionaryAsync(x => x.Version, x => x.Reason, ct);
        return new PublicResults(years, new PublicYear(selected, current.Results.PeriodName, current.Stamp,
            [.. earlier.Select(e => new PublicVersion(e.Version, e.DecisionNumber, e.PublishedAtUtc, e.Sha256, corrections.GetValueOrDefault(e.Version + 1)))],
            previousYear, blocks));
    }
}
