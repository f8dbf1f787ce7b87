using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Results;

namespace ParIndex.Application.Publication;

/// <summary>
/// The public results page: the published years and one year's rankings, read only from publication snapshots, so
/// no draft figure can ever reach it. Without a year, the latest published. The change since the previous published
/// year is the results core's (<see cref="YearComparison"/>), merges followed, as in the annex and the ranking API.
/// </summary>
public sealed record GetPublicResults(int? Year = null);

public sealed record PublicResults(IReadOnlyList<int> Years, PublicYear? Selected);

public sealed record PublicYear(int Year, string PeriodName, PublicationStamp Stamp, IReadOnlyList<PublicVersion> EarlierVersions, int? PreviousYear,
    IReadOnlyList<PublicBlock> Blocks);

/// <summary>A replaced version, still readable: when, under which decision, and why it was corrected.</summary>
public sealed record PublicVersion(int Version, string DecisionNumber, DateTime PublishedAtUtc, string Sha256, string? CorrectedBecause);

public sealed record PublicBlock(string Code, string Name, bool IsRanked, IReadOnlyList<PublicRow> Rows)
{
    /// <summary>Set when the block's units are not those of the previous year: rank changes carry a caveat.</summary>
    public MembershipChange? Membership { get; init; }
}

public sealed record PublicRow(string Code, string Name, decimal Index, string Classification, int? Rank, decimal? PreviousIndex, int? PreviousRank)
{
    public decimal? IndexChange => PreviousIndex is { } previous ? Index - previous : null;

    /// <summary>Positive when the unit climbed.</summary>
    public int? RankChange => PreviousRank is { } previous && Rank is { } rank ? previous - rank : null;

    /// <summary>The units merged into this one since the previous year.</summary>
    public IReadOnlyList<string> MergedFrom { get; init; } = [];

    /// <summary>"Mới hợp nhất": the predecessors' results side by side, instead of a change.</summary>
    public IReadOnlyList<PredecessorResult> NewlyMergedFrom { get; init; } = [];
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

        var comparison = await YearComparisons.WithPreviousPublishedAsync(db, selected, ct);
        var lineage = comparison.Lineage;
        var blocks = current.Results.Blocks.Select(b =>
        {
            var ids = b.Units.Select(u => lineage.IdOf(u.Code)).OfType<Guid>().ToList();
            return new PublicBlock(b.Code, b.Name, b.IsRanked, [.. b.Units.Select(u =>
            {
                var change = lineage.IdOf(u.Code) is { } id ? comparison.Of(id, b.Code, b.IsRanked) : YearChange.None;
                return new PublicRow(u.Code, u.Name, PublicSnapshots.Number(u.Index), u.Classification, u.Rank, change.PreviousIndex, change.PreviousRank)
                {
                    MergedFrom = change.MergedFrom,
                    NewlyMergedFrom = change.NewlyMergedFrom,
                };
            })])
            {
                Membership = b.IsRanked ? comparison.MembershipOf(b.Code, ids) : null,
            };
        }).ToList();

        var earlier = await db.Publications.AsNoTracking().Where(x => x.PeriodId == current.PeriodId && x.SupersededById != null)
            .OrderByDescending(x => x.Version).ToListAsync(ct);
        var corrections = await db.Publications.AsNoTracking().Where(x => x.PeriodId == current.PeriodId && x.Version > 1)
            .ToDictionaryAsync(x => x.Version, x => x.Reason, ct);
        return new PublicResults(years, new PublicYear(selected, current.Results.PeriodName, current.Stamp,
            [.. earlier.Select(e => new PublicVersion(e.Version, e.DecisionNumber, e.PublishedAtUtc, e.Sha256, corrections.GetValueOrDefault(e.Version + 1)))],
            comparison.PreviousYear, blocks));
    }
}
