using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using ParIndex.Application.Frameworks;
using ParIndex.Application.Frameworks.Rules;
using ParIndex.Infrastructure.Office;
using Style = ParIndex.Infrastructure.Office.XlsxStyles;

namespace ParIndex.Infrastructure.Excel;

/// <summary>
/// Writes a framework as a workbook people can edit: bold, frozen, filterable headers on the criteria sheet, decimals
/// shown as 0.00, and every text as typed (<see cref="XlsxCells.Literal"/>: the reader takes it back exactly).
/// </summary>
internal static class FrameworkWorkbookWriter
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static byte[] Write(FrameworkDocument framework) => XlsxBook.Write(book =>
    {
        book.AddSheet(FrameworkSheets.Header, [24, 70], HeaderRows(framework));
        book.AddSheet(FrameworkSheets.Nodes, [12, 12, 18, 60, 40, 12, 20, 20, 14, 14, 30, 12, 12, 36, 36, 30, 24, 24, 18, 50, 40, 30, 60],
            NodeRows(framework), new XlsxTable(1, FrameworkSheets.NodeColumns.Length));
        book.AddSheet(FrameworkSheets.Help, [28, 70, 50], FrameworkHelpSheet.Rows().Select(r => TextRow(r.Bold ? Style.Bold : Style.Wrapped, r.Texts)));
    });

    private static IEnumerable<Row> HeaderRows(FrameworkDocument f)
    {
        yield return TextRow(Style.Bold, "Thông tin", "Giá trị");
        object[] values = [f.Code, f.Name, FrameworkSheets.BlockKinds[f.BlockKind], f.Version, f.LegalBasis,
            f.IsIllustrative ? FrameworkSheets.Yes : FrameworkSheets.No, f.BonusCap, f.DeductionCap];
        for (var i = 0; i < values.Length; i++)
        {
            yield return new Row(XlsxCells.Literal(FrameworkSheets.HeaderRows[i].Label, Style.Bold), Cell(values[i]));
        }
    }

    private static IEnumerable<Row> NodeRows(FrameworkDocument f)
    {
        yield return TextRow(Style.Bold, FrameworkSheets.NodeColumns);
        var parents = f.Nodes.Select(n => n.ParentCode).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var n in f.Nodes)
        {
            var draft = RuleDraft.TryRead(n.RuleType, n.RuleParameters) ?? new RuleDraft();
            var parameters = RuleCells.Write(n.RuleType, draft);
            var parameterCells = FrameworkSheets.ParameterColumns.Select(c =>
                Cell(c.Parameters.Select(p => parameters.GetValueOrDefault(p)).FirstOrDefault(v => v is not null), Style.Wrapped));
            yield return new Row([
                Cell(n.Code), Cell(n.ParentCode), Cell(FrameworkSheets.Levels[n.Level]), Cell(n.Title, Style.Wrapped), Cell(n.TitleEn, Style.Wrapped),
                Cell(n.MaxPoints), Cell(FrameworkSheets.Methods[n.Method]), Cell(FrameworkSheets.RuleTypes[n.RuleType]),
                .. parameterCells,
                Cell(FrameworkSheets.NothingToCount[n.WhenNothingToCount]), Cell(n.Guidance, Style.Wrapped), Cell(n.EvidenceRequired, Style.Wrapped),
                Cell(string.Join("; ", n.ApplicableBlockKinds.Select(k => FrameworkSheets.BlockKinds[k]))),
                Cell(parents.Contains(n.Code) ? null : RuleGuidance.Write(n.RuleType, draft, n.WhenNothingToCount, n.MaxPoints, Vietnamese), Style.Wrapped),
            ]);
        }
    }

    private static Row TextRow(uint style, params string[] texts) => new(texts.Select(t => XlsxCells.Literal(t, style)));

    private static Cell Cell(object? value, uint style = Style.Plain) => value switch
    {
        null => new Cell(),
        decimal d => XlsxCells.Number(d, Style.Decimal2),
        int i => XlsxCells.Number(i, Style.Plain),
        _ => XlsxCells.Literal(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, style),
    };
}
