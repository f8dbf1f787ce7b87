using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.Appraisal;

/// <summary>How the work queue is ordered.</summary>
public enum AppraisalQueueSort
{
    Unit = 1,
    Block = 2,

    /// <summary>Least appraised first: what is left to do.</summary>
    Progress = 3,

    /// <summary>Earliest submission first: first come, first appraised.</summary>
    Submitted = 4,
}

/// <summary>
/// The queue narrowed as a <see cref="WorkListFilter{TRow}"/>, plus "mine, not finished" — the units assigned to the
/// caller with criteria still to appraise.
/// </summary>
public sealed record AppraisalQueueFilter(
    string? Search = null, AssessmentState? State = null, string? Block = null, bool MineUnfinished = false, AppraisalQueueSort Sort = AppraisalQueueSort.Unit)
    : WorkListFilter<AppraisalQueueRow>(Search, State, Block)
{
    protected override bool Keeps(AppraisalQueueRow row) => !MineUnfinished || (row.Scope is not null && row.Appraised < row.ToAppraise);

    protected override IOrderedEnumerable<AppraisalQueueRow> Order(IEnumerable<AppraisalQueueRow> rows) => Sort switch
    {
        AppraisalQueueSort.Block => ByBlock(rows),
        AppraisalQueueSort.Progress => rows.OrderBy(r => r.ToAppraise == 0 ? 1m : (decimal)r.Appraised / r.ToAppraise),
        AppraisalQueueSort.Submitted => rows.OrderBy(r => r.SubmittedAtUtc ?? DateTime.MaxValue),
        _ => ByUnit(rows),
    };
}
