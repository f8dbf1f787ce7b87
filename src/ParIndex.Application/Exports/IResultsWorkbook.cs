using ParIndex.Application.Results;

namespace ParIndex.Application.Exports;

/// <summary>
/// Writes a period's full results as an Excel workbook: a cover sheet with the publication stamp, one sheet per
/// block and one with every unit's criteria. Text cells are formula-guarded (<see cref="FormulaGuard"/>); scores
/// are numeric cells.
/// </summary>
public interface IResultsWorkbook
{
    byte[] Write(ResultsWorkbookContent content);
}

public sealed record ResultsWorkbookContent(ExportHeader Header, IReadOnlyList<BlockRanking> Blocks, IReadOnlyList<UnitCriteria> Units);

/// <summary>One unit's criteria for the criterion sheet, in the block and ranking order of the block sheets.</summary>
public sealed record UnitCriteria(string UnitCode, string UnitName, string BlockName, IReadOnlyList<CriterionScoreLine> Lines);
