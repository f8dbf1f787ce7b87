using ParIndex.Application.DataImport;

namespace ParIndex.Application.SetupImport;

/// <summary>Checks on one cell of a units or accounts file, each problem naming its column in the reader's language.</summary>
internal static class SetupCells
{
    /// <summary>Adds a problem when a required cell is empty, too long or carries a line break or control character.</summary>
    public static void Check(List<string> problems, string column, string? value, int maxLength, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                problems.Add(ImportMessages.CellEmpty(column));
            }

            return;
        }

        if (value.Length > maxLength)
        {
            problems.Add(ImportMessages.CellTooLong(column, value.Length, maxLength));
        }

        // A name is printed in rankings, logs and official documents: a control character there would forge a new line.
        if (value.Any(char.IsControl))
        {
            problems.Add(ImportMessages.CellControl(column));
        }
    }
}
