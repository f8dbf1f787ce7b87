using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Appraisal;

/// <summary>
/// The criteria an inspector appraises in a unit: self-assessed leaves (not bonus) that apply to the unit's kind, within
/// the inspector's scope. The work queue's progress and the load view count the same leaves.
/// </summary>
internal static class AppraisedCriteria
{
    public static IEnumerable<Guid> Leaves(Framework framework, BlockKind kind, AppraisalScope scope) =>
        framework.Leaves().Where(l => l.AppliesTo(kind) && l.Method == AssessmentMethod.SelfAssessed && l.RuleType != RuleType.Bonus
            && scope.Covers(framework.DomainOf(l).Id)).Select(l => l.Id);
}
