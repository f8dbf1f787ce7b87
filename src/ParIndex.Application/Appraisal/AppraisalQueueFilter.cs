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
/// What an inspector narrows the queue to: a search on unit or block (accents aside), a state, a block, and "mine,
/// not finished" — the units assigned to the caller with criteria still to appraise. The page keeps it in the address.
/// </summary>
public sealed record AppraisalQueueFilter(
    string? Search = null, AssessmentState? State = null, string? Block = null, bool MineUnfinished = false, AppraisalQueueSort Sort = AppraisalQueueSort.Unit)
{
    public IReadOnlyList<AppraisalQueueRow> Apply(IEnumerable<AppraisalQueueRow> rows)
    {
        var kept = rows.Where(r => SearchText.Matches(Search, r.UnitName, r.BlockName)
            && (State is null || r.State == State)
            && (Block is null || r.BlockName == Block)
            && (!MineUnfinished || (r.Scope is not null && r.Appraised < r.ToAppraise)));
        return Sort switch
        {
            AppraisalQueueSort.Block => [.. kept.OrderBy(r => r.BlockName, StringComparer.CurrentCulture).ThenBy(r => r.UnitName, StringComparer.CurrentCulture)],
            AppraisalQueueSort.Progress => [.. kept.OrderBy(r => r.ToAppraise == 0 ? 1m : (decimal)r.Appraised / r.ToAppraise).ThenBy(r => r.UnitName, StringComparer.CurrentCulture)],
            AppraisalQueueSort.Submitted => [.. kept.OrderBy(r => r.SubmittedAtUtc ?? DateTime.MaxValue).ThenBy(r => r.UnitName, StringComparer.CurrentCulture)],
            _ => [.. kept.OrderBy(r => r.UnitName, StringComparer.CurrentCulture)],
        };
    }
}
