using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Surveys;
using ParIndex.Application.Surveys.Exports;
using ParIndex.Application.Surveys.Sipas;
using ParIndex.Application.Tests.DataImport;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Tests.Reports;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Tests.Surveys;

/// <summary>
/// The survey's files on <see cref="DataImportStory"/>'s communes: invitations with labels and a SIPAS link answered,
/// then the anonymised answers, the results (Excel, PDF) and the QR codes.
/// </summary>
public sealed class SurveyExportTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task AnonymisedAnswers_HoldEveryAnswer_ButNoInvitationCodeLabelOrLink()
    {
        var (survey, codes, sipasCode, invitationIds) = await AnsweredSurveyAsync();

        var file = await Admin<ExportSurveyAnswersHandler>().HandleAsync(new ExportSurveyAnswers(survey), Ct);

        Assert.EndsWith(".xlsx", file.FileName, StringComparison.Ordinal);
        var rows = Rows(file.Content);
        Assert.Equal(["Phiếu số", "Nhóm người trả lời", "Mã đơn vị", "Đơn vị được đánh giá", "Mã tiêu chí", "Câu hỏi", "Phương án", "Nội dung phương án",
            "Trọng số (%)"], rows[2]);
        var data = rows.Skip(3).ToList();
        // Two invitations × 3 communes × 2 questions, and one SIPAS answer × 2 questions; three ballots numbered 1–3.
        Assert.Equal(14, data.Count);
        Assert.Equal(["1", "2", "3"], data.Select(r => r[0]).Distinct().Order());
        Assert.Equal(2, data.Count(r => r[1] == "Người dân, doanh nghiệp"));
        Assert.Contains(data, r => r[6] == "B" && r[8] == "60");

        var everything = AllText(file.Content);
        foreach (var code in codes.Append(sipasCode))
        {
            Assert.DoesNotContain(code, everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(code.Replace("-", string.Empty, StringComparison.Ordinal), everything, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("Tổ đại biểu", everything, StringComparison.Ordinal);
        await using var db = app.NewDbContext();
        var ballotIds = await db.SurveyBallots.AsNoTracking().Where(b => b.SurveyId == survey).Select(b => b.Id).ToListAsync();
        Assert.All(ballotIds.Concat(invitationIds), id => Assert.DoesNotContain(id.ToString(), everything, StringComparison.OrdinalIgnoreCase));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "survey.answersExported" && e.EntityId == survey.ToString()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<ExportSurveyAnswersHandler>(Roles.Leader).HandleAsync(new ExportSurveyAnswers(survey), Ct));
    }

    [Fact]
    public async Task Results_AsExcelAndPdf_GiveEachUnitsPoints_InTheAdministrativeForm()
    {
        var (survey, codes, sipasCode, _) = await AnsweredSurveyAsync();
        var unitA = await UnitACodeAsync(survey);

        var excel = await app.Handler<ExportSurveyResultsHandler>(Roles.Leader).HandleAsync(new ExportSurveyResults(survey, SurveyResultsFormat.Excel), Ct);
        var pdf = await Admin<ExportSurveyResultsHandler>().HandleAsync(new ExportSurveyResults(survey, SurveyResultsFormat.Pdf), Ct);

        var rows = Rows(excel.Content);
        // Commune A on 2.2, groups first then equally: leaders (100 + 60) / 2 = 80, citizens 100 → 90 % of 4 points = 3.6, on 3 answers.
        var a22 = rows.Single(r => r.Count > 2 && r[0] == unitA && r[2] == "2.2");
        Assert.Equal([4m, 3m, 90m, 3.6m], a22.Skip(4).Take(4).Select(x => decimal.Parse(x, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(PdfText.StartsLikePdf(pdf.Content));
        Assert.Equal("application/pdf", pdf.ContentType);
        if (PdfText.Pages(pdf.Content) is { } pages)
        {
            var text = string.Join('\n', pages);
            Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
            Assert.Contains("BÁO CÁO", text, StringComparison.Ordinal);
            Assert.Contains("Nơi nhận:", text, StringComparison.Ordinal);
            Assert.All(codes.Append(sipasCode), c => Assert.DoesNotContain(c, text, StringComparison.OrdinalIgnoreCase));
        }

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            app.Handler<ExportSurveyResultsHandler>(Roles.AgencyStaff).HandleAsync(new ExportSurveyResults(survey, SurveyResultsFormat.Pdf), Ct));
    }

    [Fact]
    public async Task QrCodes_ArePngForAnInvitationOrALink_OfThisSurveyOnly()
    {
        var (survey, codes, sipasCode, _) = await AnsweredSurveyAsync();

        var invitation = await Admin<GetSurveyQrCodeHandler>().HandleAsync(new GetSurveyQrCode(survey, codes[0], "https://cchc.example.vn/"), Ct);
        var link = await Admin<GetSurveyQrCodeHandler>().HandleAsync(new GetSurveyQrCode(survey, sipasCode, "https://cchc.example.vn"), Ct);

        byte[] signature = [0x89, (byte)'P', (byte)'N', (byte)'G'];
        Assert.Equal(signature, invitation.Content[..4]);
        Assert.Equal(signature, link.Content[..4]);
        Assert.Equal("image/png", link.ContentType);
        await Assert.ThrowsAsync<NotFoundException>(() => Admin<GetSurveyQrCodeHandler>().HandleAsync(new GetSurveyQrCode(Guid.NewGuid(), codes[0], "https://x"), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            app.Handler<GetSurveyQrCodeHandler>(Roles.Inspector).HandleAsync(new GetSurveyQrCode(survey, codes[0], "https://x"), Ct));
        var svg = app.Handler<IQrCodes>(Roles.Administrator).Svg("https://cchc.example.vn/sipas/ABCDEFGHJK", 200);
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("width=\"200\"", svg, StringComparison.Ordinal);
    }

    private async Task<(Guid Survey, IReadOnlyList<string> Codes, string SipasCode, IReadOnlyList<Guid> InvitationIds)> AnsweredSurveyAsync()
    {
        var story = await DataImportStory.SeedAsync(app);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var survey = await Admin<CreateSurveyHandler>().HandleAsync(new CreateSurvey(story.PeriodId, "Điều tra 2026", MinimumAnswers: 1), Ct);
        var design = Admin<ChangeSurveyDesignHandler>();
        await design.HandleAsync(new AddSurveyQuestion(survey, "2.2", "Mức độ hài lòng?"), Ct);
        await design.HandleAsync(new AddSurveyQuestion(survey, "2.1", "Thái độ phục vụ?"), Ct);
        await using (var db = app.NewDbContext())
        {
            var block = (await db.Units.AsNoTracking().SingleAsync(u => u.Id == story.UnitA.Id)).BlockId;
            await design.HandleAsync(new AddRespondentGroup(survey, "Lãnh đạo các sở", [block]), Ct);
            await design.HandleAsync(new AddRespondentGroup(survey, "Người dân, doanh nghiệp", [block]), Ct);
        }

        await Admin<OpenSurveyHandler>().HandleAsync(new OpenSurvey(survey, now.AddHours(-1), now.AddDays(10)), Ct);
        var view = await Admin<GetSurveyHandler>().HandleAsync(new GetSurvey(survey), Ct);
        var (leaders, citizens) = (view.Groups[0].Id, view.Groups[1].Id);
        var q = view.Questions.ToDictionary(x => x.CriterionCode, x => x.Id);
        var codes = await Admin<IssueInvitationsHandler>().HandleAsync(new IssueInvitations(survey, leaders, 0, ["Tổ đại biểu số 1", "Tổ đại biểu số 2"]), Ct);
        foreach (var (code, option) in codes.Zip(["A", "B"]))
        {
            var form = await app.Handler<GetSurveyFormHandler>(string.Empty).HandleAsync(new GetSurveyForm(code), Ct);
            await app.Handler<SaveSurveyAnswersHandler>(string.Empty).HandleAsync(new SaveSurveyAnswers(code,
                [.. form.Units.SelectMany(u => u.QuestionIds.Select(x => new SurveyAnswer(u.UnitId, x, option)))]), Ct);
            await app.Handler<SubmitSurveyHandler>(string.Empty).HandleAsync(new SubmitSurvey(code), Ct);
        }

        var link = await Admin<CreateSipasLinkHandler>().HandleAsync(new CreateSipasLink(survey, citizens, story.UnitA.Id, 100, 0.05m), Ct);
        await app.Handler<SubmitSipasAnswersHandler>(string.Empty).HandleAsync(new SubmitSipasAnswers(link.Code, "browser-token-export",
            [new SipasAnswer(q["2.2"], "A"), new SipasAnswer(q["2.1"], "C")]), Ct);
        var invitations = await Admin<ListInvitationsHandler>().HandleAsync(new ListInvitations(survey), Ct);
        return (survey, codes, link.Code, [.. invitations.Select(i => i.Id)]);
    }

    private async Task<string> UnitACodeAsync(Guid survey)
    {
        await using var db = app.NewDbContext();
        var unitId = await db.SipasLinks.AsNoTracking().Where(l => l.SurveyId == survey).Select(l => l.UnitId).SingleAsync();
        return await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Code).SingleAsync();
    }

    private T Admin<T>()
        where T : notnull => app.Handler<T>(Roles.Administrator, userId: TestApp.AdministratorId);

    private static List<List<string>> Rows(byte[] content)
    {
        using var sheet = SpreadsheetDocument.Open(new MemoryStream(content), false);
        return [.. sheet.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList())];
    }

    /// <summary>Every part of the package as text, so a code hidden anywhere (a comment, a property) would be found.</summary>
    private static string AllText(byte[] content)
    {
        using var package = System.IO.Packaging.Package.Open(new MemoryStream(content), FileMode.Open, FileAccess.Read);
        var text = new StringBuilder();
        foreach (var part in package.GetParts())
        {
            using var reader = new StreamReader(part.GetStream());
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }
}
