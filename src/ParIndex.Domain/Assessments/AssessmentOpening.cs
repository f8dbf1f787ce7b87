using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Domain.Assessments;

/// <summary>
/// Who has something to fill in once a period opens: every active unit of every block the period gives a framework,
/// one assessment each against that framework. Used when self-assessment opens, when a unit is created while it is
/// open, and by the demo seeder, so a province starting from nothing gets exactly what the demo gets.
/// </summary>
public static class AssessmentOpening
{
    /// <summary>
    /// New assessments for the <paramref name="units"/> that need one, in the order given. Units already assessed in
    /// the period, inactive units and units of blocks without a framework get none, so calling it again adds nothing.
    /// </summary>
    public static IReadOnlyList<Assessment> Open(EvaluationPeriod period, IEnumerable<Unit> units, IReadOnlySet<Guid> alreadyAssessed)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(alreadyAssessed);
        var frameworks = period.Frameworks.ToDictionary(f => f.BlockId, f => f.FrameworkId);
        var opened = new List<Assessment>();
        foreach (var unit in units)
        {
            if (unit.IsActive && !alreadyAssessed.Contains(unit.Id) && frameworks.TryGetValue(unit.BlockId, out var frameworkId)
                && opened.TrueForAll(a => a.UnitId != unit.Id))
            {
                opened.Add(new Assessment(period.Id, unit.Id, unit.BlockId, frameworkId));
            }
        }

        return opened;
    }

    /// <summary>Blocks with active units but no framework in the period: their units would have nothing to fill in.</summary>
    public static IReadOnlyList<Guid> BlocksWithoutFramework(EvaluationPeriod period, IEnumerable<Unit> units)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(units);
        var covered = period.Frameworks.Select(f => f.BlockId).ToHashSet();
        return [.. units.Where(u => u.IsActive && !covered.Contains(u.BlockId)).Select(u => u.BlockId).Distinct()];
    }

    /// <summary>Whether a period's units may still receive assessments: from self-assessment's opening until the council decides.</summary>
    public static bool AcceptsNewUnits(PeriodState state) => state == PeriodState.SelfAssessmentOpen;
}
