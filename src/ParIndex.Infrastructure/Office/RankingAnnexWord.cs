using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using ParIndex.Application.Documents;
using ParIndex.Application.Reports;
using ParIndex.Application.Results;
using ParIndex.Infrastructure.Pdf;
using static ParIndex.Infrastructure.Office.WordElements;

namespace ParIndex.Infrastructure.Office;

/// <summary>
/// The ranking annex in Word, A4 landscape: "Phụ lục", its title, "(Kèm theo Quyết định số … của …)", then one table
/// per block (rank, unit, index, class, and last year's rank and index with the changes). On its own it carries the
/// committee's letterhead without number or date (Decree 30/2020, Mẫu 1.3); attached to the draft decision it does not
/// (Mẫu 2.1).
/// </summary>
internal static class RankingAnnexWord
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static void Write(Body body, RankingAnnexReport report, DocumentIssuers issuers, bool withLetterhead)
    {
        var year = report.Year.ToString(CultureInfo.InvariantCulture);
        if (withLetterhead)
        {
            body.Append(OfficialWord.Letterhead(LandscapeTextWidth, null, issuers.CommitteeUpper, null, null));
        }

        body.Append(OfficialWord.AnnexHeading(LandscapeTextWidth, "Phụ lục",
            $"KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year} CỦA CÁC CƠ QUAN, ĐƠN VỊ", ReportWording.AttachedTo(report.Issue, issuers)));
        if (!report.Issue.IsPublished)
        {
            body.Append(Para(ReportWording.Draft, TextFormat.Centered.Strong with { Color = "C00000", After = 120 }));
        }

        if (report.Blocks.Count == 0)
        {
            body.Append(Para("Kỳ đánh giá chưa có kết quả.", TextFormat.Body));
            return;
        }

        var previousYear = report.Blocks.Select(b => b.PreviousYear).FirstOrDefault(y => y is not null);
        body.Append(Para("Chỉ số tính trên thang 100 điểm, làm tròn đến hai chữ số thập phân."
            + (previousYear is { } previous
                ? $" Thay đổi so với năm {previous.ToString(CultureInfo.InvariantCulture)}: dấu (+) là tăng hạng hoặc tăng điểm, dấu (-) là giảm."
                : string.Empty), TextFormat.Body with { Italic = true, Size = 24, Before = 120 }));
        foreach (var note in report.DataNotes)
        {
            body.Append(Para(note, TextFormat.Body with { Bold = true }));
        }

        var number = 0;
        foreach (var block in report.Blocks)
        {
            number++;
            body.Append(Para($"{RankingAnnexPdf.Roman(number)}. {block.BlockName.ToUpper(Vietnamese)} ({ReportWording.Count(block.Rows.Count)} đơn vị)",
                TextFormat.Heading with { Before = 200 }));
            if (!block.IsRanked)
            {
                body.Append(Para("Khối không xếp hạng: các đơn vị được sắp theo chỉ số.", TextFormat.Body with { Italic = true }));
            }

            if (ReportWording.MembershipNote(block) is { } caveat)
            {
                body.Append(Para(caveat, TextFormat.Body with { Italic = true }));
            }

            body.Append(Table(block));
        }
    }

    private static Table Table(BlockRanking block)
    {
        var previous = block.PreviousYear?.ToString(CultureInfo.InvariantCulture);
        int[] widths = previous is null ? [1100, 9153, 1600, 3000] : [900, 5553, 1300, 1500, 1400, 1400, 1400, 1400];
        var table = WordElements.Table(widths, borders: true);
        table.Append(previous is null
            ? HeaderRow(widths, "Hạng", "Đơn vị", "Chỉ số", "Xếp loại")
            : HeaderRow(widths, "Hạng", "Đơn vị", "Chỉ số", "Xếp loại", $"Hạng năm {previous}", "Thay đổi hạng", $"Chỉ số năm {previous}", "Thay đổi chỉ số"));
        foreach (var row in block.Rows)
        {
            var unit = new List<Paragraph> { Para(row.Name, TextFormat.Cell) };
            if (ReportWording.MergeNote(row) is { } note)
            {
                unit.Add(Para(note, TextFormat.Cell with { Italic = true, Size = 20 }));
            }

            var cells = new List<TableCell>
            {
                Cell(widths[0], ReportWording.Rank(block.IsRanked ? row.Rank : null), TextFormat.Cell.Center),
                Cell(widths[1], unit),
                Cell(widths[2], ReportWording.Index(row.Index), TextFormat.Cell.Right),
                Cell(widths[3], ReportWording.Of(row.Classification), TextFormat.Cell),
            };
            if (previous is not null)
            {
                cells.Add(Cell(widths[4], ReportWording.Rank(row.PreviousRank), TextFormat.Cell.Center));
                cells.Add(Cell(widths[5], ReportWording.RankChange(row.RankChange), TextFormat.Cell.Right));
                cells.Add(Cell(widths[6], ReportWording.Index(row.PreviousIndex), TextFormat.Cell.Right));
                cells.Add(Cell(widths[7], ReportWording.IndexChange(row.IndexChange), TextFormat.Cell.Right));
            }

            table.Append(Row([.. cells]));
        }

        return table;
    }
}
