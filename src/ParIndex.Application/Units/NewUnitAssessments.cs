using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

/// <summary>
/// A unit created while a period's self-assessment is open has its work at once, like the units that were there at the
/// opening. One in a block the period gives no framework gets nothing: never silently, the administrator is told and the
/// audit says so. Shared by <see cref="CreateUnitHandler"/> and the units import, so both follow one rule.
/// </summary>
internal sealed record NewUnitAssessments(IReadOnlyList<Assessment> Opened, IReadOnlyList<string> NotAssessedIn)
{
    /// <param name="unit">The new unit, already added to the session.</param>
    /// <param name="openPeriods">The periods whose self-assessment is open, oldest first.</param>
    public static NewUnitAssessments For(Unit unit, IReadOnlyList<EvaluationPeriod> openPeriods)
    {
        var opened = new List<Assessment>();
        var notAssessedIn = new List<string>();
        foreach (var period in openPeriods)
        {
            var forUnit = AssessmentOpening.Open(period, [unit], new HashSet<Guid>());
            opened.AddRange(forUnit);
            if (forUnit.Count == 0)
            {
                notAssessedIn.Add(period.Name);
            }
        }

        return new NewUnitAssessments(opened, notAssessedIn);
    }

    /// <summary>The unit's audit entry (with the periods it is not assessed in), then each assessment and its entry.</summary>
    public void AddWithAudit(IParIndexDb db, ICurrentUser user, TimeProvider clock, Unit unit)
    {
        db.Audit(user, clock, "unit.created", nameof(Unit), unit.Id,
            newValues: NotAssessedIn.Count == 0 ? UnitAudit.Snapshot(unit) : new { Unit = UnitAudit.Snapshot(unit), NotAssessedIn });
        foreach (var assessment in Opened)
        {
            db.Assessments.Add(assessment);
            db.Audit(user, clock, "assessment.opened", nameof(Assessment), assessment.Id,
                newValues: new { assessment.PeriodId, assessment.UnitId, assessment.FrameworkId, Reason = "unit.created" });
        }
    }
}
