using ParIndex.Domain.Assessments;

namespace ParIndex.Application.Common;

/// <summary>A row of a work list (the appraisal queue, the self-assessment tracking list): a unit's assessment in a block.</summary>
public interface IWorkListRow
{
    string UnitName { get; }

    string BlockName { get; }

    AssessmentState State { get; }
}

/// <summary>
/// What every work list narrows by: a search on unit or block (accents aside, <see cref="SearchText"/>), a state and a
/// block; each list adds its own toggle (<see cref="Keeps"/>) and sorts (<see cref="Order"/>), and rows that sort equal
/// read by unit name. The pages keep the filter in the address.
/// </summary>
public abstract record WorkListFilter<TRow>(string? Search, AssessmentState? State, string? Block)
    where TRow : IWorkListRow
{
    public IReadOnlyList<TRow> Apply(IEnumerable<TRow> rows)
    {
        var kept = rows.Where(r => SearchText.Matches(Search, r.UnitName, r.BlockName)
            && (State is null || r.State == State)
            && (Block is null || r.BlockName == Block)
            && Keeps(r));
        return [.. Order(kept).ThenBy(r => r.UnitName, StringComparer.CurrentCulture)];
    }

    /// <summary>The states present in the list, to choose from.</summary>
    public static IReadOnlyList<AssessmentState> States(IEnumerable<TRow> rows) => [.. rows.Select(r => r.State).Distinct().Order()];

    /// <summary>The blocks present in the list, by name, to choose from.</summary>
    public static IReadOnlyList<string> Blocks(IEnumerable<TRow> rows) => [.. rows.Select(r => r.BlockName).Distinct().Order(StringComparer.CurrentCulture)];

    /// <summary>The list's own narrowing ("mine, not finished", "not submitted yet"); true keeps the row.</summary>
    protected abstract bool Keeps(TRow row);

    /// <summary>The list's chosen order; the unit's name breaks ties.</summary>
    protected abstract IOrderedEnumerable<TRow> Order(IEnumerable<TRow> rows);

    protected static IOrderedEnumerable<TRow> ByUnit(IEnumerable<TRow> rows) => rows.OrderBy(r => r.UnitName, StringComparer.CurrentCulture);

    protected static IOrderedEnumerable<TRow> ByBlock(IEnumerable<TRow> rows) => rows.OrderBy(r => r.BlockName, StringComparer.CurrentCulture);
}
