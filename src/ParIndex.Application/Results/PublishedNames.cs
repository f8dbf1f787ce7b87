using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Application.Results;

/// <summary>A unit as a published year printed it: its name then, and the block it was ranked (or classified) in then.</summary>
internal sealed record PublishedMember(string Name, string BlockCode, bool BlockIsRanked);

/// <summary>
/// The names and blocks a published year printed, by unit code, read from its current publication: a published year's
/// results and documents show each unit as it was named that year, not as renamed since, and a later year compares with
/// the block a unit was in that year, not the one it has moved to since. A publication never changes, so each is read
/// once per server and kept by its id.
/// </summary>
internal static class PublishedNames
{
    private static readonly ConcurrentDictionary<Guid, IReadOnlyDictionary<string, PublishedMember>> Read = new();

    public static async Task<IReadOnlyDictionary<string, string>> OfAsync(IParIndexDb db, Guid periodId, CancellationToken ct) =>
        (await MembersAsync(db, periodId, ct)).ToDictionary(m => m.Key, m => m.Value.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every unit of the period's current publication by code; empty when the period has none.</summary>
    public static async Task<IReadOnlyDictionary<string, PublishedMember>> MembersAsync(IParIndexDb db, Guid periodId, CancellationToken ct)
    {
        var id = await db.Publications.AsNoTracking().Where(p => p.PeriodId == periodId && p.SupersededById == null)
            .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        if (id is not { } publicationId)
        {
            return new Dictionary<string, PublishedMember>();
        }

        if (Read.TryGetValue(publicationId, out var members))
        {
            return members;
        }

        var snapshot = await db.Publications.AsNoTracking().Where(p => p.Id == publicationId).Select(p => p.Snapshot).SingleAsync(ct);
        var shape = JsonSerializer.Deserialize<Snapshot>(snapshot) ?? throw new InvalidDataException("Empty publication snapshot.");
        members = shape.Blocks.SelectMany(b => b.Units.Select(u => (u.Code, Member: new PublishedMember(u.Name, b.Code, b.IsRanked))))
            .GroupBy(u => u.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Member, StringComparer.OrdinalIgnoreCase);
        Read[publicationId] = members;
        return members;
    }

    private sealed record Snapshot(IReadOnlyList<SnapshotBlock> Blocks);

    private sealed record SnapshotBlock(string Code, bool IsRanked, IReadOnlyList<SnapshotUnit> Units);

    private sealed record SnapshotUnit(string Code, string Name);
}
