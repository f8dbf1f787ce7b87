using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Surveys;
using ParIndex.Application.Surveys.Sipas;
using ParIndex.Application.Tests.DataImport;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Tests.Surveys;

/// <summary>
/// Citizens' SIPAS form through a public link per service point, on <see cref="DataImportStory"/>'s commune A (survey
/// criteria 2.1, 2 points, and 2.2, 4 points).
/// </summary>
public sealed class SipasLinkTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task ALink_TakesOneAnswerPerBrowser_UpToItsQuota_AndTheAnswersScore()
    {
        var (story, survey, group, q22, q21) = await OpenSurveyAsync();
        // N = 3, e = 0,05: 3 / (1 + 3 × 0,0025) = 2,98 → a quota of 3.
        var link = await Admin<CreateSipasLinkHandler>().HandleAsync(new CreateSipasLink(survey, group, story.UnitA.Id, 3, 0.05m), Ct);
        Assert.Equal(3, link.Quota);

        var form = await Form(link.Code);
        Assert.Null(form.Refusal);
        Assert.Equal(story.UnitA.Name, form.UnitName);
        Assert.Equal([q22, q21], form.Questions.Select(q => q.Id));

        var incomplete = await Assert.ThrowsAsync<DomainException>(() => Submit(link.Code, "browser-token-0001", (q22, "A")));
        Assert.Contains("còn 1 câu chưa chọn", DomainMessages.For(incomplete), StringComparison.Ordinal);
        await Submit(link.Code, "browser-token-0001", (q22, "A"), (q21, "B"));
        var again = await Assert.ThrowsAsync<DomainException>(() => Submit(link.Code, "browser-token-0001", (q22, "D"), (q21, "D")));
        Assert.Equal("sipas.alreadyAnswered", again.Code);
        await Submit(link.Code.ToLowerInvariant(), "browser-token-0002", (q22, "B"), (q21, "B"));
        await Submit(link.Code, "browser-token-0003", (q22, "C"), (q21, "X"));

        var full = await Assert.ThrowsAsync<DomainException>(() => Submit(link.Code, "browser-token-0004", (q22, "A"), (q21, "A")));
        Assert.Equal("sipas.full", full.Code);
        Assert.Contains("đã nhận đủ số phiếu", DomainMessages.For(full), StringComparison.Ordinal);
        Assert.Contains("đã nhận đủ số phiếu", (await Form(link.Code)).Refusal, StringComparison.Ordinal);

        var row = (await Admin<ListSipasLinksHandler>().HandleAsync(new ListSipasLinks(survey), Ct)).Single();
        Assert.Equal((3, 3, true, 3, 0.05m), (row.Quota, row.Received, row.IsFull, row.Population, row.Margin));

        // N corrected later: 2 dossiers would give a quota below the 3 answers received, 100 gives 80 and reopens the link.
        var below = await Assert.ThrowsAsync<DomainException>(() =>
            Admin<ChangeSipasPopulationHandler>().HandleAsync(new ChangeSipasPopulation(survey, row.Id, 2, 0.05m), Ct));
        Assert.Equal("sipas.quotaBelowReceived", below.Code);
        Assert.Equal(80, await Admin<ChangeSipasPopulationHandler>().HandleAsync(new ChangeSipasPopulation(survey, row.Id, 100, 0.05m), Ct));
        Assert.Null((await Form(link.Code)).Refusal);

        var results = await Admin<GetSurveyResultsHandler>().HandleAsync(new GetSurveyResults(survey), Ct);
        // 2.2: (100 + 60 + 20) / 3 = 60 % of 4 = 2.4; 2.1: (60 + 60) / 2 = 60 % of 2 = 1.2 ("X" does not count).
        var a22 = results.Lines.Single(l => l.UnitId == story.UnitA.Id && l.CriterionCode == "2.2");
        var a21 = results.Lines.Single(l => l.UnitId == story.UnitA.Id && l.CriterionCode == "2.1");
        Assert.Equal((3, 60m, 2.4m), (a22.Answers, a22.Rate, a22.Points));
        Assert.Equal((2, 60m, 1.2m), (a21.Answers, a21.Rate, a21.Points));
    }

    [Fact]
    public async Task ManyAnswersAtOnce_ForTheLastPlaces_FillTheQuotaExactly()
    {
        var (story, survey, group, q22, q21) = await OpenSurveyAsync();
        var link = await Admin<CreateSipasLinkHandler>().HandleAsync(new CreateSipasLink(survey, group, story.UnitC.Id, 3, 0.05m), Ct);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await Submit(link.Code, $"browser-token-race-{i:00}", (q22, "A"), (q21, "A"));
                return "accepted";
            }
            catch (DomainException refusal)
            {
                return refusal.Code;
            }
        }));

        Assert.Equal(3, outcomes.Count(o => o == "accepted"));
        Assert.All(outcomes.Where(o => o != "accepted"), o => Assert.Equal("sipas.full", o));
        await using var db = app.NewDbContext();
        Assert.Equal(3, (await db.SipasLinks.AsNoTracking().SingleAsync(l => l.Id == link.Id)).Received);
        Assert.Equal(3, await db.SipasReceipts.CountAsync(r => r.LinkId == link.Id));
        var ballots = await db.SurveyBallots.AsNoTracking().Where(b => b.SurveyId == survey).ToListAsync();
        Assert.Equal(3, ballots.Count(b => b.Answers.Any(a => a.UnitId == story.UnitC.Id)));
    }

    [Fact]
    public async Task Receipts_KeepOnlyTheLinkAndAHash_AndTheAuditNamesNoBrowser()
    {
        var (story, survey, group, q22, q21) = await OpenSurveyAsync();
        var link = await Admin<CreateSipasLinkHandler>().HandleAsync(new CreateSipasLink(survey, group, story.UnitB.Id, 500, 0.05m), Ct);

        await Submit(link.Code, "a-private-browser-token", (q22, "A"), (q21, "A"));

        await using var db = app.NewDbContext();
        var columns = db.Model.FindEntityType(typeof(SipasReceipt))!.GetProperties().Select(p => p.GetColumnName()).Order().ToList();
        Assert.Equal(["Id", "LinkId", "TokenHash"], columns);
        var receipt = await db.SipasReceipts.AsNoTracking().SingleAsync(r => r.LinkId == link.Id);
        Assert.DoesNotContain("a-private-browser-token", receipt.TokenHash, StringComparison.Ordinal);
        Assert.NotEqual(7, receipt.Id.Version);
        var cast = await db.AuditEntries.AsNoTracking().Where(e => e.Action == "survey.sipasBallotCast" && e.EntityId == survey.ToString()).ToListAsync();
        Assert.Equal(((Guid?)null, (string?)null, (string?)null), (cast.Single().UserId, cast.Single().IpAddress, cast.Single().NewValues));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "survey.sipasLinkCreated" && e.EntityId == link.Id.ToString()));
    }

    [Fact]
    public async Task BadInput_IsRefusedInVietnamese_AndOnlyHomeAffairsMakesLinks()
    {
        var (story, survey, group, _, _) = await OpenSurveyAsync();

        var margin = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            Admin<CreateSipasLinkHandler>().HandleAsync(new CreateSipasLink(survey, group, story.UnitC.Id, 100, 0.5m), Ct));
        Assert.Contains("Sai số (e) từ 0,01 đến 0,2", margin.Message, StringComparison.Ordinal);
        var population = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            Admin<CreateSipasLinkHandler>().HandleAsync(new CreateSipasLink(survey, group, story.UnitC.Id, 0, 0.05m), Ct));
        Assert.Contains("Số hồ sơ (N)", population.Message, StringComparison.Ordinal);
        await Admin<CreateSipasLinkHandler>().HandleAsync(new CreateSipasLink(survey, group, story.UnitC.Id, 100, 0.05m), Ct);
        Assert.Equal("sipas.duplicate", (await Assert.ThrowsAsync<DomainException>(() =>
            Admin<CreateSipasLinkHandler>().HandleAsync(new CreateSipasLink(survey, group, story.UnitC.Id, 100, 0.05m), Ct))).Code);
        Assert.Equal("sipas.unknown", (await Assert.ThrowsAsync<DomainException>(() => Form("ZZZZZ-ZZZZZ"))).Code);
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<CreateSipasLinkHandler>(Roles.Inspector)
            .HandleAsync(new CreateSipasLink(survey, group, story.UnitC.Id, 100, 0.05m), Ct));
    }

    private async Task<(DataImportStory Story, Guid Survey, Guid Group, Guid Q22, Guid Q21)> OpenSurveyAsync()
    {
        var story = await DataImportStory.SeedAsync(app);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var survey = await Admin<CreateSurveyHandler>().HandleAsync(new CreateSurvey(story.PeriodId, "Khảo sát SIPAS 2026", MinimumAnswers: 2), Ct);
        var design = Admin<ChangeSurveyDesignHandler>();
        await design.HandleAsync(new AddSurveyQuestion(survey, "2.2", "Bạn hài lòng với việc giải quyết hồ sơ?"), Ct);
        await design.HandleAsync(new AddSurveyQuestion(survey, "2.1", "Thái độ của công chức tiếp nhận hồ sơ?"), Ct);
        await using (var db = app.NewDbContext())
        {
            var block = (await db.Units.AsNoTracking().SingleAsync(u => u.Id == story.UnitA.Id)).BlockId;
            await design.HandleAsync(new AddRespondentGroup(survey, "Người dân, doanh nghiệp", [block]), Ct);
        }

        await Admin<OpenSurveyHandler>().HandleAsync(new OpenSurvey(survey, now.AddHours(-1), now.AddDays(10)), Ct);
        var view = await Admin<GetSurveyHandler>().HandleAsync(new GetSurvey(survey), Ct);
        var questions = view.Questions.ToDictionary(q => q.CriterionCode, q => q.Id);
        return (story, survey, view.Groups.Single().Id, questions["2.2"], questions["2.1"]);
    }

    private T Admin<T>()
        where T : notnull => app.Handler<T>(Roles.Administrator, userId: TestApp.AdministratorId);

    private Task<SipasForm> Form(string code) => app.Handler<GetSipasFormHandler>(string.Empty).HandleAsync(new GetSipasForm(code), Ct);

    private Task Submit(string code, string token, params (Guid Question, string Option)[] answers) =>
        app.Handler<SubmitSipasAnswersHandler>(string.Empty).HandleAsync(
            new SubmitSipasAnswers(code, token, [.. answers.Select(a => new SipasAnswer(a.Question, a.Option))]), Ct);
}
