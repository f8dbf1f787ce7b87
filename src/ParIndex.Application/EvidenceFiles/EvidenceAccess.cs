using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.EvidenceFiles;

/// <summary>
/// Loads what an evidence change needs, after the same checks as an answer: the unit's own staff, while editable, or,
/// for adding evidence, during the explanation round to the criteria an inspector asked about.
/// </summary>
internal static class EvidenceAccess
{
    public static async Task<(Assessment Assessment, EvaluationPeriod Period, List<FrameworkNode> Leaves)> LoadForChangeAsync(
        IParIndexDb db, ICurrentUser user, TimeProvider clock, Guid assessmentId, IReadOnlyCollection<Guid> nodeIds, string action,
        CancellationToken ct, bool addingDuringExplanation = false)
    {
        var assessment = await SelfAssessmentAccess.LoadAsync(db, user, clock, assessmentId, forChange: true, action, ct);
        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == assessment.PeriodId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var asked = addingDuringExplanation && assessment.AcceptsExplanation(period, now) && nodeIds.All(id =>
            assessment.Responses.Any(r => r.NodeId == id && r.ExplanationQuestion is not null));
        if (!asked)
        {
            SelfAssessmentRules.EnsureEditable(assessment, period, now);
        }

        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).SingleAsync(f => f.Id == assessment.FrameworkId, ct);
        var leaves = framework.Leaves().Where(l => nodeIds.Contains(l.Id) && SelfAssessmentSheet.IsUnitEntered(l)).ToList();
        if (leaves.Count != nodeIds.Distinct().Count())
        {
            throw new NotFoundException(nameof(FrameworkNode), string.Join(',', nodeIds));
        }

        return (assessment, period, leaves);
    }

    /// <summary>Links the evidence to each leaf's response, creating the response when the criterion has no answer yet.</summary>
    public static void Link(IParIndexDb db, Assessment assessment, EvaluationPeriod period, IEnumerable<FrameworkNode> leaves, Guid evidenceId,
        DateTime nowUtc, ISet<Guid>? alreadyLinked = null)
    {
        foreach (var leaf in leaves)
        {
            var response = assessment.IsEditableByUnit(period, nowUtc) ? assessment.Respond(period, leaf.Id, nowUtc) : assessment.ResponseFor(leaf.Id);
            if (alreadyLinked?.Contains(response.Id) != true)
            {
                db.CriterionEvidence.Add(new CriterionEvidence(response.Id, evidenceId));
            }
        }
    }
}
