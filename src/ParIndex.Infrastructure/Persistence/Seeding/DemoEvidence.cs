using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// Last year's evidence of the units that have demo accounts: a document reference per criterion that asks for
/// evidence, so "use last year's evidence" has something to offer this year.
/// </summary>
internal static class DemoEvidence
{
    public static IEnumerable<(Evidence Evidence, CriterionEvidence Link)> ForLastYear(EvaluationPeriod period, IEnumerable<Assessment> assessments,
        IReadOnlyDictionary<Guid, FrameworkNode> leaves, IReadOnlyDictionary<Guid, (string Code, string Name)> unitsWithAccounts, DemoAccountPlan accounts)
    {
        var issuedOn = new DateOnly(period.Year, 12, 15);
        foreach (var assessment in assessments.Where(a => unitsWithAccounts.ContainsKey(a.UnitId)))
        {
            var (code, name) = unitsWithAccounts[assessment.UnitId];
            var number = 10;
            foreach (var response in assessment.Responses.Where(r => !r.IsNotApplicable))
            {
                if (leaves.GetValueOrDefault(response.NodeId) is not { EvidenceRequired: { Length: > 0 } required })
                {
                    continue;
                }

                var evidence = Evidence.ForDocument(assessment.UnitId, period.Id, $"{required} năm {period.Year}", $"{number++}/BC-{code}", issuedOn,
                    name, null, accounts.StaffOf(code), period.SelfAssessmentDeadlineUtc.AddDays(-10));
                yield return (evidence, new CriterionEvidence(response.Id, evidence.Id));
            }
        }
    }
}
