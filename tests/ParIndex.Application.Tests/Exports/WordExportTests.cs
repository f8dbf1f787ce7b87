using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParIndex.Application.Common;
using ParIndex.Application.Exports;
using ParIndex.Application.Tests.Infrastructure;

namespace ParIndex.Application.Tests.Exports;

/// <summary>The scorecard and the self-assessment report as Word: they open, say what they must, and follow the page rules.</summary>
public sealed class WordExportTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task SelfAssessmentReport_OwnUnit_HasTheOfficialHeadingTitleScoresEvidenceExplanationsAndReport()
    {
        var story = await ExportStory.OpenAsync(app);

        var file = await app.Handler<ExportSelfAssessmentReportDocxHandler>(Roles.AgencyStaff, story.UnitA)
            .HandleAsync(new ExportSelfAssessmentReportDocx(story.PeriodId, story.UnitA), Ct);

        Assert.Equal(ExportedDocument.WordContentType, file.ContentType);
        Assert.Equal($"bao-cao-tu-danh-gia-chi-so-cchc-nam-{story.Year}-ubnd-xa-an-binh.docx", file.AsciiFileName);
        Assert.Equal($"Báo cáo tự đánh giá Chỉ số CCHC năm {story.Year} - UBND xã An Bình.docx", file.FileName);
        using var document = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var text = Paragraphs(body);

        var heading = body.Elements<Table>().First();
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH", heading.InnerText, StringComparison.Ordinal);
        Assert.Contains("ỦY BAN NHÂN DÂN XÃ AN BÌNH", heading.InnerText, StringComparison.Ordinal);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", heading.InnerText, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", heading.InnerText, StringComparison.Ordinal);
        Assert.Equal("none", heading.GetFirstChild<TableProperties>()!.TableBorders!.TopBorder!.Val!.InnerText);
        Assert.Contains("BÁO CÁO", text);
        Assert.Contains($"Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {story.Year}", text);

        var scores = body.Elements<Table>().ElementAt(1);
        Assert.Equal(["STT", "Mã", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Tài liệu kiểm chứng"],
            scores.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText));
        var rows = scores.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["1", "1.1", "Ban hành kế hoạch CCHC", "2", "2", "Không có (xem phần II)"], rows.Single(r => r.Contains("1.1")));
        var issued = story.EvidenceIssuedOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"- Báo cáo kết quả CCHC năm (số 25/BC-UBND, ngày {issued}, của UBND xã An Bình)", rows.Single(r => r.Contains("1.2"))[5]);
        Assert.Equal("1", rows.Single(r => r.Contains("1.3"))[4]);
        Assert.DoesNotContain(rows, r => r.Contains("2.1"));
        Assert.Equal(["Tổng cộng", "6", "5", "Đạt 83,33%"], rows[^1]);

        Assert.Contains("II. GIẢI TRÌNH CÁC TIÊU CHÍ KHÔNG CÓ TÀI LIỆU KIỂM CHỨNG", text);
        Assert.Contains($"- Tiêu chí 1.1. Ban hành kế hoạch CCHC: {ExportStory.MissingEvidenceExplanation}", text);
        Assert.DoesNotContain(text, p => p.StartsWith("- Tiêu chí 1.2", StringComparison.Ordinal));
        var difficulties = text.IndexOf("III. KHÓ KHĂN, VƯỚNG MẮC");
        Assert.Equal(["Thiếu công chức chuyên trách.", "Hạ tầng mạng ở thôn xa còn yếu."], text.Skip(difficulties + 1).Take(2));
        Assert.Equal(ExportStory.Recommendations, text[text.IndexOf("IV. ĐỀ XUẤT, KIẾN NGHỊ") + 1]);
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", body.Elements<Table>().Last().InnerText, StringComparison.Ordinal);
        Assert.Contains("CHỦ TỊCH", body.Elements<Table>().Last().InnerText, StringComparison.Ordinal);

        var fonts = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal(("Times New Roman", "26"), (fonts.RunFonts!.Ascii!.Value, fonts.FontSize!.Val!.Value));
        Assert.All(body.Elements<Table>().Skip(1).SkipLast(1), t => Assert.Equal("single", t.GetFirstChild<TableProperties>()!.TableBorders!.TopBorder!.Val!.InnerText));
    }

    [Fact]
    public async Task SelfAssessmentReport_AnotherUnitsStaff_IsRefusedAndHomeAffairsReadsIt()
    {
        var story = await ExportStory.OpenAsync(app);

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<ExportSelfAssessmentReportDocxHandler>(Roles.AgencyStaff, story.UnitB)
            .HandleAsync(new ExportSelfAssessmentReportDocx(story.PeriodId, story.UnitA), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<ExportSelfAssessmentReportDocxHandler>(Roles.AgencyLeader, story.UnitB)
            .HandleAsync(new ExportSelfAssessmentReportDocx(story.PeriodId, story.UnitA), Ct));
        var file = await app.Handler<ExportSelfAssessmentReportDocxHandler>(Roles.Inspector)
            .HandleAsync(new ExportSelfAssessmentReportDocx(story.PeriodId, story.UnitA), Ct);
        Assert.NotEmpty(file.Content);
    }

    [Fact]
    public async Task Scorecard_PublishedYear_ListsTheBiggestLossFirstWithReasonsAndEveryCriterion()
    {
        var story = await ExportStory.PublishedAsync(app);

        var file = await app.Handler<ExportScorecardDocxHandler>(Roles.AgencyStaff, story.Plus)
            .HandleAsync(new ExportScorecardDocx(story.PeriodId, story.Evil), Ct);

        using var document = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var text = Paragraphs(body);
        Assert.Contains(ExportText.Preview, text);
        Assert.Contains("PHIẾU KẾT QUẢ", text);
        Assert.Contains($"Chỉ số cải cách hành chính năm {story.Year} của {ExportStory.EvilName}", text);
        var tables = body.Elements<Table>().Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList()).ToList();
        // Table 0 is the letterhead; the last one the recipients and the signer.
        Assert.Contains("SỞ NỘI VỤ", tables[0][0][0], StringComparison.Ordinal);
        Assert.Equal(["87,25", "Tốt", "1", "4"], tables[1][1]);
        Assert.Equal(["STT", "Mã", "Tiêu chí", "Tối đa", "Tự chấm", "Thẩm định", "Mất điểm", "Lý do"], tables[3][0]);
        Assert.Equal(["1.2", "TR.1"], tables[3].Skip(1).Select(r => r[1]));
        Assert.Equal(["4", "4", "1,5", "2,5", ExportStory.DashReason], tables[3][1][3..]);
        Assert.Equal(["—", "—", "-1,5", "1,5", ExportStory.FormulaReason], tables[3][2][3..]);
        Assert.Equal(["1.1", "1.2", "TR.1"], tables[4].Where(r => r.Count > 1).Skip(1).Select(r => r[1]));
        Assert.Contains(tables[4], r => r.Count == 1 && r[0] == "1. Công tác chỉ đạo, điều hành");
        Assert.Contains("Nơi nhận:", tables[^1][0][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scorecard_BeforePublication_OwnUnitGetsAPreviewAndAnotherUnitsStaffIsRefused()
    {
        var story = await ExportStory.OpenAsync(app);

        var own = await app.Handler<ExportScorecardDocxHandler>(Roles.AgencyStaff, story.UnitA)
            .HandleAsync(new ExportScorecardDocx(story.PeriodId, story.UnitA), Ct);
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<ExportScorecardDocxHandler>(Roles.AgencyStaff, story.UnitB)
            .HandleAsync(new ExportScorecardDocx(story.PeriodId, story.UnitA), Ct));

        using var document = WordprocessingDocument.Open(new MemoryStream(own.Content), false);
        var text = Paragraphs(document.MainDocumentPart!.Document.Body!);
        Assert.Contains(ExportText.Preview, text);
        Assert.Contains("1.1", document.MainDocumentPart.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    /// <summary>The text of each paragraph of the body outside tables, in order.</summary>
    private static List<string> Paragraphs(Body body) => [.. body.Elements<Paragraph>().Select(p => p.InnerText)];
}
