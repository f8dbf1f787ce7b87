using ParIndex.Domain.Common;

namespace ParIndex.Domain.Periods;

/// <summary>
/// Miễn số liệu khảo sát: Home Affairs decides that a period is decided without survey results, for every survey
/// criterion or one of them, and says why. The waived leaves are not evaluated (they leave the maximum); the
/// scorecard and the ranking annex print the reason.
/// </summary>
public sealed class SurveyWaiver : Entity
{
    public const int MaxReasonLength = 1000;

    private SurveyWaiver()
    {
        Reason = string.Empty;
    }

    public SurveyWaiver(Guid periodId, Guid? nodeId, string reason, Guid recordedByUserId, DateTime recordedAtUtc)
    {
        PeriodId = periodId;
        NodeId = nodeId;
        Reason = Guard.Text(reason, MaxReasonLength, "surveyWaiver.reason");
        RecordedByUserId = recordedByUserId;
        RecordedAtUtc = DateTime.SpecifyKind(recordedAtUtc, DateTimeKind.Utc);
    }

    public Guid PeriodId { get; private set; }

    /// <summary>The survey leaf waived; null waives every survey criterion of the period.</summary>
    public Guid? NodeId { get; private set; }

    public string Reason { get; private set; }

    public Guid RecordedByUserId { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public bool Covers(Guid leafId) => NodeId is null || NodeId == leafId;
}
