using System.Globalization;
using ParIndex.Application.Documents;
using ParIndex.Application.Reports;
using ParIndex.Application.Surveys.Exports;
using ParIndex.Infrastructure.Office;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>
/// The survey's files: both workbooks through <see cref="SurveyWorkbooks"/>, and the results report in the
/// administrative form of the other reports (letterhead, "BÁO CÁO", table, Nơi nhận and the department's signer).
/// Not a publication, so neither watermarked nor signed: the footer says when it was made.
/// </summary>
public sealed class SurveyDocuments(DocumentIssuers issuers, Func<PdfFonts>? fonts = null) : ISurveyDocuments, IDisposable
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private readonly Lazy<PdfFonts> _fonts = new(fonts ?? PdfFonts.Discover, LazyThreadSafetyMode.ExecutionAndPublication);

    public byte[] AnswersWorkbook(SurveyAnswersContent content) => SurveyWorkbooks.Answers(content);

    public byte[] ResultsWorkbook(SurveyResultsContent content) => SurveyWorkbooks.Results(content);

    public byte[] ResultsPdf(SurveyResultsContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var year = content.Year.ToString(CultureInfo.InvariantCulture);
        var issue = new ReportIssue(null, null, content.GeneratedAtUtc);
        var document = new PdfDocumentBuilder(_fonts.Value, OfficialPdf.Landscape,
            new PdfDocumentInfo($"Kết quả điều tra xã hội học năm {year}", content.PeriodName, "ParIndex", content.GeneratedAtUtc))
        {
            FooterText = $"{content.SurveyTitle} · Lập lúc {OfficialDate.WrittenTime(content.GeneratedAtUtc)}",
            TopPageNumbers = new PdfTextStyle(13f),
        };
        OfficialPdf.Letterhead(document, issuers.CommitteeAsParent, issuers.DepartmentUpper,
            DocumentIssuers.BlankNumber($"BC-{issuers.Options.DepartmentCode}"), ReportWording.PlaceAndDate(issue, issuers));
        OfficialPdf.Title(document, "BÁO CÁO", $"Kết quả điều tra xã hội học phục vụ xác định Chỉ số cải cách hành chính năm {year}");
        document.Paragraph($"{content.SurveyTitle} ({content.PeriodName}): {ReportWording.Count(content.Ballots)} phiếu đã gửi. "
            + $"Đơn vị có ít hơn {ReportWording.Count(content.MinimumAnswers)} câu trả lời được tính cho một câu hỏi thì chưa có kết quả. "
            + "Kết quả không cho biết ai đã trả lời như thế nào.", new PdfTextStyle(12f), spaceAfter: 6f);

        var table = new PdfTable(
        [
            new("Mã đơn vị", 0.09f), new("Đơn vị", 0.25f), new("Tiêu chí", 0.30f), new("Số câu trả lời", 0.09f, PdfAlign.Right),
            new("Tỷ lệ", 0.09f, PdfAlign.Right), new("Điểm", 0.09f, PdfAlign.Right), new("Điểm tối đa", 0.09f, PdfAlign.Right),
        ])
        { FontSize = 9.5f, PaddingY = 1.5f };
        foreach (var line in content.Lines.OrderBy(l => l.UnitCode, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.CriterionCode, StringComparer.Ordinal))
        {
            table.Add(line.UnitCode, line.UnitName, $"{line.CriterionCode} {line.CriterionTitle}", ReportWording.Count(line.Answers),
                line.Rate is { } rate ? rate.ToString("0.00", Vietnamese) + "%" : "Chưa đủ",
                ReportWording.Points(line.Points is { } p ? Domain.Scoring.ScoreRounding.ToPublished(p) : null), ReportWording.Points(line.MaxPoints));
        }

        document.Table(table, 6f);
        OfficialPdf.Signature(document, ["- Như trên;", $"- Lưu: VT, {issuers.Options.DraftingUnitCode}."], issuers.Options.DepartmentSigner);
        return document.Build().Content;
    }

    public void Dispose()
    {
        if (_fonts.IsValueCreated)
        {
            _fonts.Value.Dispose();
        }
    }
}
