using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Appraisal;

/// <summary>Which appraisal step the period's state allows; each refusal is audited by the caller as a bypass attempt (D3).</summary>
internal static class AppraisalRules
{
    public static string? RefusalForRound(EvaluationPeriod period, Assessment assessment, AppraisalRound round)
    {
        var expected = round == AppraisalRound.First ? PeriodState.AppraisalRound1 : PeriodState.AppraisalRound2;
        if (period.State != expected)
        {
            return round == AppraisalRound.First
                ? AppraisalMessages.RoundOneOnly
                : AppraisalMessages.RoundTwoOnly;
        }

        return assessment.State is AssessmentState.NotStarted or AssessmentState.InProgress or AssessmentState.Final
            ? AppraisalMessages.NotSubmittedOrApproved
            : null;
    }

    /// <summary>Survey results and external figures may arrive any time from the opening until the council approves.</summary>
    public static string? RefusalForData(EvaluationPeriod period) =>
        period.State is PeriodState.Draft or PeriodState.Approved or PeriodState.Published or PeriodState.Archived
            ? AppraisalMessages.DataClosed
            : null;

    public static async Task RefuseAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, string action, string entityType, object entityId,
        string message, CancellationToken ct)
    {
        db.Audit(user, clock, action, entityType, entityId, newValues: new { refused = message }, succeeded: false);
        await db.SaveChangesAsync(ct);
        throw new WorkflowRefusedException(message);
    }
}
