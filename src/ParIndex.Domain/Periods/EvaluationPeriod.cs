using ParIndex.Domain.Common;
using ParIndex.Domain.Scoring;

namespace ParIndex.Domain.Periods;

/// <summary>One year's evaluation (kỳ đánh giá): its deadlines, its state and the framework each block uses.</summary>
public sealed class EvaluationPeriod : VersionedEntity
{
    public const int MaxNameLength = 200;

    private readonly List<PeriodFramework> _frameworks = [];
    private readonly List<ClassificationBand> _bands = [];

    private EvaluationPeriod()
    {
        Name = string.Empty;
    }

    public EvaluationPeriod(int year, string name, DateTime selfAssessmentOpensAtUtc, DateTime selfAssessmentDeadlineUtc)
    {
        if (year is < 2000 or > 2100)
        {
            throw new DomainException("period.year", "The year is out of range.");
        }

        Year = year;
        Name = Guard.Text(name, MaxNameLength, "period.name");
        SetSelfAssessmentWindow(selfAssessmentOpensAtUtc, selfAssessmentDeadlineUtc);
        State = PeriodState.Draft;
    }

    /// <summary>
    /// A year the province assessed and published before the portal, known only by its decision: its window is the
    /// calendar year and it is Published as of the decision's date. It has no frameworks, bands or deadlines of its
    /// own; its results are imported totals, classes and ranks.
    /// </summary>
    public static EvaluationPeriod PublishedBeforePortal(int year, string name, DateOnly decisionDate)
    {
        if (decisionDate.Year < year)
        {
            throw new DomainException("period.decisionBeforeYear", "A year's results cannot be published before the year begins.");
        }

        var period = new EvaluationPeriod(year, name, new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year, 12, 31, 0, 0, 0, DateTimeKind.Utc));
        var decidedAt = decisionDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        foreach (var state in (PeriodState[])[PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1,
                     PeriodState.CouncilReview, PeriodState.Approved, PeriodState.Published])
        {
            period.MoveTo(state, decidedAt);
        }

        return period;
    }

    public int Year { get; private set; }

    public string Name { get; private set; }

    public PeriodState State { get; private set; }

    /// <summary>All instants are stored in UTC; the UI shows them in Vietnam's time zone.</summary>
    public DateTime SelfAssessmentOpensAtUtc { get; private set; }

    public DateTime SelfAssessmentDeadlineUtc { get; private set; }

    public DateTime? ExplanationDeadlineUtc { get; private set; }

    public DateTime? AppraisalDeadlineUtc { get; private set; }

    /// <summary>Whether units may see round-1 appraisal results before the council approves.</summary>
    public bool Round1ResultsReleased { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    /// <summary>The appraisal council's approval (meeting, decision, vote); null until it approves.</summary>
    public CouncilApproval? CouncilApproval { get; private set; }

    /// <summary>The council's quorum for this period: more than this percent of its members take part (default: half).</summary>
    public int CouncilQuorumPercent { get; private set; } = CouncilApproval.DefaultPercent;

    /// <summary>The council's majority for this period: more than this percent of its members in favour (default: half).</summary>
    public int CouncilMajorityPercent { get; private set; } = CouncilApproval.DefaultPercent;

    /// <summary>
    /// Sets the council's quorum and majority before it decides. Never below "more than half" for the majority: a
    /// decision of fewer than half the members is no decision of the council.
    /// </summary>
    public void SetCouncilRules(int quorumPercent, int majorityPercent)
    {
        if (State is PeriodState.Approved or PeriodState.Published or PeriodState.Archived)
        {
            throw new DomainException("period.councilRulesFrozen", "The council's rules cannot change once it has decided.");
        }

        if (quorumPercent is < 0 or > 99 || majorityPercent is < CouncilApproval.DefaultPercent or > 99)
        {
            throw new DomainException("period.councilRules", "Quorum 0–99%, majority 50–99% of the members.");
        }

        CouncilQuorumPercent = quorumPercent;
        CouncilMajorityPercent = majorityPercent;
    }

    /// <summary>
    /// The domain whose percentage orders units with equal rounded indexes (e.g. the administrative-procedures domain);
    /// null means equal indexes share a rank.
    /// </summary>
    public string? TieBreakDomainCode { get; private set; }

    public IReadOnlyList<PeriodFramework> Frameworks => _frameworks;

    public IReadOnlyList<ClassificationBand> Bands => _bands;

    public void SetSelfAssessmentWindow(DateTime opensAtUtc, DateTime deadlineUtc)
    {
        if (deadlineUtc <= opensAtUtc)
        {
            throw new DomainException("period.deadlineBeforeOpening", "The deadline must come after the opening.");
        }

        SelfAssessmentOpensAtUtc = DateTime.SpecifyKind(opensAtUtc, DateTimeKind.Utc);
        SelfAssessmentDeadlineUtc = DateTime.SpecifyKind(deadlineUtc, DateTimeKind.Utc);
    }

    public void SetLaterDeadlines(DateTime? explanationDeadlineUtc, DateTime? appraisalDeadlineUtc)
    {
        ExplanationDeadlineUtc = explanationDeadlineUtc;
        AppraisalDeadlineUtc = appraisalDeadlineUtc;
    }

    public void UseFramework(Guid blockId, Guid frameworkId)
    {
        _frameworks.RemoveAll(f => f.BlockId == blockId);
        _frameworks.Add(new PeriodFramework(Id, blockId, frameworkId));
    }

    /// <summary>Replaces the bands of one block (null: the default for every block).</summary>
    public void SetBands(Guid? blockId, IEnumerable<(Classification Classification, decimal LowerBound)> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        SetBands(blockId, bands.Select(b => (b.Classification, b.LowerBound, (decimal?)null)));
    }

    /// <summary>Replaces the bands of one block, each with an optional minimum percentage every domain must reach.</summary>
    public void SetBands(Guid? blockId, IEnumerable<(Classification Classification, decimal LowerBound, decimal? MinDomainPercent)> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var list = bands.ToList();
        ClassificationBands.Validate([.. list.Select(b => (b.Classification, b.LowerBound))]);
        var replacement = list.Select(b => new ClassificationBand(Id, blockId, b.Classification, b.LowerBound, b.MinDomainPercent)).ToList();
        _bands.RemoveAll(b => b.BlockId == blockId);
        _bands.AddRange(replacement);
    }

    /// <summary>The bands that apply to a block: its own if set, else the period's defaults.</summary>
    public IReadOnlyList<ClassificationBand> BandsFor(Guid blockId)
    {
        var own = _bands.Where(b => b.BlockId == blockId).ToList();
        return own.Count > 0 ? own : _bands.Where(b => b.BlockId is null).ToList();
    }

    /// <summary>Sets or clears the tie-break; like the bands it belongs to the published record once approved.</summary>
    public void SetTieBreak(string? domainCode)
    {
        if (State is PeriodState.Approved or PeriodState.Published or PeriodState.Archived)
        {
            throw new DomainException("period.tieBreakFrozen", "The tie-break cannot change once the period is approved.");
        }

        TieBreakDomainCode = Guard.OptionalText(domainCode, Domain.Frameworks.FrameworkNode.MaxCodeLength, "period.tieBreak");
    }

    public void ReleaseRound1Results(bool released)
    {
        if (State is not (PeriodState.AppraisalRound1 or PeriodState.ExplanationOpen or PeriodState.ExplanationClosed or PeriodState.AppraisalRound2
            or PeriodState.CouncilReview))
        {
            throw new DomainException("period.releaseState", "Round-1 results can be released only during appraisal.");
        }

        Round1ResultsReleased = released;
    }

    /// <summary>Records the council's approval; a decision needs more than half of the members in favour.</summary>
    public void Approve(CouncilApproval approval, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(approval);
        MoveTo(PeriodState.Approved, nowUtc);
        CouncilApproval = approval;
    }

    public void MoveTo(PeriodState next, DateTime nowUtc)
    {
        if (!PeriodTransitions.IsAllowed(State, next))
        {
            throw new DomainException("period.transition", $"A period cannot move from {State} to {next}.", State, next);
        }

        if (State is PeriodState.Approved or PeriodState.Published && next == PeriodState.CouncilReview)
        {
            CouncilApproval = null;
        }

        State = next;
        if (next == PeriodState.Published)
        {
            PublishedAtUtc = nowUtc;
        }
    }

    /// <summary>Units answer the inspectors' questions while the round is open and before its deadline, if one is set.</summary>
    public bool AcceptsExplanation(DateTime nowUtc) =>
        State == PeriodState.ExplanationOpen && (ExplanationDeadlineUtc is not { } deadline || nowUtc < deadline);

    /// <summary>Self-assessment is editable only while open and before the deadline (or a unit's extension).</summary>
    public bool AcceptsSelfAssessment(DateTime nowUtc, DateTime? extendedDeadlineUtc = null) =>
        State == PeriodState.SelfAssessmentOpen
        && nowUtc >= SelfAssessmentOpensAtUtc
        && nowUtc < (extendedDeadlineUtc ?? SelfAssessmentDeadlineUtc);
}
