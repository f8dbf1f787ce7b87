using System.Globalization;
using ParIndex.Application.Documents;
using ParIndex.Application.Reports;
using ParIndex.Application.Results;
using ParIndex.Domain.Scoring;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>
/// The leaders' summary: a short report ("BÁO CÁO") of the department to the province's leaders, with its letterhead,
/// small tables (classes per block, top and bottom units, movers) and the department's signer.
/// </summary>
internal static class LeaderSummaryPdf
{
    private const float FontSize = 9.5f;
    private const float HeadingSize = 13f;

    public static PdfDocumentResult Build(PdfFonts fonts, LeaderSummaryReport report, DocumentIssuers issuers)
    {
        var year = report.Year.ToString(CultureInfo.InvariantCulture);
        var document = ReportWording.Document(fonts, OfficialPdf.Portrait, $"Tóm tắt kết quả Chỉ số CCHC năm {year}", report.PeriodName, report.Issue);
        OfficialPdf.Letterhead(document, issuers.CommitteeAsParent, issuers.DepartmentUpper,
            DocumentIssuers.BlankNumber($"BC-{issuers.Options.DepartmentCode}"), ReportWording.PlaceAndDate(report.Issue, issuers));
        OfficialPdf.Title(document, "BÁO CÁO", $"Tóm tắt kết quả Chỉ số cải cách hành chính năm {year}");
        document.Paragraph($"Kính gửi: Chủ tịch, các Phó Chủ tịch {issuers.Committee}.", OfficialPdf.Body, PdfAlign.Center, 4f);
        ReportWording.ReferenceLine(document, report.Issue, issuers);

        if (report.Blocks.Count == 0)
        {
            document.Paragraph("Kỳ đánh giá chưa có kết quả.", OfficialPdf.Body);
            Close(document, issuers);
            return document.Build();
        }

        var units = report.Blocks.Sum(b => b.Units);
        document.Paragraph($"{ReportWording.Count(units)} đơn vị thuộc {report.Blocks.Count.ToString(CultureInfo.InvariantCulture)} khối có kết quả ({report.PeriodName}).",
            new PdfTextStyle(12f), spaceAfter: 4f);

        document.Heading("1. Xếp loại theo khối", HeadingSize);
        document.Table(Distribution(report), 6f);

        var ranked = report.Blocks.Where(b => b.IsRanked && b.Top.Count > 0).ToList();
        if (ranked.Count > 0)
        {
            document.Heading("2. Dẫn đầu và cuối bảng", HeadingSize);
            document.Table(TopAndBottom(ranked), 6f);
        }

        document.Heading($"{(ranked.Count > 0 ? "3" : "2")}. Thay đổi hạng nhiều nhất", HeadingSize);
        if (report.PreviousYear is not { } previous || report.Climbers.Count + report.Fallers.Count == 0)
        {
            document.Paragraph(report.PreviousYear is null ? "Chưa có kết quả năm trước để so sánh." : "Không đơn vị nào thay đổi hạng.", new PdfTextStyle(12f));
        }
        else
        {
            document.Table(Movers(report, previous), 6f);
        }

        Close(document, issuers);
        return document.Build();
    }

    private static void Close(PdfDocumentBuilder document, DocumentIssuers issuers) =>
        OfficialPdf.Signature(document, ["- Như trên;", $"- Lưu: VT, {issuers.Options.DraftingUnitCode}."], issuers.Options.DepartmentSigner);

    private static PdfTable Distribution(LeaderSummaryReport report)
    {
        var unclassified = report.Blocks.Any(b => b.Unclassified > 0);
        List<PdfColumn> columns = [new("Khối", 0.27f), new("Số đơn vị", 0.09f, PdfAlign.Right)];
        columns.AddRange(Enum.GetValues<Classification>().Select(c => new PdfColumn(ReportWording.Of(c), 0.09f, PdfAlign.Right)));
        if (unclassified)
        {
            columns.Add(new("Chưa xếp loại", 0.09f, PdfAlign.Right));
        }

        columns.Add(new("Chỉ số bình quân", 0.10f, PdfAlign.Right));
        var table = new PdfTable(columns) { FontSize = FontSize, PaddingY = 1.5f };
        foreach (var block in report.Blocks)
        {
            List<PdfCell> cells = [block.BlockName, ReportWording.Count(block.Units)];
            cells.AddRange(Enum.GetValues<Classification>().Select(c => (PdfCell)ReportWording.Count(block.ByClass.GetValueOrDefault(c))));
            if (unclassified)
            {
                cells.Add(ReportWording.Count(block.Unclassified));
            }

            cells.Add(ReportWording.Index(block.AverageIndex));
            table.Add(new PdfTableRow(cells));
        }

        return table;
    }

    private static PdfTable TopAndBottom(IReadOnlyList<BlockSummary> blocks)
    {
        var table = new PdfTable(
        [
            new("Hạng", 0.08f, PdfAlign.Center), new("Đơn vị", 0.50f), new("Chỉ số", 0.12f, PdfAlign.Right), new("Xếp loại", 0.15f),
            new("Thay đổi hạng", 0.15f, PdfAlign.Right),
        ])
        { FontSize = FontSize, PaddingY = 1.5f };
        foreach (var block in blocks)
        {
            table.Add(PdfTableRow.Group($"{block.BlockName} — dẫn đầu"));
            AddRows(table, block.Top);
            if (block.Bottom.Count > 0)
            {
                table.Add(PdfTableRow.Group($"{block.BlockName} — cuối bảng"));
                AddRows(table, block.Bottom);
            }
        }

        return table;
    }

    private static void AddRows(PdfTable table, IEnumerable<RankingRow> rows)
    {
        foreach (var row in rows)
        {
            table.Add(ReportWording.Rank(row.Rank), row.Name, ReportWording.Index(row.Index), ReportWording.Of(row.Classification), ReportWording.RankChange(row.RankChange));
        }
    }

    private static PdfTable Movers(LeaderSummaryReport report, int previousYear)
    {
        var previous = previousYear.ToString(CultureInfo.InvariantCulture);
        var table = new PdfTable(
        [
            new("Đơn vị", 0.40f), new("Khối", 0.24f), new($"Hạng năm {previous}", 0.12f, PdfAlign.Center),
            new($"Hạng năm {report.Year.ToString(CultureInfo.InvariantCulture)}", 0.12f, PdfAlign.Center), new("Thay đổi", 0.12f, PdfAlign.Right),
        ])
        { FontSize = FontSize, PaddingY = 1.5f };
        foreach (var (label, movers) in new[] { ("Tăng hạng nhiều nhất", report.Climbers), ("Giảm hạng nhiều nhất", report.Fallers) })
        {
            if (movers.Count == 0)
            {
                continue;
            }

            table.Add(PdfTableRow.Group(label));
            foreach (var mover in movers)
            {
                table.Add(mover.Row.Name, mover.BlockName, ReportWording.Rank(mover.Row.PreviousRank), ReportWording.Rank(mover.Row.Rank),
                    ReportWording.RankChange(mover.Row.RankChange));
            }
        }

        return table;
    }
}
