using ParIndex.Application.DataImport;

namespace ParIndex.Infrastructure.Tabular;

/// <summary>Reads the first sheet of an .xlsx through the one <see cref="GuardedWorkbook"/>; a formula anywhere refuses the file.</summary>
internal static class XlsxTableReader
{
    public static TableReadResult Read(byte[] content) => GuardedWorkbook.Read(content, FirstSheet, TableReadResult.Failed);

    private static TableReadResult FirstSheet(GuardedWorkbook workbook)
    {
        if (workbook.Sheet() is not { } sheet)
        {
            return TableReadResult.Failed(TableFileMessages.NoSheet);
        }

        var rows = new List<(int, IReadOnlyList<string>)>();
        foreach (var row in sheet)
        {
            if (row.FormulaColumns.Count > 0)
            {
                return TableReadResult.Failed(TableFileMessages.Formula(row.CellName(row.FormulaColumns[0])));
            }

            // A memory guard only: blank rows do not count, so the exact limit is applied when assembling.
            if (rows.Count > 2 * TableFileLimits.MaxRows)
            {
                return TableFileReader.TooManyRows();
            }

            rows.Add((row.Number, row.Cells));
        }

        return TableFileReader.Assemble(rows);
    }
}
