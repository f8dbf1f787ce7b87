namespace ParIndex.Domain.Assessments;

/// <summary>What happened to a unit's submission: each is one line of its history.</summary>
public enum SubmissionKind
{
    /// <summary>The unit's leader submitted (chốt điểm tự chấm).</summary>
    Submitted = 1,

    /// <summary>The unit's leader took the submission back before the deadline to correct it.</summary>
    Withdrawn = 2,

    /// <summary>Home Affairs sent the submission back to the unit for completion.</summary>
    Returned = 3,
}
