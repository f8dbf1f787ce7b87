using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Application.SelfAssessment;

/// <summary>One unit's self-assessment as its staff, its leader and Home Affairs see it.</summary>
public sealed record SelfAssessmentView(
    Guid AssessmentId, Guid PeriodId, int Year, string PeriodName, Guid UnitId, string UnitName, string BlockName,
    AssessmentState State, DateTime DeadlineUtc, string? ExtensionReason, DateTime? SubmittedAtUtc,
    SelfAssessmentPermissions Can, string? Difficulties, string? Recommendations, Guid ConcurrencyStamp,
    SelfTotals Totals, IReadOnlyList<DomainEntry> Domains, IReadOnlyList<ChecklistItem> Checklist)
{
    public bool IsExtended => ExtensionReason is not null;

    /// <summary>Every submission, withdrawal and return, oldest first.</summary>
    public IReadOnlyList<SubmissionEntry> Submissions { get; init; } = [];

    public IEnumerable<CriterionEntry> Criteria => Domains.SelectMany(d => d.Criteria);
}

/// <summary>What the caller may do now; the use cases check the same again.</summary>
public sealed record SelfAssessmentPermissions(bool Edit, bool Submit, bool GrantExtension)
{
    /// <summary>The unit's leader may take the submission back (before the deadline).</summary>
    public bool Withdraw { get; init; }

    /// <summary>Home Affairs may send the submission back to the unit (before the deadline).</summary>
    public bool Return { get; init; }
}

/// <summary>
/// The running totals over the criteria the unit scores itself. Survey and external criteria (<see cref="OtherMaxPoints"/>)
/// are scored by others and are not part of the self-score.
/// </summary>
public sealed record SelfTotals(decimal Points, decimal MaxPoints, decimal? Percent, decimal Bonus, int Answered, int ToAnswer,
    int MissingEvidence, decimal OtherMaxPoints);

public sealed record DomainEntry(Guid NodeId, string Code, string Title, decimal Points, decimal MaxPoints, int Answered, int ToAnswer,
    IReadOnlyList<CriterionEntry> Criteria);

public sealed record CriterionEntry(
    Guid NodeId, string Code, string Title, string? ParentTitle, decimal MaxPoints, AssessmentMethod Method, RuleType RuleType,
    string? Guidance, string? EvidenceRequired, IReadOnlyList<InputField> Fields, IReadOnlyDictionary<string, string?> Values,
    bool IsUnitEntered, bool IsAnswered, decimal? SelfScore, string? Outcome, bool IsExcluded, bool IsNotApplicable,
    string? Explanation, IReadOnlyList<EvidenceItem> Evidence, Guid? ConcurrencyStamp, DateTime? UpdatedAtUtc)
{
    public bool NeedsEvidence => !string.IsNullOrWhiteSpace(EvidenceRequired);

    /// <summary>Why Home Affairs decided this criterion is "không đánh giá" for the unit; null when it counts.</summary>
    public string? NotApplicableReason { get; init; }

    public bool IsMissingEvidence => IsUnitEntered && NeedsEvidence && !IsNotApplicable && Evidence.Count == 0;
}

public sealed record EvidenceItem(Guid Id, EvidenceKind Kind, string Title, string? ContentType, long? SizeBytes,
    string? DocumentNumber, DateOnly? IssuedOn, string? Issuer, string? Url);

/// <summary>Something to finish before submitting; <see cref="Blocks"/> items must be fixed, the others are advice.</summary>
public sealed record ChecklistItem(Guid? NodeId, string Code, string Message, bool Blocks);
