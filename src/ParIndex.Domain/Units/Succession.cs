namespace ParIndex.Domain.Units;

/// <summary>
/// Follows units through merges, so a unit's history includes the units merged into it (the 2025 reform merged
/// communes, and departments were combined). Renames need nothing: a renamed unit keeps its identity.
/// </summary>
public sealed class Succession
{
    private readonly ILookup<Guid, UnitMerge> _bySuccessor;
    private readonly Dictionary<Guid, UnitMerge> _byPredecessor;

    public Succession(IEnumerable<UnitMerge> merges)
    {
        ArgumentNullException.ThrowIfNull(merges);
        var all = merges.ToList();
        _bySuccessor = all.ToLookup(m => m.SuccessorUnitId);
        // A unit merges once (the table's unique index on the predecessor).
        _byPredecessor = all.ToDictionary(m => m.PredecessorUnitId);
    }

    /// <summary>
    /// The units whose history continues in <paramref name="unitId"/> through merges effective after
    /// <paramref name="since"/>, transitively (a commune merged into a commune later merged again).
    /// </summary>
    public IReadOnlyList<Guid> PredecessorsOf(Guid unitId, DateOnly since) => PredecessorsOf(unitId, since, DateOnly.MaxValue);

    /// <summary>
    /// The same, for merges effective after <paramref name="since"/> and on or before <paramref name="until"/>: a year's
    /// results name only the merges of that year, never a later reform (an old year's annex stays as it was).
    /// </summary>
    public IReadOnlyList<Guid> PredecessorsOf(Guid unitId, DateOnly since, DateOnly until)
    {
        var found = new List<Guid>();
        var pending = new Stack<Guid>([unitId]);
        var seen = new HashSet<Guid> { unitId };
        while (pending.Count > 0)
        {
            foreach (var merge in _bySuccessor[pending.Pop()].Where(m => m.EffectiveOn > since && m.EffectiveOn <= until))
            {
                if (seen.Add(merge.PredecessorUnitId))
                {
                    found.Add(merge.PredecessorUnitId);
                    pending.Push(merge.PredecessorUnitId);
                }
            }
        }

        return found;
    }

    /// <summary>When <paramref name="predecessorId"/> merged into another unit, if it did.</summary>
    public UnitMerge? MergeOf(Guid predecessorId) => _byPredecessor.GetValueOrDefault(predecessorId);
}
