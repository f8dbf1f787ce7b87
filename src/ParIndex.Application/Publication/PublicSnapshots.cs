using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Application.Publication;

/// <summary>
/// The current published version of every published year, read from the snapshots alone. A publication never
/// changes (the database refuses edits and a correction is a new row), so each snapshot is parsed once per server and
/// kept by its id, without its criteria lines, which the public pages do not show: a national year's snapshot is
/// tens of megabytes. Verification reads the rows themselves, never this copy.
/// </summary>
public sealed class PublicSnapshots
{
    private readonly ConcurrentDictionary<Guid, PublishedResults> _parsed = new();

    public sealed record Current(Guid PeriodId, PublicationStamp Stamp, PublishedResults Results);

    internal async Task<Dictionary<int, Current>> CurrentAsync(IParIndexDb db, CancellationToken ct)
    {
        var rows = await db.Publications.AsNoTracking().Where(p => p.SupersededById == null)
            .Select(p => new { p.Id, p.PeriodId, p.Version, p.DecisionNumber, p.DecisionDate, p.Signer, p.PublishedAtUtc, p.Sha256 }).ToListAsync(ct);
        var result = new Dictionary<int, Current>();
        foreach (var row in rows)
        {
            if (!_parsed.TryGetValue(row.Id, out var results))
            {
                var snapshot = await db.Publications.AsNoTracking().Where(p => p.Id == row.Id).Select(p => p.Snapshot).SingleAsync(ct);
                results = Totals.Read(snapshot);
                _parsed[row.Id] = results;
            }

            result[results.Year] = new Current(row.PeriodId,
                new PublicationStamp(row.Id, row.Version, row.DecisionNumber, row.DecisionDate, row.Signer, row.PublishedAtUtc, row.Sha256,
                    PublicationStamps.VerifyPathOf(row.Id)),
                results);
        }

        return result;
    }

    internal static decimal Number(string figure) => decimal.Parse(figure, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>The snapshot read without its criteria lines: the parser skips them rather than building 400,000 records.</summary>
    private static class Totals
    {
        public static PublishedResults Read(string snapshot)
        {
            var totals = JsonSerializer.Deserialize<Results>(snapshot) ?? throw new InvalidDataException("Empty publication snapshot.");
            return new PublishedResults(totals.Year, totals.PeriodName, [.. totals.Blocks.Select(b => new PublishedBlock(b.Code, b.Name, b.IsRanked,
                [.. b.Units.Select(u => new PublishedUnit(u.Code, u.Name, u.Index, u.Classification, u.Rank, u.Domains, []))]))]);
        }

        private sealed record Results(int Year, string PeriodName, IReadOnlyList<Block> Blocks);

        private sealed record Block(string Code, string Name, bool IsRanked, IReadOnlyList<Unit> Units);

        private sealed record Unit(string Code, string Name, string Index, string Classification, int? Rank, IReadOnlyList<PublishedDomain> Domains);
    }
}
