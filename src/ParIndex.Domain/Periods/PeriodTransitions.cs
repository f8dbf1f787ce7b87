namespace ParIndex.Domain.Periods;

/// <summary>Which moves of the yearly cycle are allowed: forward one step, skipping the optional explanation round,
/// and the few documented ways back (reopening, which the use case audits with a reason; after publication, only
/// back to the council, for a corrected version).</summary>
public static class PeriodTransitions
{
    private static readonly Dictionary<PeriodState, PeriodState[]> Allowed = new()
    {
        [PeriodState.Draft] = [PeriodState.SelfAssessmentOpen],
        [PeriodState.SelfAssessmentOpen] = [PeriodState.SelfAssessmentClosed],
        [PeriodState.SelfAssessmentClosed] = [PeriodState.AppraisalRound1, PeriodState.SelfAssessmentOpen],
        [PeriodState.AppraisalRound1] = [PeriodState.ExplanationOpen, PeriodState.CouncilReview],
        [PeriodState.ExplanationOpen] = [PeriodState.ExplanationClosed],
        [PeriodState.ExplanationClosed] = [PeriodState.AppraisalRound2, PeriodState.ExplanationOpen],
        [PeriodState.AppraisalRound2] = [PeriodState.CouncilReview],
        [PeriodState.CouncilReview] = [PeriodState.Approved, PeriodState.AppraisalRound2],
        [PeriodState.Approved] = [PeriodState.Published, PeriodState.CouncilReview],
        [PeriodState.Published] = [PeriodState.Archived, PeriodState.CouncilReview],
        [PeriodState.Archived] = [],
    };

    public static bool IsAllowed(PeriodState from, PeriodState to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to);
}
