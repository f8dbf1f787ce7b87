using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParIndex.Application.Frameworks;
using ParIndex.Application.Frameworks.Rules;

namespace ParIndex.Infrastructure.Excel;

/// <summary>
/// Writes a framework as a workbook people can edit: bold frozen headers, decimals shown as 0.00, and every text
/// as an inline string, never a formula.
/// </summary>
internal static class FrameworkWorkbookWriter
{
    private const uint Bold = 1;
    private const uint Decimal2 = 2;
    private const uint Wrapped = 3;
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static byte[] Write(FrameworkDocument framework)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddStyles(workbook);
            AddSheet(workbook, FrameworkSheets.Header, [24, 70], HeaderRows(framework), frozen: false);
            AddSheet(workbook, FrameworkSheets.Nodes, [12, 12, 18, 60, 40, 12, 20, 20, 14, 14, 30, 12, 12, 36, 36, 30, 24, 24, 18, 50, 40, 30, 60],
                NodeRows(framework), frozen: true);
            AddSheet(workbook, FrameworkSheets.Help, [28, 70, 50], FrameworkHelpSheet.Rows().Select(r => TextRow(r.Bold ? Bold : Wrapped, r.Texts)), frozen: false);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static IEnumerable<Row> HeaderRows(FrameworkDocument f)
    {
        yield return TextRow(Bold, "Thông tin", "Giá trị");
        object[] values = [f.Code, f.Name, FrameworkSheets.BlockKinds[f.BlockKind], f.Version, f.LegalBasis,
            f.IsIllustrative ? FrameworkSheets.Yes : FrameworkSheets.No, f.BonusCap, f.DeductionCap];
        for (var i = 0; i < values.Length; i++)
        {
            yield return new Row(TextCell(FrameworkSheets.HeaderRows[i].Label, Bold), Cell(values[i]));
        }
    }

    private static IEnumerable<Row> NodeRows(FrameworkDocument f)
    {
        yield return TextRow(Bold, FrameworkSheets.NodeColumns);
        var parents = f.Nodes.Select(n => n.ParentCode).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var n in f.Nodes)
        {
            var draft = RuleDraft.TryRead(n.RuleType, n.RuleParameters) ?? new RuleDraft();
            var parameters = RuleCells.Write(n.RuleType, draft);
            var parameterCells = FrameworkSheets.ParameterColumns.Select(c =>
                Cell(c.Parameters.Select(p => parameters.GetValueOrDefault(p)).FirstOrDefault(v => v is not null), Wrapped));
            yield return new Row([
                Cell(n.Code), Cell(n.ParentCode), Cell(FrameworkSheets.Levels[n.Level]), Cell(n.Title, Wrapped), Cell(n.TitleEn, Wrapped),
                Cell(n.MaxPoints), Cell(FrameworkSheets.Methods[n.Method]), Cell(FrameworkSheets.RuleTypes[n.RuleType]),
                .. parameterCells,
                Cell(FrameworkSheets.NothingToCount[n.WhenNothingToCount]), Cell(n.Guidance, Wrapped), Cell(n.EvidenceRequired, Wrapped),
                Cell(string.Join("; ", n.ApplicableBlockKinds.Select(k => FrameworkSheets.BlockKinds[k]))),
                Cell(parents.Contains(n.Code) ? null : RuleGuidance.Write(n.RuleType, draft, n.WhenNothingToCount, n.MaxPoints, Vietnamese), Wrapped),
            ]);
        }
    }

    private static void AddSheet(WorkbookPart workbook, string name, double[] widths, IEnumerable<Row> rows, bool frozen)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint index = 1;
        foreach (var row in rows)
        {
            row.RowIndex = index;
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                cell.CellReference = FrameworkSheets.Letter(column++) + index.ToString(CultureInfo.InvariantCulture);
            }

            data.Append(row);
            index++;
        }

        var worksheet = new Worksheet();
        if (frozen)
        {
            worksheet.Append(new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1,
                TopLeftCell = "A2",
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            })
            { WorkbookViewId = 0 }));
        }

        worksheet.Append(new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
        worksheet.Append(data);
        part.Worksheet = worksheet;
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.Count() + 1, Name = name });
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true }));
    }

    private static Row TextRow(uint style, params string[] texts) => new(texts.Select(t => TextCell(t, style)));

    private static Cell Cell(object? value, uint style = 0) => value switch
    {
        null => new Cell(),
        decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)), StyleIndex = Decimal2 },
        int i => new Cell { DataType = CellValues.Number, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)) },
        _ => TextCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, style),
    };

    private static Cell TextCell(string text, uint style) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style };
}
