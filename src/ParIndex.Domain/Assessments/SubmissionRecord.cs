using ParIndex.Domain.Common;

namespace ParIndex.Domain.Assessments;

/// <summary>
/// One line of an assessment's submission history: submitted, withdrawn by the unit or returned by Home Affairs,
/// when, by whom and why. Rows are only added, so every earlier submission stays visible after a fresh one.
/// </summary>
public sealed class SubmissionRecord : Entity
{
    public const int MaxReasonLength = 1000;

    private SubmissionRecord()
    {
        ByName = string.Empty;
    }

    public SubmissionRecord(Guid assessmentId, SubmissionKind kind, DateTime atUtc, Guid byUserId, string byName, string? reason)
    {
        if (kind != SubmissionKind.Submitted && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("submission.reasonRequired", "A withdrawal or a return needs a reason.");
        }

        AssessmentId = assessmentId;
        Kind = kind;
        AtUtc = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        ByUserId = byUserId;
        ByName = Guard.Text(byName, TextLimits.PersonOrBody, "submission.byName");
        Reason = Guard.OptionalText(reason, MaxReasonLength, "submission.reason");
    }

    public Guid AssessmentId { get; private set; }

    public SubmissionKind Kind { get; private set; }

    public DateTime AtUtc { get; private set; }

    public Guid ByUserId { get; private set; }

    /// <summary>The person's name at the time, so the history reads the same after an account is renamed or closed.</summary>
    public string ByName { get; private set; }

    public string? Reason { get; private set; }
}
