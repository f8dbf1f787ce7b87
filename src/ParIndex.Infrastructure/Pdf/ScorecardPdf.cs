using System.Globalization;
using ParIndex.Application.Common;
using ParIndex.Application.Documents;
using ParIndex.Application.Reports;
using ParIndex.Domain.Scoring;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>
/// A unit's scorecard, issued by the department in the administrative form: letterhead, "PHIẾU KẾT QUẢ", the decision
/// it reproduces, key figures with last year's, what to fix first, domains, every criterion by domain, then the
/// recipients and the department's signer.
/// </summary>
internal static class ScorecardPdf
{
    public static PdfDocumentResult Build(PdfFonts fonts, ScorecardReport report, DocumentIssuers issuers)
    {
        var card = report.Card;
        var year = card.Year.ToString(CultureInfo.InvariantCulture);
        var document = ReportWording.Document(fonts, OfficialPdf.Portrait, $"Phiếu kết quả Chỉ số CCHC năm {year} — {card.UnitName}", card.PeriodName,
            report.Issue);
        OfficialPdf.Letterhead(document, issuers.CommitteeAsParent, issuers.DepartmentUpper,
            DocumentIssuers.BlankNumber($"{issuers.Options.DepartmentCode}-{issuers.Options.DraftingUnitCode}"), ReportWording.PlaceAndDate(report.Issue, issuers));
        OfficialPdf.Title(document, "PHIẾU KẾT QUẢ", $"Chỉ số cải cách hành chính năm {year} của {card.UnitName}");
        document.Paragraph($"{card.BlockName} · {ReportWording.Source(card)}", new PdfTextStyle(12f), PdfAlign.Center, 2f);
        ReportWording.ReferenceLine(document, report.Issue, issuers);

        document.Table(Figures(report), 12f);
        foreach (var note in card.DataNotes)
        {
            document.Paragraph(note, new PdfTextStyle(9f, true), spaceAfter: 4f);
        }

        if (card.Score is not { } score)
        {
            document.Paragraph("Kỳ này chỉ có kết quả tổng hợp (nhập từ số liệu đã công bố), không có chi tiết từng tiêu chí.", OfficialPdf.Body);
            Close(document, card.UnitName, issuers);
            return document.Build();
        }

        document.Heading("I. CẦN KHẮC PHỤC TRƯỚC", 13f);
        if (report.FixFirst.Count == 0)
        {
            document.Paragraph("Đơn vị không bị trừ điểm ở tiêu chí nào.", OfficialPdf.Body);
        }
        else
        {
            document.Paragraph($"{report.FixFirst.Count.ToString(CultureInfo.InvariantCulture)} tiêu chí bị trừ nhiều điểm nhất, theo thứ tự điểm bị trừ.",
                new PdfTextStyle(11f, Italic: true));
            document.Table(FixFirst(report), 12f);
        }

        document.Heading("II. KẾT QUẢ THEO LĨNH VỰC", 13f);
        document.Table(Domains(score), 12f);

        document.Heading("III. CHI TIẾT THEO TIÊU CHÍ", 13f);
        document.Table(Criteria(report, score));
        Close(document, card.UnitName, issuers);
        return document.Build();
    }

    private static void Close(PdfDocumentBuilder document, string unitName, DocumentIssuers issuers) =>
        OfficialPdf.Signature(document, [$"- {unitName};", $"- Lưu: VT, {issuers.Options.DraftingUnitCode}."], issuers.Options.DepartmentSigner);

    private static PdfTable Figures(ScorecardReport report)
    {
        var card = report.Card;
        var index = card.RecordedIndex ?? card.Score?.Index;
        List<PdfColumn> columns =
        [
            new("Chỉ số", 1f, PdfAlign.Center), new("Xếp loại", 1f, PdfAlign.Center), new("Hạng trong khối", 1f, PdfAlign.Center),
            new("Tổng điểm bị trừ", 1f, PdfAlign.Center),
        ];
        List<PdfCell> cells =
        [
            ReportWording.Index(index is { } i ? ScoreRounding.ToPublished(i) : null), ReportWording.Of(card.Classification), ReportWording.Rank(card.Rank),
            card.Score is null ? ReportWording.None : ReportWording.Points(report.TotalLost),
        ];
        if (report.Previous is { } previous)
        {
            var year = previous.Year.ToString(CultureInfo.InvariantCulture);
            columns.Add(new($"Chỉ số năm {year}", 1f, PdfAlign.Center));
            columns.Add(new($"Hạng năm {year}", 1f, PdfAlign.Center));
            cells.Add(ReportWording.Index(previous.Index));
            cells.Add(ReportWording.Rank(previous.Rank));
        }

        var table = new PdfTable(columns) { FontSize = 11f, Zebra = false, PaddingY = 4f };
        table.Add(new PdfTableRow(cells, Bold: true));
        return table;
    }

    private static PdfTable FixFirst(ScorecardReport report)
    {
        var table = new PdfTable(
        [
            new("TT", 0.05f, PdfAlign.Center), new("Mã", 0.09f), new("Tiêu chí", 0.38f), new("Bị trừ", 0.09f, PdfAlign.Right),
            new("Lý do của người thẩm định", 0.39f),
        ])
        { FontSize = 10f };
        var number = 0;
        foreach (var line in report.FixFirst)
        {
            number++;
            table.Add(number.ToString(CultureInfo.InvariantCulture), line.Line.Code, line.Line.Title, "-" + ReportWording.Points(line.Line.Lost),
                line.Line.Reason ?? RuleWording.InVietnamese(line.Line.Explanation) ?? string.Empty);
        }

        return table;
    }

    private static PdfTable Domains(AssessmentScore score)
    {
        var table = new PdfTable(
        [
            new("Mã", 0.08f), new("Lĩnh vực", 0.56f), new("Điểm đạt", 0.12f, PdfAlign.Right), new("Điểm tối đa", 0.12f, PdfAlign.Right),
            new("Tỷ lệ", 0.12f, PdfAlign.Right),
        ])
        { FontSize = 10f };
        foreach (var domain in score.Domains)
        {
            table.Add(domain.Code, domain.Title, ReportWording.Points(domain.Points), ReportWording.Points(domain.ApplicableMax), ReportWording.Percent(domain.Percent));
        }

        if (score.Bonus != 0m || score.Deduction != 0m)
        {
            table.Add(string.Empty, "Điểm thưởng / điểm trừ", $"+{ReportWording.Points(score.Bonus)} / -{ReportWording.Points(score.Deduction)}", string.Empty, string.Empty);
        }

        table.Add(new PdfTableRow(
        [
            string.Empty, "Tổng", ReportWording.Points(score.Achieved), ReportWording.Points(score.ApplicableMax), ReportWording.Percent(score.Index),
        ], Bold: true));
        return table;
    }

    private static PdfTable Criteria(ScorecardReport report, AssessmentScore score)
    {
        var table = new PdfTable(
        [
            new("Mã", 0.07f), new("Tiêu chí", 0.31f), new("Tối đa", 0.07f, PdfAlign.Right), new("Tự chấm", 0.09f, PdfAlign.Right),
            new("Thẩm định", 0.11f, PdfAlign.Right), new("Bị trừ", 0.07f, PdfAlign.Right), new("Lý do của người thẩm định", 0.28f),
        ])
        { FontSize = 9f };
        var titles = score.Domains.ToDictionary(d => d.Code, d => d.Title, StringComparer.Ordinal);
        foreach (var domain in report.Lines.GroupBy(l => l.Line.DomainCode))
        {
            table.Add(PdfTableRow.Group(titles.TryGetValue(domain.Key, out var name) ? $"{domain.Key}. {name}" : domain.Key));
            foreach (var (line, self) in domain.Select(l => (l.Line, l.SelfScore)))
            {
                if (line.IsNotEvaluated)
                {
                    table.Add(line.Code, line.Title, ReportWording.Points(line.MaxPoints), ReportWording.Points(self), "Không đánh giá", ReportWording.None,
                        RuleWording.InVietnamese(line.Explanation) ?? line.Reason ?? string.Empty);
                    continue;
                }

                var lost = line.Lost > 0m ? "-" + ReportWording.Points(line.Lost) : string.Empty;
                var reason = line.Lost > 0m ? new PdfCell(line.Reason ?? string.Empty, RuleWording.InVietnamese(line.Explanation)) : new PdfCell(line.Reason ?? string.Empty);
                table.Add(line.Code, line.Title, ReportWording.Points(line.MaxPoints), ReportWording.Points(self), ReportWording.Points(line.Points), lost, reason);
            }
        }

        return table;
    }
}
