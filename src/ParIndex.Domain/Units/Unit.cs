using ParIndex.Domain.Common;

namespace ParIndex.Domain.Units;

/// <summary>An agency scored every year: a department, a commune or ward, a district or a vertical agency.</summary>
public sealed class Unit : VersionedEntity
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 200;

    private Unit()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public Unit(string code, string name, Guid blockId, string? shortName = null)
    {
        Code = Guard.Text(code, MaxCodeLength, "unit.code");
        Name = Guard.Text(name, MaxNameLength, "unit.name");
        ShortName = Guard.OptionalText(shortName, MaxNameLength, "unit.shortName");
        BlockId = blockId;
        IsActive = true;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string? ShortName { get; private set; }

    public Guid BlockId { get; private set; }

    /// <summary>False once the unit was merged into another or dissolved; its past results stay.</summary>
    public bool IsActive { get; private set; }

    /// <summary>Set when the unit was merged: its history continues under this unit.</summary>
    public Guid? MergedIntoUnitId { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public void Rename(string name, string? shortName)
    {
        EnsureActive();
        Name = Guard.Text(name, MaxNameLength, "unit.name");
        ShortName = Guard.OptionalText(shortName, MaxNameLength, "unit.shortName");
    }

    public void MoveToBlock(Guid blockId)
    {
        EnsureActive();
        BlockId = blockId;
    }

    /// <summary>
    /// Ends this unit by merging it into <paramref name="successor"/> (the 2025 reform merged many communes).
    /// Results already recorded under this unit are kept; comparisons follow the returned record.
    /// </summary>
    public UnitMerge MergeInto(Unit successor, DateOnly effectiveOn, string? decisionReference)
    {
        ArgumentNullException.ThrowIfNull(successor);
        EnsureActive();
        if (successor.Id == Id)
        {
            throw new DomainException("unit.mergeSelf", "A unit cannot be merged into itself.");
        }

        if (!successor.IsActive)
        {
            throw new DomainException("unit.mergeIntoInactive", "The receiving unit is no longer active.");
        }

        IsActive = false;
        MergedIntoUnitId = successor.Id;
        ClosedOn = effectiveOn;
        return new UnitMerge(Id, successor.Id, effectiveOn, decisionReference);
    }

    private void EnsureActive()
    {
        if (!IsActive)
        {
            throw new DomainException("unit.inactive", "The unit was merged or closed and can no longer change.");
        }
    }
}
