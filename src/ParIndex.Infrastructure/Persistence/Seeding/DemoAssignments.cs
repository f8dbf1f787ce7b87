using ParIndex.Domain.Periods;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// Who appraises the demo year: the Home Affairs inspector has every unit; the Justice department, as lead agency,
/// scores the legal-documents domain (A2) of every department.
/// </summary>
internal static class DemoAssignments
{
    public const string LeadAgencyDomainCode = "A2";

    public static IEnumerable<AppraisalAssignment> For(EvaluationPeriod period, IEnumerable<Guid> unitIds, DemoFramework departments, DemoAccountPlan accounts)
    {
        var inspector = accounts.IdOf("thamdinh");
        foreach (var unitId in unitIds)
        {
            yield return AppraisalAssignment.ForUnit(period.Id, inspector, unitId);
        }

        var legalDomain = departments.Framework.Nodes.Single(n => n.ParentId is null && n.Code == LeadAgencyDomainCode);
        yield return AppraisalAssignment.ForDomain(period.Id, accounts.IdOf("chutri.stp"), legalDomain.Id);
    }
}
