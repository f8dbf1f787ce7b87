using ParIndex.Domain.Common;

namespace ParIndex.Domain.Periods;

/// <summary>
/// The appraisal council's decision (Hội đồng thẩm định): it acts collectively and a decision is valid with more
/// than half of its members in favour, present or in writing (methodology research, section 5.1). A period may set
/// a stricter quorum and majority (<see cref="EvaluationPeriod.CouncilQuorumPercent"/>); the rule applied is kept here.
/// </summary>
public sealed record CouncilApproval
{
    private CouncilApproval()
    {
        DecisionNumber = string.Empty;
    }

    public CouncilApproval(DateOnly meetingDate, string decisionNumber, DateOnly decisionDate, int members, int inFavour, Guid recordedByUserId, string? notes,
        int? present = null, int quorumPercent = DefaultPercent, int majorityPercent = DefaultPercent)
    {
        if (members < 1 || inFavour < 0 || inFavour > members)
        {
            throw new DomainException("council.votes", "The vote must count between 0 and all members.");
        }

        var attending = present ?? members;
        if (attending < 1 || attending > members)
        {
            throw new DomainException("council.present", "The members present must count between 1 and all members.");
        }

        if (!IsMet(attending, members, quorumPercent))
        {
            throw new DomainException("council.quorum", $"More than {quorumPercent}% of the members must take part.", quorumPercent);
        }

        if (!IsMet(inFavour, members, majorityPercent))
        {
            throw new DomainException("council.majority", $"More than {majorityPercent}% of the members must be in favour.", majorityPercent);
        }

        if (decisionDate < meetingDate)
        {
            throw new DomainException("council.decisionDate", "The decision cannot come before the meeting.");
        }

        MeetingDate = meetingDate;
        DecisionNumber = Guard.Text(decisionNumber, TextLimits.DocumentNumber, "council.decisionNumber");
        DecisionDate = decisionDate;
        Members = members;
        InFavour = inFavour;
        RecordedByUserId = recordedByUserId;
        Notes = Guard.OptionalText(notes, TextLimits.Notes, "council.notes");
        Present = attending;
        QuorumPercent = quorumPercent;
        MajorityPercent = majorityPercent;
    }

    /// <summary>More than half: the rule of the council's regulation unless the period sets a stricter one.</summary>
    public const int DefaultPercent = 50;

    /// <summary>Whether <paramref name="count"/> of <paramref name="members"/> is more than <paramref name="percent"/>% of them.</summary>
    public static bool IsMet(int count, int members, int percent) => count * 100 > members * percent;

    /// <summary>The fewest members that are more than <paramref name="percent"/>% of <paramref name="members"/>.</summary>
    public static int Needed(int members, int percent) => (members * percent / 100) + 1;

    public DateOnly MeetingDate { get; private init; }

    public string DecisionNumber { get; private init; }

    public DateOnly DecisionDate { get; private init; }

    public int Members { get; private init; }

    public int InFavour { get; private init; }

    public Guid RecordedByUserId { get; private init; }

    public string? Notes { get; private init; }

    /// <summary>Members who took part (present or in writing); the quorum counts them. Null for decisions recorded before it was kept.</summary>
    public int? Present { get; private init; }

    /// <summary>The quorum applied: more than this percent of the members took part (null: recorded before it was kept).</summary>
    public int? QuorumPercent { get; private init; }

    /// <summary>The majority applied: more than this percent of the members voted in favour (null: recorded before it was kept).</summary>
    public int? MajorityPercent { get; private init; }
}
