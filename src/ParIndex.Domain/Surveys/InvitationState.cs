namespace ParIndex.Domain.Surveys;

public enum InvitationState
{
    /// <summary>Handed out; the respondent may save answers and come back until submitting.</summary>
    Issued = 1,

    /// <summary>Answered: the ballot is stored apart, without any link back to this invitation.</summary>
    Submitted = 2,

    /// <summary>Withdrawn by Home Affairs (lost, given to the wrong person) before it was used.</summary>
    Revoked = 3,
}
