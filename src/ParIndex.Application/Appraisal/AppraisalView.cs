using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Appraisal;

/// <summary>
/// One unit's appraisal: per criterion what the unit reported (its figures, self-score, explanation, evidence) beside
/// both rounds of appraisal and the explanation between them, with running totals and the projected class.
/// Units see appraisal scores only once the administrator released round 1 (or the council approved).
/// </summary>
public sealed record AppraisalView(
    Guid AssessmentId, Guid PeriodId, int Year, string PeriodName, PeriodState PeriodState, Guid UnitId, string UnitName, string BlockName,
    AssessmentState State, DateTime? SubmittedAtUtc, DateTime? ExplanationDeadlineUtc, bool ScoresVisible, AppraisalPermissions Can,
    AppraisalTotals Totals, IReadOnlyList<AppraisalDomain> Domains)
{
    public IEnumerable<AppraisalEntry> Criteria => Domains.SelectMany(d => d.Criteria);
}

/// <summary>
/// What the caller may do now. <see cref="Round"/> is the round the inspector scores (null: none open to them);
/// the use cases check the same again.
/// </summary>
public sealed record AppraisalPermissions(AppraisalRound? Round, bool AskQuestions, bool Answer);

/// <summary>The self index beside the index from decided points, rounded as published, and the class it would get.</summary>
public sealed record AppraisalTotals(
    decimal? SelfIndex, decimal? AppraisedIndex, Classification? ProjectedClass, decimal Achieved, decimal ApplicableMax,
    int Appraised, int InScope, int Questions, int Answered);

public sealed record AppraisalDomain(Guid NodeId, string Code, string Title, decimal SelfPoints, decimal? AppraisedPoints, decimal MaxPoints,
    bool InScope, IReadOnlyList<AppraisalEntry> Criteria);

/// <summary>One criterion: the unit's side (<see cref="Unit"/>) and the appraisal's. <see cref="Limit"/> is the most an inspector may give.</summary>
public sealed record AppraisalEntry(
    CriterionEntry Unit, decimal Limit, bool InScope, decimal? Round1Score, string? Round1Comment, DateTime? Round1AtUtc,
    string? Question, string? Answer, DateTime? AnsweredAtUtc, decimal? Round2Score, string? Round2Comment, DateTime? Round2AtUtc,
    decimal? DecidedPoints, bool IsNotEvaluated, string? DataSource, Guid? ConcurrencyStamp)
{
    public bool IsAppraised => Round1Score is not null || Round2Score is not null;

    /// <summary>Inspectors score what units enter, and bonus and deductions; survey and external data come from elsewhere.</summary>
    public bool IsAppraisable => Unit.Method == Domain.Frameworks.AssessmentMethod.SelfAssessed;
}
