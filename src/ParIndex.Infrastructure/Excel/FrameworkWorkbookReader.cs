using System.Globalization;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Application.Frameworks;
using ParIndex.Application.Frameworks.Rules;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;
using ParIndex.Infrastructure.Tabular;

namespace ParIndex.Infrastructure.Excel;

/// <summary>
/// Reads a framework workbook and reports every problem by sheet, row and column instead of stopping at the first, in the
/// reader's language (<see cref="FrameworkWorkbookMessages"/>).
/// Opened through the one <see cref="GuardedWorkbook"/>: bomb-like packages are refused before parsing, formulas reported.
/// </summary>
internal sealed class FrameworkWorkbookReader
{
    public const int MaxRows = 2000;

    /// <summary>The header sheet's value column as the file names it (the file format, like the sheet names).</summary>
    private const string ValueColumn = "B (Giá trị)";

    private readonly List<WorkbookError> _errors = [];

    public static WorkbookReadResult Read(Stream workbook) => new FrameworkWorkbookReader().ReadAll(workbook);

    private WorkbookReadResult ReadAll(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return GuardedWorkbook.Read(buffer.ToArray(), ReadSheets, Refused, (FrameworkSheets.Yes, FrameworkSheets.No));
    }

    private WorkbookReadResult ReadSheets(GuardedWorkbook workbook)
    {
        var header = ReadHeader(Rows(workbook, FrameworkSheets.Header));
        var nodes = ReadNodes(Rows(workbook, FrameworkSheets.Nodes));
        return _errors.Count == 0 && header is not null ? new WorkbookReadResult(header with { Nodes = nodes }, []) : Failed();
    }

    private WorkbookReadResult Refused(string message)
    {
        Add(string.Empty, 0, string.Empty, message);
        return Failed();
    }

    private FrameworkDocument? ReadHeader(List<(int Row, Dictionary<int, string> Cells)>? rows)
    {
        if (rows is null)
        {
            return null;
        }

        var values = new Dictionary<string, (int Row, string Text)>(StringComparer.Ordinal);
        foreach (var (row, cells) in rows.Skip(1))
        {
            var label = cells.GetValueOrDefault(0)?.Trim();
            if (FrameworkSheets.HeaderRows.FirstOrDefault(h => string.Equals(h.Label, label, StringComparison.OrdinalIgnoreCase)) is { Key: { } key })
            {
                values[key] = (row, cells.GetValueOrDefault(1)?.Trim() ?? string.Empty);
            }
        }

        string Text(string key)
        {
            if (values.TryGetValue(key, out var v) && v.Text.Length > 0)
            {
                return v.Text;
            }

            var label = FrameworkSheets.HeaderRows.Single(h => h.Key == key).Label;
            Add(FrameworkSheets.Header, values.TryGetValue(key, out var missing) ? missing.Row : 0, ValueColumn, FrameworkWorkbookMessages.HeaderValueMissing(label));
            return string.Empty;
        }

        decimal Number(string key, decimal fallback)
        {
            if (!values.TryGetValue(key, out var v) || v.Text.Length == 0)
            {
                return fallback;
            }

            if (ParseDecimal(v.Text) is { } number && number >= 0m)
            {
                return number;
            }

            Add(FrameworkSheets.Header, v.Row, ValueColumn, FrameworkWorkbookMessages.NotNonNegative(v.Text));
            return fallback;
        }

        var code = Text("Code");
        var name = Text("Name");
        var kindText = Text("BlockKind");
        var kind = BlockKind.Department;
        if (kindText.Length > 0 && !FrameworkSheets.TryParse(FrameworkSheets.BlockKinds, kindText, out kind))
        {
            Add(FrameworkSheets.Header, values["BlockKind"].Row, ValueColumn, FrameworkWorkbookMessages.BlockKindInvalid(kindText, string.Join(" / ", FrameworkSheets.BlockKinds.Values)));
        }

        var version = Number("Version", 1m);
        var illustrative = values.TryGetValue("IsIllustrative", out var flag) && string.Equals(flag.Text, FrameworkSheets.Yes, StringComparison.OrdinalIgnoreCase);
        return new FrameworkDocument(code, name, kind, version is >= 1m and <= 1000m ? (int)version : 1, Text("LegalBasis"), illustrative,
            Number("BonusCap", 0m), Number("DeductionCap", 0m), []);
    }

    private List<FrameworkNodeDocument> ReadNodes(List<(int Row, Dictionary<int, string> Cells)>? rows)
    {
        var nodes = new List<FrameworkNodeDocument>();
        if (rows is null)
        {
            return nodes;
        }

        var headers = rows.FirstOrDefault().Cells ?? [];
        for (var i = 0; i < FrameworkSheets.NodeColumns.Length; i++)
        {
            if (!string.Equals(headers.GetValueOrDefault(i)?.Trim(), FrameworkSheets.NodeColumns[i], StringComparison.OrdinalIgnoreCase))
            {
                Add(FrameworkSheets.Nodes, 1, Column(i), FrameworkWorkbookMessages.ColumnHeaderExpected(FrameworkSheets.NodeColumns[i]));
            }
        }

        if (rows.Count - 1 > MaxRows)
        {
            Add(FrameworkSheets.Nodes, 0, string.Empty, FrameworkWorkbookMessages.TooManyRows(MaxRows));
            return nodes;
        }

        var seen = new Dictionary<string, (int Row, NodeLevel Level)>(StringComparer.OrdinalIgnoreCase);
        var parentCodes = rows.Skip(1).Select(r => r.Cells.GetValueOrDefault(1)?.Trim()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (row, cells) in rows.Skip(1).Where(r => r.Cells.Values.Any(v => !string.IsNullOrWhiteSpace(v))))
        {
            string? Cell(int column) => cells.GetValueOrDefault(column) is { } text && text.Trim().Length > 0 ? text.Trim() : null;
            string Required(int column)
            {
                var text = Cell(column);
                if (text is null)
                {
                    Add(FrameworkSheets.Nodes, row, Column(column), FrameworkWorkbookMessages.RequiredCellEmpty);
                }

                return text ?? string.Empty;
            }

            T Choice<T>(int column, Dictionary<T, string> labels, T fallback)
                where T : struct, Enum
            {
                var text = Cell(column);
                if (text is null)
                {
                    return fallback;
                }

                if (FrameworkSheets.TryParse(labels, text, out T value))
                {
                    return value;
                }

                Add(FrameworkSheets.Nodes, row, Column(column), FrameworkWorkbookMessages.ChoiceInvalid(text, string.Join(" / ", labels.Values)));
                return fallback;
            }

            var code = Required(0);
            var parent = Cell(1);
            var level = Choice(2, FrameworkSheets.Levels, parent is null ? NodeLevel.Domain : NodeLevel.Criterion);
            var title = Required(3);
            var maxText = Required(5);
            var max = ParseDecimal(maxText);
            if (maxText.Length > 0 && (max is null || max < 0m || max > 100m || decimal.Round(max.Value, 2) != max))
            {
                Add(FrameworkSheets.Nodes, row, Column(5), FrameworkWorkbookMessages.MaxPointsInvalid(maxText));
            }

            var ruleType = Choice(7, FrameworkSheets.RuleTypes, RuleType.YesNo);
            var parameters = RuleParameters(row, ruleType, code.Length > 0 && !parentCodes.Contains(code) ? max : null, Cell);

            if (code.Length > 0 && seen.ContainsKey(code))
            {
                Add(FrameworkSheets.Nodes, row, Column(0), FrameworkWorkbookMessages.DuplicateCode(code, seen[code].Row));
            }

            if (parent is not null && !seen.ContainsKey(parent))
            {
                var later = rows.Any(r => r.Row > row && string.Equals(r.Cells.GetValueOrDefault(0)?.Trim(), parent, StringComparison.OrdinalIgnoreCase));
                Add(FrameworkSheets.Nodes, row, Column(1), later ? FrameworkWorkbookMessages.ParentAfterChild(parent) : FrameworkWorkbookMessages.ParentMissing(parent));
            }
            else if (parent is not null && seen[parent].Level >= level)
            {
                Add(FrameworkSheets.Nodes, row, Column(2), FrameworkWorkbookMessages.LevelBelowParent(parent));
            }

            var kinds = new List<BlockKind>();
            foreach (var part in (Cell(FrameworkSheets.AppliesToColumn) ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (FrameworkSheets.TryParse(FrameworkSheets.BlockKinds, part, out BlockKind kind))
                {
                    kinds.Add(kind);
                }
                else
                {
                    Add(FrameworkSheets.Nodes, row, Column(FrameworkSheets.AppliesToColumn), FrameworkWorkbookMessages.AppliesToInvalid(part));
                }
            }

            if (code.Length > 0)
            {
                seen.TryAdd(code, (row, level));
            }

            nodes.Add(new FrameworkNodeDocument(code, parent, level, title, Cell(4), max ?? 0m,
                Choice(6, FrameworkSheets.Methods, AssessmentMethod.SelfAssessed), ruleType, parameters,
                Choice(FrameworkSheets.NothingToCountColumn, FrameworkSheets.NothingToCount, WhenNothingToCount.FullPoints),
                Cell(FrameworkSheets.NoteColumn), Cell(FrameworkSheets.EvidenceColumn), kinds));
        }

        if (nodes.Count == 0 && _errors.Count == 0)
        {
            Add(FrameworkSheets.Nodes, 0, string.Empty, FrameworkWorkbookMessages.NoRows);
        }

        return nodes;
    }

    /// <summary>Cell texts by 0-based column for each row; null (with an error) when the sheet is missing.</summary>
    private List<(int Row, Dictionary<int, string> Cells)>? Rows(GuardedWorkbook workbook, string sheetName)
    {
        if (workbook.Sheet(sheetName) is not { } sheet)
        {
            Add(sheetName, 0, string.Empty, FrameworkWorkbookMessages.SheetMissing(sheetName));
            return null;
        }

        var rows = new List<(int, Dictionary<int, string>)>();
        foreach (var row in sheet)
        {
            foreach (var column in row.FormulaColumns)
            {
                Add(sheetName, row.Number, Column(column, sheetName), TableFileMessages.Formula(row.CellName(column)));
            }

            var cells = new Dictionary<int, string>();
            for (var column = 0; column < row.Cells.Count; column++)
            {
                if (!row.FormulaColumns.Contains(column))
                {
                    cells[column] = row.Cells[column];
                }
            }

            rows.Add((row.Number, cells));
        }

        return rows;
    }

    /// <summary>Numbers from numeric cells ("14.5") or typed the Vietnamese way ("14,50").</summary>
    private static decimal? ParseDecimal(string text)
    {
        var trimmed = text.Trim();
        if (decimal.TryParse(trimmed, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var invariant) && !trimmed.Contains(',', StringComparison.Ordinal))
        {
            return invariant;
        }

        return decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.GetCultureInfo("vi-VN"), out var vietnamese) ? vietnamese : null;
    }

    /// <summary>
    /// The rule's JSON from its parameter columns; cells that do not read, columns the rule type does not use, and
    /// a rule that would score wrongly (a tier above the maximum…) are reported at the row, so nothing is corrected silently.
    /// The rule is checked against the maximum of a leaf only: a parent's rule scores nothing, and an unreadable maximum is reported already.
    /// </summary>
    private string RuleParameters(int row, RuleType type, decimal? leafMaxPoints, Func<int, string?> cell)
    {
        var used = RuleParameterCatalog.For(type).Select(s => FrameworkSheets.ColumnOf(s.Parameter)).ToHashSet();
        for (var column = FrameworkSheets.FirstParameterColumn; column < FrameworkSheets.NothingToCountColumn; column++)
        {
            if (!used.Contains(column) && cell(column) is not null)
            {
                Add(FrameworkSheets.Nodes, row, Column(column), FrameworkWorkbookMessages.ColumnNotUsed(FrameworkSheets.RuleTypes[type]));
            }
        }

        var errors = _errors.Count;
        var draft = RuleCells.Read(type, p => cell(FrameworkSheets.ColumnOf(p)), (p, message) => Add(FrameworkSheets.Nodes, row, Column(FrameworkSheets.ColumnOf(p)), message));
        if (_errors.Count == errors && leafMaxPoints is { } maxPoints)
        {
            var first = RuleParameterCatalog.For(type).Select(s => FrameworkSheets.ColumnOf(s.Parameter)).DefaultIfEmpty(7).First();
            foreach (var problem in draft.Problems(type, maxPoints))
            {
                Add(FrameworkSheets.Nodes, row, Column(first), RuleWording.Of(problem.Text));
            }
        }

        return draft.ToJson(type);
    }

    private static string Column(int index, string sheet = FrameworkSheets.Nodes) =>
        sheet == FrameworkSheets.Nodes && index < FrameworkSheets.NodeColumns.Length
            ? $"{FrameworkSheets.Letter(index)} ({FrameworkSheets.NodeColumns[index]})"
            : FrameworkSheets.Letter(index);

    private void Add(string sheet, int row, string column, string message) => _errors.Add(new WorkbookError(sheet, row, column, message));

    private WorkbookReadResult Failed() => new(null, _errors);
}
