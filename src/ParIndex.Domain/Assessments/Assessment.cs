using ParIndex.Domain.Common;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;

namespace ParIndex.Domain.Assessments;

/// <summary>A unit's assessment in one period: its answers per criterion, its state and, once decided, its result.</summary>
public sealed class Assessment : VersionedEntity
{
    public const int MaxReportTextLength = 8000;

    public const int MaxClosedReasonLength = 1000;

    private readonly List<CriterionResponse> _responses = [];

    private Assessment()
    {
    }

    /// <summary>A unit's assessment, in the block the unit is in when it is made: the block it is ranked in that year.</summary>
    public Assessment(Guid periodId, Guid unitId, Guid blockId, Guid frameworkId)
    {
        PeriodId = periodId;
        UnitId = unitId;
        BlockId = blockId;
        FrameworkId = frameworkId;
        State = AssessmentState.NotStarted;
    }

    public Guid PeriodId { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>
    /// The block the unit is assessed and ranked in this period. A decided year keeps it when the unit later moves to
    /// another block, so that year's ranking, dashboard and Excel look as they did (docs/methodology.md).
    /// </summary>
    public Guid BlockId { get; private set; }

    public Guid FrameworkId { get; private set; }

    public AssessmentState State { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    public Guid? SubmittedByUserId { get; private set; }

    /// <summary>An inspector may give one unit more time; the reason is audited by the use case.</summary>
    public DateTime? ExtendedDeadlineUtc { get; private set; }

    public string? ExtensionReason { get; private set; }

    /// <summary>Khó khăn, vướng mắc: part of the official self-assessment report.</summary>
    public string? ReportDifficulties { get; private set; }

    /// <summary>Đề xuất, kiến nghị: part of the official self-assessment report.</summary>
    public string? ReportRecommendations { get; private set; }

    /// <summary>100 × achieved / applicable maximum, from the unit's own scores, at full precision.</summary>
    public decimal? SelfIndex { get; private set; }

    /// <summary>The index that counts, after appraisal (or as published for imported years), at full precision.</summary>
    public decimal? FinalIndex { get; private set; }

    public Classification? Classification { get; private set; }

    /// <summary>Rank within the block; null for unranked blocks such as vertical agencies.</summary>
    public int? Rank { get; private set; }

    public ResultSource? ResultSource { get; private set; }

    /// <summary>Why the assessment stopped counting before a result was decided (a merge); null while it counts.</summary>
    public string? ClosedReason { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>Whether the assessment counts in the period: closed ones are kept for the record only.</summary>
    public bool IsClosed => State == AssessmentState.ClosedByMerge;

    public IReadOnlyList<CriterionResponse> Responses => _responses;

    /// <summary>
    /// Follows the unit into another block while the period's results are not yet decided; once the council has
    /// approved (or the year was published or imported), the year keeps the block it was decided in.
    /// </summary>
    public void MoveToBlock(EvaluationPeriod period, Guid blockId)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Id != PeriodId || period.State >= PeriodState.Approved || ResultSource is not null)
        {
            throw new DomainException("assessment.blockFixed", "A decided year keeps the block its results were decided in.");
        }

        BlockId = blockId;
    }

    public bool IsEditableByUnit(EvaluationPeriod period, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(period);
        return State is AssessmentState.NotStarted or AssessmentState.InProgress
            && period.Id == PeriodId
            && period.AcceptsSelfAssessment(nowUtc, ExtendedDeadlineUtc);
    }

    public CriterionResponse Respond(EvaluationPeriod period, Guid nodeId, DateTime nowUtc)
    {
        EnsureEditable(period, nowUtc);
        var response = _responses.SingleOrDefault(r => r.NodeId == nodeId);
        if (response is null)
        {
            response = new CriterionResponse(Id, nodeId);
            _responses.Add(response);
        }

        State = AssessmentState.InProgress;
        return response;
    }

    /// <summary>
    /// The response row inspectors and data imports write to, created for a leaf the unit left blank or never
    /// enters (a deduction, a survey result). The unit's own entries go through <see cref="Respond"/>.
    /// </summary>
    public CriterionResponse ResponseFor(Guid nodeId)
    {
        var response = _responses.SingleOrDefault(r => r.NodeId == nodeId);
        if (response is null)
        {
            response = new CriterionResponse(Id, nodeId);
            _responses.Add(response);
        }

        return response;
    }

    public void WriteReport(EvaluationPeriod period, string? difficulties, string? recommendations, DateTime nowUtc)
    {
        EnsureEditable(period, nowUtc);
        ReportDifficulties = Guard.OptionalText(difficulties, MaxReportTextLength, "assessment.difficulties");
        ReportRecommendations = Guard.OptionalText(recommendations, MaxReportTextLength, "assessment.recommendations");
        State = AssessmentState.InProgress;
    }

    /// <summary>The leader's one-time submission; afterwards the unit can no longer change anything.</summary>
    public void Submit(EvaluationPeriod period, Guid leaderUserId, DateTime nowUtc)
    {
        if (State == AssessmentState.Submitted)
        {
            throw new DomainException("assessment.alreadySubmitted", "The self-assessment was already submitted.");
        }

        EnsureEditable(period, nowUtc);
        State = AssessmentState.Submitted;
        SubmittedAtUtc = nowUtc;
        SubmittedByUserId = leaderUserId;
    }

    /// <summary>
    /// Takes a submission back to the unit — withdrawn by its leader or returned by Home Affairs — while the unit's
    /// deadline has not passed: the sheet is editable again and needs a fresh submission.
    /// </summary>
    public void Reopen(EvaluationPeriod period, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (State != AssessmentState.Submitted)
        {
            throw new DomainException("assessment.notSubmitted", "Only a submitted self-assessment can be withdrawn or returned.");
        }

        if (period.Id != PeriodId || !period.AcceptsSelfAssessment(nowUtc, ExtendedDeadlineUtc))
        {
            throw new DomainException("assessment.pastDeadline", "A submission can be withdrawn or returned only before the deadline.");
        }

        State = AssessmentState.InProgress;
        SubmittedAtUtc = null;
        SubmittedByUserId = null;
        SelfIndex = null;
    }

    public void ExtendDeadline(DateTime newDeadlineUtc, string reason)
    {
        if (State is not (AssessmentState.NotStarted or AssessmentState.InProgress or AssessmentState.LockedAtDeadline))
        {
            throw new DomainException("assessment.extensionNotNeeded", "Only an unsubmitted assessment can be extended.");
        }

        ExtendedDeadlineUtc = DateTime.SpecifyKind(newDeadlineUtc, DateTimeKind.Utc);
        ExtensionReason = Guard.Text(reason, TextLimits.Reason, "assessment.extensionReason");
        if (State == AssessmentState.LockedAtDeadline)
        {
            State = AssessmentState.InProgress;
        }
    }

    /// <summary>Locks an unsubmitted assessment once its deadline passed. Safe to run repeatedly.</summary>
    public bool LockIfPastDeadline(EvaluationPeriod period, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(period);
        var deadline = ExtendedDeadlineUtc ?? period.SelfAssessmentDeadlineUtc;
        if (State is not (AssessmentState.NotStarted or AssessmentState.InProgress) || nowUtc < deadline)
        {
            return false;
        }

        State = AssessmentState.LockedAtDeadline;
        return true;
    }

    public void RecordSelfIndex(decimal? selfIndex) => SelfIndex = selfIndex;

    /// <summary>The period moved to appraisal: whatever the unit submitted, or had at the deadline, is appraised.</summary>
    public void BeginAppraisal()
    {
        if (State is AssessmentState.NotStarted or AssessmentState.InProgress or AssessmentState.Submitted or AssessmentState.LockedAtDeadline)
        {
            State = AssessmentState.UnderAppraisal;
        }
    }

    /// <summary>The explanation round opened: units with a question must answer; the others are done with round 1.</summary>
    public void OpenExplanation()
    {
        if (State is AssessmentState.UnderAppraisal or AssessmentState.AppraisedRound1)
        {
            State = _responses.Any(r => r.ExplanationQuestion is not null) ? AssessmentState.ExplanationRequested : AssessmentState.AppraisedRound1;
        }
    }

    /// <summary>The unit's answers are closed, whether by the round's deadline or by its leader.</summary>
    public void CloseExplanation()
    {
        if (State == AssessmentState.ExplanationRequested)
        {
            State = AssessmentState.ExplanationSubmitted;
        }
    }

    public bool AcceptsExplanation(EvaluationPeriod period, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(period);
        return State == AssessmentState.ExplanationRequested && period.AcceptsExplanation(nowUtc);
    }

    /// <summary>The council sent the period back: the decided result no longer stands until it approves again.</summary>
    public void ReopenAfterApproval()
    {
        if (State == AssessmentState.Final)
        {
            State = AssessmentState.AppraisedRound2;
        }
    }

    /// <summary>Before the council: round 2 (or round 1 where no explanation was asked) is the appraisal that counts.</summary>
    public void CompleteAppraisal()
    {
        if (State is AssessmentState.UnderAppraisal or AssessmentState.AppraisedRound1 or AssessmentState.ExplanationRequested
            or AssessmentState.ExplanationSubmitted)
        {
            State = AssessmentState.AppraisedRound2;
        }
    }

    /// <summary>Records the decided result: computed at approval, or imported for years before the portal.</summary>
    public void RecordResult(decimal finalIndex, Classification classification, int? rank, ResultSource source)
    {
        if (finalIndex < 0)
        {
            throw new DomainException("assessment.negativeIndex", "An index cannot be negative.");
        }

        FinalIndex = finalIndex;
        Classification = classification;
        Rank = rank;
        ResultSource = source;
        State = AssessmentState.Final;
    }

    /// <summary>
    /// The unit was merged into another while this period was open (methodology, "Sáp nhập trong kỳ đánh giá"): the
    /// assessment stops counting, with the reason. A decided result stays what the council decided.
    /// </summary>
    public void CloseForMerge(string reason, DateTime nowUtc)
    {
        if (State == AssessmentState.Final)
        {
            throw new DomainException("assessment.closeDecided", "A decided result is not closed by a later merge.");
        }

        State = AssessmentState.ClosedByMerge;
        ClosedReason = Guard.Text(reason, MaxClosedReasonLength, "assessment.closedReason");
        ClosedAtUtc = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc);
    }

    private void EnsureEditable(EvaluationPeriod period, DateTime nowUtc)
    {
        if (!IsEditableByUnit(period, nowUtc))
        {
            throw new DomainException("assessment.readOnly", "The self-assessment is submitted or past its deadline and is read-only.");
        }
    }
}
