using ParIndex.Domain.Common;

namespace ParIndex.Domain.Periods;

/// <summary>
/// The appraisal council's decision (Hội đồng thẩm định): it acts collectively and a decision is valid with more
/// than half of its members in favour, present or in writing (methodology research, section 5.1).
/// </summary>
public sealed record CouncilApproval
{
    private CouncilApproval()
    {
        DecisionNumber = string.Empty;
    }

    public CouncilApproval(DateOnly meetingDate, string decisionNumber, DateOnly decisionDate, int members, int inFavour, Guid recordedByUserId, string? notes)
    {
        if (members < 1 || inFavour < 0 || inFavour > members)
        {
            throw new DomainException("council.votes", "The vote must count between 0 and all members.");
        }

        if (inFavour * 2 <= members)
        {
            throw new DomainException("council.majority", "More than half of the members must be in favour.");
        }

        if (decisionDate < meetingDate)
        {
            throw new DomainException("council.decisionDate", "The decision cannot come before the meeting.");
        }

        MeetingDate = meetingDate;
        DecisionNumber = Guard.Text(decisionNumber, 100, "council.decisionNumber");
        DecisionDate = decisionDate;
        Members = members;
        InFavour = inFavour;
        RecordedByUserId = recordedByUserId;
        Notes = Guard.OptionalText(notes, 2000, "council.notes");
    }

    public DateOnly MeetingDate { get; private init; }

    public string DecisionNumber { get; private init; }

    public DateOnly DecisionDate { get; private init; }

    public int Members { get; private init; }

    public int InFavour { get; private init; }

    public Guid RecordedByUserId { get; private init; }

    public string? Notes { get; private init; }
}
