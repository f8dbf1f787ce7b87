using ParIndex.Domain.Periods;

namespace ParIndex.Application.Tests.Infrastructure;

/// <summary>A test's finished year: a new period taken through every step of the cycle, up to <c>last</c>, at one instant.</summary>
internal static class PeriodJourney
{
    private static readonly PeriodState[] Steps =
    [
        PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1, PeriodState.CouncilReview,
        PeriodState.Approved, PeriodState.Published,
    ];

    public static EvaluationPeriod Through(this EvaluationPeriod period, PeriodState last, DateTime atUtc)
    {
        foreach (var step in Steps)
        {
            period.MoveTo(step, atUtc);
            if (step == last)
            {
                break;
            }
        }

        return period;
    }
}
