using ParIndex.Domain.Common;

namespace ParIndex.Domain.Units;

/// <summary>Records that one unit's history continues under another from a given date.</summary>
public sealed class UnitMerge : Entity
{
    public const int MaxDecisionLength = 200;

    private UnitMerge()
    {
    }

    internal UnitMerge(Guid predecessorUnitId, Guid successorUnitId, DateOnly effectiveOn, string? decisionReference)
    {
        PredecessorUnitId = predecessorUnitId;
        SuccessorUnitId = successorUnitId;
        EffectiveOn = effectiveOn;
        DecisionReference = Guard.OptionalText(decisionReference, MaxDecisionLength, "merge.decision");
    }

    public Guid PredecessorUnitId { get; private set; }

    public Guid SuccessorUnitId { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    /// <summary>The resolution or decision that merged the units, e.g. "1656/NQ-UBTVQH15".</summary>
    public string? DecisionReference { get; private set; }
}
