namespace ParIndex.Domain.Assessments;

/// <summary>One unit's progress through a period (methodology research, section 5.3).</summary>
public enum AssessmentState
{
    NotStarted = 1,
    InProgress = 2,

    /// <summary>Chốt điểm tự chấm: submitted by the unit's leader; read-only for the unit.</summary>
    Submitted = 3,

    /// <summary>The deadline passed before submission; read-only for the unit.</summary>
    LockedAtDeadline = 4,
    UnderAppraisal = 5,
    AppraisedRound1 = 6,
    ExplanationRequested = 7,
    ExplanationSubmitted = 8,
    AppraisedRound2 = 9,
    Final = 10,

    /// <summary>
    /// The unit was merged into another while the period was open: the assessment is kept with the reason but no
    /// longer counts (no score, no rank, in no queue); its evidence serves the successor.
    /// </summary>
    ClosedByMerge = 11,
}
