using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.SelfAssessment;

/// <summary>How the self-assessment tracking list is ordered.</summary>
public enum SelfAssessmentListSort
{
    Unit = 1,
    Block = 2,

    /// <summary>Fewest answers first: who needs a reminder.</summary>
    Answered = 3,

    /// <summary>Longest without a change first.</summary>
    LastChange = 4,
}

/// <summary>
/// Home Affairs' tracking list narrowed as a <see cref="WorkListFilter{TRow}"/>, plus "not submitted yet".
/// </summary>
public sealed record SelfAssessmentListFilter(
    string? Search = null, AssessmentState? State = null, string? Block = null, bool NotSubmitted = false, SelfAssessmentListSort Sort = SelfAssessmentListSort.Unit)
    : WorkListFilter<SelfAssessmentRow>(Search, State, Block)
{
    protected override bool Keeps(SelfAssessmentRow row) => !NotSubmitted || row.SubmittedAtUtc is null;

    protected override IOrderedEnumerable<SelfAssessmentRow> Order(IEnumerable<SelfAssessmentRow> rows) => Sort switch
    {
        SelfAssessmentListSort.Block => ByBlock(rows),
        SelfAssessmentListSort.Answered => rows.OrderBy(r => r.Answered),
        SelfAssessmentListSort.LastChange => rows.OrderBy(r => r.LastChangeUtc ?? DateTime.MinValue),
        _ => ByUnit(rows),
    };
}
