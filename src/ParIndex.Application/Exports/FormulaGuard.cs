namespace ParIndex.Application.Exports;

/// <summary>
/// Formula (CSV) injection guard for text written to spreadsheets, ASVS 5.0 1.2.10 and tests F1/F2 of the
/// reliability research: a text that a spreadsheet could read as a formula gets a visible leading apostrophe, so it
/// stays text even after a round trip through CSV or someone editing the cell. Only text is guarded: scores,
/// deductions included, are written as numbers and never pass through here.
/// </summary>
public static class FormulaGuard
{
    /// <summary>=, +, -, @, tab, CR, LF and NUL, and the full-width =, +, -, @ some spreadsheets also accept.</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\n', '\0', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

    public static bool IsDangerous(string? text) => !string.IsNullOrEmpty(text) && FormulaStarts.Contains(text[0]);

    public static string Neutralize(string? text) => text is null ? string.Empty : IsDangerous(text) ? "'" + text : text;
}
