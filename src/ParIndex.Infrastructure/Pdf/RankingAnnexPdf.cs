using System.Globalization;
using ParIndex.Application.Reports;
using ParIndex.Application.Results;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>The ranking annex: A4 landscape, one table per block with its header repeated on every page.</summary>
internal static class RankingAnnexPdf
{
    public static PdfDocumentResult Build(PdfFonts fonts, RankingAnnexReport report)
    {
        var title = $"Phụ lục: Kết quả Chỉ số CCHC năm {report.Year.ToString(CultureInfo.InvariantCulture)}";
        var document = ReportWording.Document(fonts, PdfPageSetup.A4Landscape, title, report.PeriodName, report.Issue);
        ReportWording.TitleBlock(document, title, report.PeriodName, report.Issue);

        if (report.Blocks.Count == 0)
        {
            document.Paragraph("Kỳ đánh giá chưa có kết quả.");
            return document.Build();
        }

        var previousYear = report.Blocks.Select(b => b.PreviousYear).FirstOrDefault(y => y is not null);
        document.Paragraph(
            "Chỉ số tính trên thang 100 điểm, làm tròn đến hai chữ số thập phân."
            + (previousYear is { } year
                ? $" Thay đổi so với năm {year.ToString(CultureInfo.InvariantCulture)}: dấu (+) là tăng hạng hoặc tăng điểm, dấu (-) là giảm."
                : string.Empty),
            new PdfTextStyle(8.5f, Color: ReportWording.Muted), spaceAfter: 6f);
        foreach (var note in report.DataNotes)
        {
            document.Paragraph(note, new PdfTextStyle(9f, true), spaceAfter: 4f);
        }

        var number = 0;
        foreach (var block in report.Blocks)
        {
            number++;
            document.Heading($"{number.ToString(CultureInfo.InvariantCulture)}. {block.BlockName} ({ReportWording.Count(block.Rows.Count)} đơn vị)", 11f);
            if (!block.IsRanked)
            {
                document.Paragraph("Khối không xếp hạng: các đơn vị được sắp theo chỉ số.", new PdfTextStyle(8.5f, Color: ReportWording.Muted));
            }

            document.Table(Table(block));
        }

        return document.Build();
    }

    private static PdfTable Table(BlockRanking block)
    {
        var previous = block.PreviousYear?.ToString(CultureInfo.InvariantCulture);
        List<PdfColumn> columns =
        [
            new("Hạng", 0.06f, PdfAlign.Center),
            new("Đơn vị", previous is null ? 0.55f : 0.33f),
            new("Chỉ số", 0.08f, PdfAlign.Right),
            new("Xếp loại", 0.10f),
        ];
        if (previous is not null)
        {
            columns.AddRange(
            [
                new($"Hạng năm {previous}", 0.08f, PdfAlign.Center),
                new("Thay đổi hạng", 0.08f, PdfAlign.Right),
                new($"Chỉ số năm {previous}", 0.09f, PdfAlign.Right),
                new("Thay đổi chỉ số", 0.09f, PdfAlign.Right),
            ]);
        }

        var table = new PdfTable(columns) { FontSize = 8.5f };
        foreach (var row in block.Rows)
        {
            var unit = new PdfCell(row.Name, row.MergedFrom.Count > 0 ? "Tiếp nhận: " + string.Join(", ", row.MergedFrom) : null);
            List<PdfCell> cells = [ReportWording.Rank(block.IsRanked ? row.Rank : null), unit, ReportWording.Index(row.Index), ReportWording.Of(row.Classification)];
            if (previous is not null)
            {
                cells.AddRange(
                [
                    ReportWording.Rank(row.PreviousRank), ReportWording.RankChange(row.RankChange), ReportWording.Index(row.PreviousIndex),
                    ReportWording.IndexChange(row.IndexChange),
                ]);
            }

            table.Add(new PdfTableRow(cells));
        }

        return table;
    }
}
