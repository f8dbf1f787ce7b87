namespace ParIndex.Domain.Units;

/// <summary>
/// Follows units through merges, so a unit's history includes the units merged into it (the 2025 reform merged
/// communes, and departments were combined). Renames need nothing: a renamed unit keeps its identity.
/// </summary>
public sealed class Succession
{
    private readonly ILookup<Guid, UnitMerge> _bySuccessor;

    public Succession(IEnumerable<UnitMerge> merges)
    {
        ArgumentNullException.ThrowIfNull(merges);
        _bySuccessor = merges.ToLookup(m => m.SuccessorUnitId);
    }

    /// <summary>
    /// The units whose history continues in <paramref name="unitId"/> through merges effective after
    /// <paramref name="since"/>, transitively (a commune merged into a commune later merged again).
    /// </summary>
    public IReadOnlyList<Guid> PredecessorsOf(Guid unitId, DateOnly since)
    {
        var found = new List<Guid>();
        var pending = new Stack<Guid>([unitId]);
        var seen = new HashSet<Guid> { unitId };
        while (pending.Count > 0)
        {
            foreach (var merge in _bySuccessor[pending.Pop()].Where(m => m.EffectiveOn > since))
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
}
