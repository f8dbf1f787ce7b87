using System.Globalization;
using ParIndex.Application.Documents;
using ParIndex.Application.Reports;
using ParIndex.Application.Results;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>
/// The ranking annex of the decision that publishes the index: A4 landscape, the committee's letterhead without number
/// or date (an attachment, Decree 30/2020 Mẫu 1.3), "Phụ lục", its title and "(Kèm theo Quyết định số … của …)", then
/// one table per block with its header repeated on every page.
/// </summary>
internal static class RankingAnnexPdf
{
    public static PdfDocumentResult Build(PdfFonts fonts, RankingAnnexReport report, DocumentIssuers issuers)
    {
        var year = report.Year.ToString(CultureInfo.InvariantCulture);
        var title = $"Phụ lục kết quả Chỉ số CCHC năm {year}";
        var document = ReportWording.Document(fonts, OfficialPdf.Landscape, title, report.PeriodName, report.Issue);
        OfficialPdf.Letterhead(document, null, issuers.CommitteeUpper, null, null);
        OfficialPdf.AnnexHeading(document, "Phụ lục", $"KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year} CỦA CÁC CƠ QUAN, ĐƠN VỊ",
            ReportWording.AttachedTo(report.Issue, issuers));
        if (!report.Issue.IsPublished)
        {
            ReportWording.ReferenceLine(document, report.Issue, issuers);
        }

        if (report.Blocks.Count == 0)
        {
            document.Paragraph("Kỳ đánh giá chưa có kết quả.", OfficialPdf.Body);
            return document.Build();
        }

        var previousYear = report.Blocks.Select(b => b.PreviousYear).FirstOrDefault(y => y is not null);
        document.Paragraph(
            "Chỉ số tính trên thang 100 điểm, làm tròn đến hai chữ số thập phân."
            + (previousYear is { } previous
                ? $" Thay đổi so với năm {previous.ToString(CultureInfo.InvariantCulture)}: dấu (+) là tăng hạng hoặc tăng điểm, dấu (-) là giảm."
                : string.Empty),
            new PdfTextStyle(11f, Italic: true), spaceAfter: 6f);
        foreach (var note in report.DataNotes)
        {
            document.Paragraph(note, new PdfTextStyle(11f, true), spaceAfter: 4f);
        }

        var number = 0;
        foreach (var block in report.Blocks)
        {
            number++;
            document.Heading($"{Roman(number)}. {block.BlockName.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))} ({ReportWording.Count(block.Rows.Count)} đơn vị)", 13f);
            if (!block.IsRanked)
            {
                document.Paragraph("Khối không xếp hạng: các đơn vị được sắp theo chỉ số.", new PdfTextStyle(11f, Italic: true));
            }

            if (ReportWording.MembershipNote(block) is { } caveat)
            {
                document.Paragraph(caveat, new PdfTextStyle(11f, Italic: true));
            }

            document.Table(Table(block));
        }

        return document.Build();
    }

    /// <summary>I, II, III…: the parts of an administrative document are numbered in Roman numerals.</summary>
    public static string Roman(int number)
    {
        (int Value, string Letters)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new System.Text.StringBuilder();
        foreach (var (value, letters) in numerals)
        {
            while (number >= value)
            {
                text.Append(letters);
                number -= value;
            }
        }

        return text.ToString();
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

        var table = new PdfTable(columns) { FontSize = 11f };
        foreach (var row in block.Rows)
        {
            var unit = new PdfCell(row.Name, ReportWording.MergeNote(row));
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
