using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Application.Results;

/// <summary>
/// The names a published year printed, by unit code, read from its current publication: a published year's results and
/// documents show each unit as it was named that year, not as renamed since. A publication never changes, so each is
/// read once per server and kept by its id.
/// </summary>
internal static class PublishedNames
{
    private static readonly ConcurrentDictionary<Guid, IReadOnlyDictionary<string, string>> Read = new();

    public static async Task<IReadOnlyDictionary<string, string>> OfAsync(IParIndexDb db, Guid periodId, CancellationToken ct)
    {
        var id = await db.Publications.AsNoTracking().Where(p => p.PeriodId == periodId && p.SupersededById == null)
            .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        if (id is not { } publicationId)
        {
            return new Dictionary<string, string>();
        }

        if (Read.TryGetValue(publicationId, out var names))
        {
            return names;
        }

        var snapshot = await db.Publications.AsNoTracking().Where(p => p.Id == publicationId).Select(p => p.Snapshot).SingleAsync(ct);
        var shape = JsonSerializer.Deserialize<Snapshot>(snapshot) ?? throw new InvalidDataException("Empty publication snapshot.");
        names = shape.Blocks.SelectMany(b => b.Units).GroupBy(u => u.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase);
        Read[publicationId] = names;
        return names;
    }

    private sealed record Snapshot(IReadOnlyList<SnapshotBlock> Blocks);

    private sealed record SnapshotBlock(IReadOnlyList<SnapshotUnit> Units);

    private sealed record SnapshotUnit(string Code, string Name);
}
