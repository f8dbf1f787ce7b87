namespace ParIndex.Domain.Periods;

/// <summary>The yearly cycle, in order (methodology research, section 5.2).</summary>
public enum PeriodState
{
    Draft = 1,
    SelfAssessmentOpen = 2,
    SelfAssessmentClosed = 3,
    AppraisalRound1 = 4,
    ExplanationOpen = 5,
    ExplanationClosed = 6,
    AppraisalRound2 = 7,
    CouncilReview = 8,
    Approved = 9,
    Published = 10,
    Archived = 11,
}
