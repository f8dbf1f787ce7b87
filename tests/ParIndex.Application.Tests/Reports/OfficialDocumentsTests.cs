using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Application.Documents;
using ParIndex.Application.Exports;
using ParIndex.Application.Publication;
using ParIndex.Application.Reports;
using ParIndex.Application.Results;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Tests.Seeding;
using ParIndex.Domain.Periods;
using Xunit.Abstractions;

namespace ParIndex.Application.Tests.Reports;

/// <summary>
/// The documents in the administrative form of Decree 30/2020 (shared/research/official-documents.md), from the demo
/// province (Documents:ProvinceName "Tỉnh Sông Lam"): letterheads, numbers, dates written out, the annex's reference to
/// the decision, signer blocks and recipients, the figures, the serif font, and the PAdES signature of the published
/// PDFs as pdfsig reads it. Set PARINDEX_REPORTS_OUT to a folder to keep the files for a look.
/// </summary>
public sealed class OfficialDocumentsTests(SeededDatabaseFixture fixture, ITestOutputHelper output) : IClassFixture<SeededDatabaseFixture>
{
    private const string Committee = "ỦY BAN NHÂN DÂN TỈNH SÔNG LAM";
    private static readonly CancellationToken Ct = CancellationToken.None;

    /// <summary>5 March 2026, 09:30 in Vietnam: the day must read "ngày 05 tháng 3 năm 2026".</summary>
    private static readonly FixedTimeProvider Clock = new(new DateTimeOffset(2026, 3, 5, 2, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task RankingAnnexPdf_Published_HasTheCommitteesLetterheadTheDecisionsReferenceAndAValidSignature()
    {
        var (period, stamp) = await LatestPublishedAsync();

        var file = await new ExportRankingAnnexPdfHandler(DbFactory, Leader, Clock, Rankings(Leader), Pdf)
            .HandleAsync(new ExportRankingAnnexPdf(period.Id, "https://cchc.example.vn"), Ct);

        Keep(file);
        Assert.Contains(Fonts(file.Content), f => f.Contains("LiberationSerif", StringComparison.Ordinal) || f.Contains("TimesNewRoman", StringComparison.Ordinal));
        var signature = PdfSignatures.Report(file.Content);
        if (signature is null)
        {
            output.WriteLine(PdfSignatures.Missing);
        }
        else
        {
            // A self-signed development certificate is not trusted; the signature over the bytes must still be valid.
            Assert.Contains("Signature Validation: Signature is Valid.", signature, StringComparison.Ordinal);
            Assert.Contains("ETSI.CAdES.detached", signature, StringComparison.Ordinal);
            Assert.Contains("Total document signed", signature, StringComparison.Ordinal);
        }

        var pages = PdfText.Pages(file.Content);
        if (pages is null)
        {
            output.WriteLine(PdfText.Missing);
            return;
        }

        var first = Flat(pages[0]);
        Assert.Contains(Committee, first, StringComparison.Ordinal);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", first, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", first, StringComparison.Ordinal);
        Assert.Contains("Phụ lục", first, StringComparison.Ordinal);
        Assert.Contains($"KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {period.Year}", first, StringComparison.Ordinal);
        Assert.Contains($"(Kèm theo Quyết định số {stamp.DecisionNumber} {OfficialDate.Written(stamp.DecisionDate)} của Chủ tịch Ủy ban nhân dân tỉnh Sông Lam)",
            first, StringComparison.Ordinal);
        var all = Flat(string.Concat(pages));
        Assert.Contains("Mã kiểm tra SHA-256:", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Hash", all, StringComparison.Ordinal);
        Assert.DoesNotContain("người ký:", all, StringComparison.Ordinal);
        Assert.Matches(@"Lập lúc 09 giờ 30 ngày 05 tháng 3 năm 2026", all);

        // The figures: the block's leader with its index the Vietnamese way, as the results page ranks it.
        var ranking = await FirstRankedBlockAsync(period.Id);
        var top = ranking.Rows.First(r => r.Rank == 1);
        Assert.Contains($"1 {top.Name} {top.Index.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))}", all, StringComparison.Ordinal);
        // Page numbers stand alone at the top from page 2 on.
        Assert.All(pages.Skip(1).Select((page, i) => (page, i)), p => Assert.Equal((p.i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
            p.page.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim()));
    }

    [Fact]
    public async Task RankingAnnexPdf_BeforePublication_LeavesNumberAndDateBlankAndIsNotSigned()
    {
        var open = await OpenPeriodAsync();
        var inspector = User(Roles.Inspector);

        var file = await new ExportRankingAnnexPdfHandler(DbFactory, inspector, Clock, Rankings(inspector), Pdf).HandleAsync(new ExportRankingAnnexPdf(open.Id), Ct);

        Assert.DoesNotContain("/ByteRange", Encoding.Latin1.GetString(file.Content), StringComparison.Ordinal);
        var pages = PdfText.Pages(file.Content);
        if (pages is null)
        {
            output.WriteLine(PdfText.Missing);
            return;
        }

        var first = Flat(pages[0]);
        Assert.Contains("(Kèm theo Quyết định số /QĐ-UBND ngày … tháng … năm … của Chủ tịch Ủy ban nhân dân tỉnh Sông Lam)", first, StringComparison.Ordinal);
        Assert.Contains("Chưa công bố — bản xem trước", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeaderSummaryPdf_Published_IsAReportOfTheDepartmentWithNumberPlaceDateRecipientsAndSigner()
    {
        var (period, _) = await LatestPublishedAsync();

        var file = await new ExportLeaderSummaryPdfHandler(DbFactory, Leader, Clock, Rankings(Leader), Pdf).HandleAsync(new ExportLeaderSummaryPdf(period.Id), Ct);

        Keep(file);
        var pages = PdfText.Pages(file.Content);
        if (pages is null)
        {
            output.WriteLine(PdfText.Missing);
            return;
        }

        var first = Flat(pages[0]);
        Assert.Contains("UBND TỈNH SÔNG LAM", first, StringComparison.Ordinal);
        Assert.Contains("SỞ NỘI VỤ", first, StringComparison.Ordinal);
        Assert.Matches(@"Số: +/BC-SNV", first);
        Assert.Contains("Sông Lam, ngày 05 tháng 3 năm 2026", first, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO", first, StringComparison.Ordinal);
        Assert.Contains("Kính gửi: Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh Sông Lam.", first, StringComparison.Ordinal);
        var all = Flat(string.Concat(pages));
        Assert.Contains("Nơi nhận:", all, StringComparison.Ordinal);
        Assert.Contains("- Lưu: VT, CCHC.", all, StringComparison.Ordinal);
        Assert.Contains("KT. GIÁM ĐỐC", all, StringComparison.Ordinal);
        Assert.Contains("PHÓ GIÁM ĐỐC", all, StringComparison.Ordinal);
        Assert.DoesNotContain("10/03", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScorecardPdf_Published_IsSignedAndCarriesLastYearsIndexAndRank()
    {
        var (period, _) = await LatestPublishedAsync();
        var ranking = await FirstRankedBlockAsync(period.Id);
        var unit = ranking.Rows.First(r => r.PreviousRank is not null && r.PreviousIndex is not null);

        var file = await new ExportScorecardPdfHandler(DbFactory, Leader, Clock, new GetUnitScorecardHandler(DbFactory, Leader, Clock), Rankings(Leader), Pdf)
            .HandleAsync(new ExportScorecardPdf(period.Id, unit.UnitId), Ct);

        Keep(file);
        if (PdfSignatures.Report(file.Content) is { } signature)
        {
            Assert.Contains("Signature Validation: Signature is Valid.", signature, StringComparison.Ordinal);
        }

        var pages = PdfText.Pages(file.Content);
        if (pages is null)
        {
            output.WriteLine(PdfText.Missing);
            return;
        }

        var first = Flat(pages[0]);
        Assert.Contains("PHIẾU KẾT QUẢ", first, StringComparison.Ordinal);
        // The narrow column headings wrap ("Chỉ số năm" over "2024"): the year and the figures are looked for apart.
        Assert.Contains("Chỉ số năm", first, StringComparison.Ordinal);
        Assert.Contains(ranking.PreviousYear!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), first, StringComparison.Ordinal);
        Assert.Contains(unit.PreviousIndex!.Value.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), first, StringComparison.Ordinal);
        Assert.Matches(@"Số: +/SNV-CCHC", first);
        Assert.Contains("- Lưu: VT, CCHC.", Flat(string.Concat(pages)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RankingAnnexDocx_Published_IsLandscapeTimesNewRomanWithReferenceAndEveryRanking()
    {
        var (period, stamp) = await LatestPublishedAsync();

        var file = await new ExportRankingAnnexDocxHandler(DbFactory, Leader, Clock, Rankings(Leader), Word).HandleAsync(new ExportRankingAnnexDocx(period.Id), Ct);

        Keep(file);
        Assert.Equal($"Phụ lục kết quả Chỉ số CCHC năm {period.Year}.docx", file.FileName);
        using var document = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Equal(PageOrientationValues.Landscape, body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.Equal("Times New Roman", document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single().Ascii!.Value);
        var letterhead = body.Elements<Table>().First().InnerText;
        Assert.Contains(Committee, letterhead, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", letterhead, StringComparison.Ordinal);
        var text = Paragraphs(body);
        Assert.Contains("Phụ lục", text);
        Assert.Contains($"(Kèm theo Quyết định số {stamp.DecisionNumber} {OfficialDate.Written(stamp.DecisionDate)} của Chủ tịch Ủy ban nhân dân tỉnh Sông Lam)", text);

        var ranking = await FirstRankedBlockAsync(period.Id);
        var rows = Rows(body.Elements<Table>().ElementAt(1));
        Assert.Equal(["Hạng", "Đơn vị", "Chỉ số", "Xếp loại", $"Hạng năm {ranking.PreviousYear}", "Thay đổi hạng", $"Chỉ số năm {ranking.PreviousYear}",
            "Thay đổi chỉ số"], rows[0]);
        var top = ranking.Rows.First(r => r.Rank == 1);
        Assert.Equal("1", rows[1][0]);
        Assert.StartsWith(top.Name, rows[1][1], StringComparison.Ordinal);
        Assert.Equal(top.Index.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), rows[1][2]);
    }

    [Fact]
    public async Task DecisionDraftDocx_Published_HasGroundsArticlesRecipientsSignerAndTheAnnexInItsOwnLandscapeSection()
    {
        var (period, stamp) = await LatestPublishedAsync();

        var file = await new ExportDecisionDraftDocxHandler(DbFactory, Leader, Clock, Rankings(Leader), Word).HandleAsync(new ExportDecisionDraftDocx(period.Id), Ct);

        Keep(file);
        using var document = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var letterhead = body.Elements<Table>().First().InnerText;
        var issuer = body.Elements<Table>().First().Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(["ỦY BAN NHÂN DÂN", "TỈNH SÔNG LAM"], issuer.Take(2));
        Assert.Contains($"Số: {stamp.DecisionNumber}", letterhead, StringComparison.Ordinal);
        Assert.Contains($"Sông Lam, {OfficialDate.Written(stamp.DecisionDate)}", letterhead, StringComparison.Ordinal);

        var paragraphs = body.Elements<Paragraph>().ToList();
        var text = paragraphs.Select(p => p.InnerText).ToList();
        Assert.Contains("QUYẾT ĐỊNH", text);
        Assert.Contains($"Phê duyệt và công bố Chỉ số cải cách hành chính năm {period.Year} của các cơ quan, đơn vị trên địa bàn tỉnh Sông Lam", text);
        Assert.Contains("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG LAM", text);
        var grounds = paragraphs.Where(p => p.InnerText.StartsWith("Căn cứ", StringComparison.Ordinal) || p.InnerText.StartsWith("Theo đề nghị", StringComparison.Ordinal)).ToList();
        Assert.True(grounds.Count >= 4);
        Assert.All(grounds, g => Assert.NotNull(g.Descendants<Italic>().FirstOrDefault()));
        Assert.All(grounds.SkipLast(1), g => Assert.EndsWith(";", g.InnerText, StringComparison.Ordinal));
        Assert.EndsWith(".", grounds[^1].InnerText, StringComparison.Ordinal);
        Assert.Contains("QUYẾT ĐỊNH:", text);
        foreach (var article in new[] { "Điều 1. ", "Điều 2. ", "Điều 3. " })
        {
            Assert.Contains(text, t => t.StartsWith(article, StringComparison.Ordinal));
        }

        Assert.EndsWith("./.", text.Single(t => t.StartsWith("Điều 3. ", StringComparison.Ordinal)), StringComparison.Ordinal);
        var footer = body.Elements<Table>().ElementAt(1).InnerText;
        Assert.Contains("Nơi nhận:", footer, StringComparison.Ordinal);
        Assert.Contains("- Như Điều 3;", footer, StringComparison.Ordinal);
        Assert.Contains("KT. CHỦ TỊCH", footer, StringComparison.Ordinal);
        Assert.Contains("PHÓ CHỦ TỊCH", footer, StringComparison.Ordinal);

        // The annex follows in a section of its own, landscape, numbered from 1.
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.Equal(2, sections.Count);
        Assert.Null(sections[0].GetFirstChild<PageSize>()!.Orient);
        Assert.Equal(PageOrientationValues.Landscape, sections[1].GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.Contains("Phụ lục", text);
        Assert.Contains($"KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {period.Year} CỦA CÁC CƠ QUAN, ĐƠN VỊ", text);

        await using var db = fixture.CreateDb();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "report.decisionDraftExported" && a.EntityId == period.Id.ToString()));
    }

    [Fact]
    public async Task DecisionDraftDocx_AgencyStaff_IsRefusedAndAudited()
    {
        var (period, _) = await LatestPublishedAsync();
        await using var db = fixture.CreateDb();
        var staff = new FakeCurrentUser
        {
            IsAuthenticated = true,
            UserId = Guid.CreateVersion7(),
            Roles = [Roles.AgencyStaff],
            UnitId = await db.Units.Select(u => u.Id).FirstAsync(),
        };

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            new ExportDecisionDraftDocxHandler(DbFactory, staff, Clock, Rankings(staff), Word).HandleAsync(new ExportDecisionDraftDocx(period.Id), Ct));

        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "report.decisionDraft" && !a.Succeeded && a.UserId == staff.UserId));
    }

    [Fact]
    public async Task ScorecardDocx_Published_CarriesLastYearsIndexAndRankAsThePdfDoes()
    {
        var (period, _) = await LatestPublishedAsync();
        var ranking = await FirstRankedBlockAsync(period.Id);
        var unit = ranking.Rows.First(r => r.PreviousRank is not null && r.PreviousIndex is not null);

        var file = await new ExportScorecardDocxHandler(DbFactory, new GetUnitScorecardHandler(DbFactory, Leader, Clock), Rankings(Leader), WordDocuments, Leader, Clock)
            .HandleAsync(new ExportScorecardDocx(period.Id, unit.UnitId), Ct);

        Keep(file);
        using var document = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Contains("SỞ NỘI VỤ", body.Elements<Table>().First().InnerText, StringComparison.Ordinal);
        var facts = Rows(body.Elements<Table>().ElementAt(1));
        var previous = ranking.PreviousYear!.Value;
        Assert.Equal($"Chỉ số năm {previous}", facts[0][4]);
        Assert.Equal($"Thứ hạng năm {previous}", facts[0][5]);
        Assert.Equal(unit.PreviousIndex!.Value.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), facts[1][4]);
        Assert.Equal(unit.PreviousRank!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), facts[1][5]);
        Assert.Contains("KT. GIÁM ĐỐC", body.Elements<Table>().Last().InnerText, StringComparison.Ordinal);
    }

    private static readonly FakeCurrentUser Leader = User(Roles.Leader);

    private IParIndexDbFactory DbFactory => fixture.Services.GetRequiredService<IParIndexDbFactory>();

    private IPdfReports Pdf => fixture.Services.GetRequiredService<IPdfReports>();

    private IWordReports Word => fixture.Services.GetRequiredService<IWordReports>();

    private IWordDocuments WordDocuments => fixture.Services.GetRequiredService<IWordDocuments>();

    private static FakeCurrentUser User(string role) => new() { IsAuthenticated = true, UserId = Guid.CreateVersion7(), Roles = [role] };

    private GetBlockRankingHandler Rankings(ICurrentUser user) => new(DbFactory, user, Clock);

    private async Task<(EvaluationPeriod Period, PublicationStamp Stamp)> LatestPublishedAsync()
    {
        await using var db = fixture.CreateDb();
        var period = await db.Periods.AsNoTracking().Where(p => p.State == PeriodState.Published).OrderByDescending(p => p.Year).FirstAsync();
        return (period, (await PublicationStamps.ForPeriodAsync(db, period.Id, Ct))!);
    }

    private async Task<EvaluationPeriod> OpenPeriodAsync()
    {
        await using var db = fixture.CreateDb();
        return await db.Periods.AsNoTracking().Where(p => p.State != PeriodState.Published && p.State != PeriodState.Archived)
            .OrderByDescending(p => p.Year).FirstAsync();
    }

    private async Task<BlockRanking> FirstRankedBlockAsync(Guid periodId)
    {
        await using var db = fixture.CreateDb();
        var blockId = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Name).Select(b => b.Id).FirstAsync();
        return await Rankings(Leader).HandleAsync(new GetBlockRanking(periodId, blockId), Ct);
    }

    private static List<string> Fonts(byte[] pdf) =>
        [.. System.Text.RegularExpressions.Regex.Matches(Encoding.Latin1.GetString(pdf), @"/BaseFont\s*/([A-Za-z0-9+\-]+)").Select(m => m.Groups[1].Value)];

    private static List<string> Paragraphs(Body body) => [.. body.Elements<Paragraph>().Select(p => p.InnerText)];

    private static List<List<string>> Rows(Table table) =>
        [.. table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList())];

    /// <summary>pdftotext -layout wraps and pads: compare with single spaces, NFC.</summary>
    private static string Flat(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private void Keep(ExportedDocument file)
    {
        if (Environment.GetEnvironmentVariable("PARINDEX_REPORTS_OUT") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, file.FileName);
            File.WriteAllBytes(path, file.Content);
            output.WriteLine($"Wrote {path}");
        }
    }
}
