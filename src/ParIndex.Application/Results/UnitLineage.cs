using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Results;

/// <summary>A unit as the lineage names it.</summary>
public sealed record LineageUnit(Guid Id, string Code, string Name);

/// <summary>A unit whose history continues in another: its identity and the merge that ended it.</summary>
public sealed record Predecessor(Guid UnitId, string Code, string Name, DateOnly EffectiveOn, string? DecisionReference);

/// <summary>
/// The one reader of units' succession (renames keep the identity; merges with their effective date and decision).
/// Every view that compares a unit with an earlier year, or shows its history, asks this, so the public site, the
/// rankings, the dashboards and the documents cannot follow a merge differently.
/// </summary>
public sealed class UnitLineage
{
    private readonly Succession _succession;
    private readonly Dictionary<Guid, LineageUnit> _units;
    private readonly Dictionary<string, Guid> _byCode;

    private UnitLineage(IEnumerable<UnitMerge> merges, IEnumerable<LineageUnit> units)
    {
        _succession = new Succession(merges);
        _units = units.ToDictionary(u => u.Id);
        _byCode = _units.Values.ToDictionary(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A lineage over given merges and units (the rules' tests; readers use <see cref="ReadAsync"/>).</summary>
    public static UnitLineage Of(IEnumerable<UnitMerge> merges, IEnumerable<LineageUnit> units) => new(merges, units);

    public static async Task<UnitLineage> ReadAsync(IParIndexDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var merges = await db.UnitMerges.AsNoTracking().ToListAsync(ct);
        var units = await db.Units.AsNoTracking().Select(u => new LineageUnit(u.Id, u.Code, u.Name)).ToListAsync(ct);
        return new UnitLineage(merges, units);
    }

    /// <summary>The unit a published code names (codes never change; a rename keeps the code).</summary>
    public Guid? IdOf(string code) => _byCode.TryGetValue(code, out var id) ? id : null;

    public LineageUnit? UnitOf(Guid id) => _units.GetValueOrDefault(id);

    /// <summary>
    /// The units merged into <paramref name="unitId"/> between the end of <paramref name="previousYear"/> and the end of
    /// <paramref name="year"/>: what a year's results compare across. A merge after the year is never named in it.
    /// </summary>
    public IReadOnlyList<Guid> MergedDuring(Guid unitId, int? previousYear, int year) => previousYear is { } previous
        ? _succession.PredecessorsOf(unitId, new DateOnly(previous, 12, 31), new DateOnly(year, 12, 31))
        : [];

    /// <summary>Every unit whose history continues in <paramref name="unitId"/>, whenever it merged (the history page).</summary>
    public IReadOnlyList<Predecessor> PredecessorsOf(Guid unitId) =>
        [.. _succession.PredecessorsOf(unitId, DateOnly.MinValue).Where(_units.ContainsKey).Select(id =>
        {
            var unit = _units[id];
            var merge = _succession.MergeOf(id)!;
            return new Predecessor(id, unit.Code, unit.Name, merge.EffectiveOn, merge.DecisionReference);
        })];
}
