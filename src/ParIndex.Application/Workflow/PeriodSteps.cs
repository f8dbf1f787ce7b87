using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Dashboards;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Workflow;

/// <summary>
/// Moves a period one step and carries each unit's assessment along (methodology research, sections 5.2–5.3):
/// appraisal begins on what units submitted or had at the deadline, the explanation round asks only units with
/// questions, and reopening an approval takes the decided results back.
/// </summary>
internal static class PeriodSteps
{
    /// <summary>Backward moves, which reopen something already closed and so need a recorded reason.</summary>
    public static bool IsReopening(PeriodState from, PeriodState to) => to < from;

    /// <summary>The moment self-assessment really ends: the period's deadline or the latest extension still pending.</summary>
    public static async Task<DateTime> SelfAssessmentEndsAtAsync(IParIndexDb db, EvaluationPeriod period, CancellationToken ct)
    {
        var extensions = await db.Assessments.AsNoTracking()
            .Where(a => a.PeriodId == period.Id && a.ExtendedDeadlineUtc != null
                && (a.State == AssessmentState.NotStarted || a.State == AssessmentState.InProgress))
            .Select(a => a.ExtendedDeadlineUtc!.Value).ToListAsync(ct);
        return extensions.Append(period.SelfAssessmentDeadlineUtc).Max();
    }

    /// <summary>
    /// Moves the period and its assessments; returns how many assessments moved, how many the opening created, and the
    /// assessments now asked to explain (opening the explanation round), whom the caller tells.
    /// </summary>
    public static async Task<(int Units, int Opened, IReadOnlyList<Assessment> Asked)> ApplyAsync(IParIndexDb db, EvaluationPeriod period, PeriodState next, DateTime nowUtc, CancellationToken ct)
    {
        var from = period.State;
        period.MoveTo(next, nowUtc);
        var assessments = await db.Assessments.Include(a => a.Responses).Where(a => a.PeriodId == period.Id).ToListAsync(ct);

        // Opening (or reopening) self-assessment gives every unit that has none its assessment: idempotent.
        var opened = next == PeriodState.SelfAssessmentOpen ? await PeriodAssessments.OpenAsync(db, period, ct) : [];
        if (next == PeriodState.SelfAssessmentOpen)
        {
            await PeriodAssessments.FreezeFrameworksAsync(db, period, ct);
        }

        foreach (var assessment in assessments)
        {
            Carry(assessment, period, from, next, nowUtc);
        }

        if (from is (PeriodState.Approved or PeriodState.Published) && next == PeriodState.CouncilReview)
        {
            await BlockDigestStore.RemoveAsync(db, period.Id, ct);
        }

        var asked = next == PeriodState.ExplanationOpen ? assessments.Where(a => a.State == AssessmentState.ExplanationRequested).ToList() : [];
        return (assessments.Count + opened.Count, opened.Count, asked);
    }

    private static void Carry(Assessment assessment, EvaluationPeriod period, PeriodState from, PeriodState next, DateTime nowUtc)
    {
        switch (next)
        {
            case PeriodState.SelfAssessmentClosed:
                assessment.LockIfPastDeadline(period, nowUtc);
                break;
            case PeriodState.AppraisalRound1:
                assessment.BeginAppraisal();
                break;
            case PeriodState.ExplanationOpen:
                assessment.OpenExplanation();
                break;
            case PeriodState.ExplanationClosed:
                assessment.CloseExplanation();
                break;
            case PeriodState.CouncilReview when from is PeriodState.Approved or PeriodState.Published:
                assessment.ReopenAfterApproval();
                break;
            case PeriodState.CouncilReview:
                assessment.CompleteAppraisal();
                break;
        }
    }
}
