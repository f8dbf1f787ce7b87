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
/// What Home Affairs narrows the tracking list to: a search on unit or block (accents aside), a state, a block, and
/// "not submitted yet". The page keeps it in the address.
/// </summary>
public sealed record SelfAssessmentListFilter(
    string? Search = null, AssessmentState? State = null, string? Block = null, bool NotSubmitted = false, SelfAssessmentListSort Sort = SelfAssessmentListSort.Unit)
{
    public IReadOnlyList<SelfAssessmentRow> Apply(IEnumerable<SelfAssessmentRow> rows)
    {
        var kept = rows.Where(r => SearchText.Matches(Search, r.UnitName, r.BlockName)
            && (State is null || r.State == State)
            && (Block is null || r.BlockName == Block)
            && (!NotSubmitted || r.SubmittedAtUtc is null));
        return Sort switch
        {
            SelfAssessmentListSort.Block => [.. kept.OrderBy(r => r.BlockName, StringComparer.CurrentCulture).ThenBy(r => r.UnitName, StringComparer.CurrentCulture)],
            SelfAssessmentListSort.Answered => [.. kept.OrderBy(r => r.Answered).ThenBy(r => r.UnitName, StringComparer.CurrentCulture)],
            SelfAssessmentListSort.LastChange => [.. kept.OrderBy(r => r.LastChangeUtc ?? DateTime.MinValue).ThenBy(r => r.UnitName, StringComparer.CurrentCulture)],
            _ => [.. kept.OrderBy(r => r.UnitName, StringComparer.CurrentCulture)],
        };
    }
}
