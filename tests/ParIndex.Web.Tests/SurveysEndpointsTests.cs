using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Application.Surveys;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Units;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Endpoints;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>
/// The online survey over HTTP: Home Affairs designs and opens it and issues codes; a respondent without an account
/// saves, is refused a partial submission, submits once and is refused a replay; no endpoint joins answers to a code;
/// other roles get 403; the public form has its own rate limit.
/// </summary>
public sealed class SurveysEndpointsTests(SurveysEndpointsTests.Fixture portal) : IClassFixture<SurveysEndpointsTests.Fixture>
{
    private const string Password = "một câu mật khẩu đủ dài";

    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public Guid PeriodId { get; private set; }

        public Guid BlockId { get; private set; }

        public async Task InitializeAsync()
        {
            var now = DateTime.UtcNow;
            await using (var scope = Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
                var block = new Block("XA", "Xã, phường", "Communes", BlockKind.CommuneWard, isRanked: true, sortOrder: 1);
                var framework = new Framework("XA-KS", "Bộ chỉ số xã", BlockKind.CommuneWard, 1, "Minh họa", isIllustrative: true);
                var domain = framework.AddNode(null, NodeLevel.Domain, "1", "Hài lòng", 4m);
                framework.AddNode(domain, NodeLevel.Criterion, "1.1", "Đánh giá của người dân", 4m)
                    .SetRule(AssessmentMethod.Survey, RuleType.Survey, """{"weights":{"A":100,"B":60,"C":20,"D":0}}""", WhenNothingToCount.Zero);
                var period = new EvaluationPeriod(now.Year, $"Năm {now.Year}", now.AddDays(-5), now.AddDays(10));
                period.UseFramework(block.Id, framework.Id);
                period.SetBands(null, ClassificationBands.Default);
                period.MoveTo(PeriodState.SelfAssessmentOpen, now);
                var units = new[] { new Unit("XA1", "Xã An Hòa", block.Id), new Unit("XA2", "Phường Bến Thủy", block.Id) };
                db.AddRange(block, framework, period);
                db.AddRange(units);
                db.AddRange(units.Select(u => new Assessment(period.Id, u.Id, u.BlockId, framework.Id)));
                await db.SaveChangesAsync();
                (PeriodId, BlockId) = (period.Id, block.Id);
            }

            await CreateUserAsync("noivu", Password, Roles.Administrator, fullName: "Sở Nội vụ");
            await CreateUserAsync("thamdinh", Password, Roles.Inspector);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task InvitationLifecycle_SaveComeBackSubmitOnce_ReplayAndPartialAreRefusedInVietnamese()
    {
        var admin = await SignedInAsync("noivu");
        var (surveyId, codes) = await OpenSurveyAsync(admin, invitations: 2);
        var respondent = portal.CreateBrowser();

        var form = await respondent.GetFromJsonAsync<SurveyForm>($"/api/survey-form/{codes[0]}");
        Assert.Null(form!.Refusal);
        Assert.Equal(2, form.CellCount);
        var question = form.Questions.Single().Id;
        var saved = await respondent.PutAsJsonAsync($"/api/survey-form/{codes[0].ToLowerInvariant()}/answers",
            new SurveysEndpoints.AnswersBody([new SurveyAnswer(form.Units[0].UnitId, question, "A")]));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(new SurveyProgressSaved(1, 2), await saved.Content.ReadFromJsonAsync<SurveyProgressSaved>());

        var partial = await respondent.PostAsync($"/api/survey-form/{codes[0]}/submit", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, partial.StatusCode);
        Assert.Contains("còn 1 câu chưa chọn", await partial.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another device, the same code: the saved answer is there.
        var again = await portal.CreateBrowser().GetFromJsonAsync<SurveyForm>($"/api/survey-form/{codes[0]}");
        Assert.Equal("A", again!.Answers[SurveyForm.CellKey(form.Units[0].UnitId, question)]);
        await respondent.PutAsJsonAsync($"/api/survey-form/{codes[0]}/answers",
            new SurveysEndpoints.AnswersBody([new SurveyAnswer(form.Units[1].UnitId, question, "B")]));
        Assert.Equal(HttpStatusCode.NoContent, (await respondent.PostAsync($"/api/survey-form/{codes[0]}/submit", null)).StatusCode);

        var replay = await respondent.PostAsync($"/api/survey-form/{codes[0]}/submit", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, replay.StatusCode);
        using var problem = JsonDocument.Parse(await replay.Content.ReadAsStringAsync());
        Assert.Equal("invitation.submitted", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("chỉ gửi được một lần", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var unknown = await respondent.GetAsync("/api/survey-form/AAAAA-BBBBB");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);

        var view = await admin.GetFromJsonAsync<SurveyView>($"/api/surveys/{surveyId}");
        Assert.Equal((2, 1, 1), (view!.Groups.Single().Issued, view.Groups.Single().Submitted, view.Ballots));
        Assert.Equal(50m, view.Groups.Single().ResponseRate);
    }

    [Fact]
    public async Task NoEndpoint_JoinsAnswersToAnInvitation()
    {
        var admin = await SignedInAsync("noivu");
        var (surveyId, codes) = await OpenSurveyAsync(admin, invitations: 1);
        var respondent = portal.CreateBrowser();
        var form = await respondent.GetFromJsonAsync<SurveyForm>($"/api/survey-form/{codes[0]}");
        await respondent.PutAsJsonAsync($"/api/survey-form/{codes[0]}/answers",
            new SurveysEndpoints.AnswersBody([.. form!.Units.Select(u => new SurveyAnswer(u.UnitId, form.Questions[0].Id, "C"))]));
        await respondent.PostAsync($"/api/survey-form/{codes[0]}/submit", null);

        using var invitations = JsonDocument.Parse(await admin.GetStringAsync($"/api/surveys/{surveyId}/invitations"));
        var row = invitations.RootElement.EnumerateArray().Single();
        Assert.Equal(["code", "groupId", "groupName", "id", "label", "started", "state"], row.EnumerateObject().Select(p => p.Name).Order());
        using var results = JsonDocument.Parse(await admin.GetStringAsync($"/api/surveys/{surveyId}/results"));
        Assert.DoesNotContain(codes[0], results.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.All(results.RootElement.GetProperty("lines").EnumerateArray(), l => Assert.Equal(1, l.GetProperty("answers").GetInt32()));
        // The code now shows only that it was used.
        var used = await respondent.GetFromJsonAsync<SurveyForm>($"/api/survey-form/{codes[0]}");
        Assert.Equal((0, 0), (used!.Answers.Count, used.Units.Count));
        Assert.NotNull(used.Refusal);
    }

    [Fact]
    public async Task OnlyHomeAffairsManages_OthersGet403_AndAnonymousGetsNoManagement()
    {
        var admin = await SignedInAsync("noivu");
        var (surveyId, _) = await OpenSurveyAsync(admin, invitations: 1);
        var inspector = await SignedInAsync("thamdinh");

        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.PostAsJsonAsync("/api/surveys", new CreateSurvey(portal.PeriodId, "Chen ngang"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync($"/api/surveys/{surveyId}/invitations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.PostAsync($"/api/surveys/{surveyId}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.PostAsync($"/api/surveys/{surveyId}/apply", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"/api/surveys/{surveyId}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await portal.CreateBrowser().GetAsync($"/api/surveys/{surveyId}")).StatusCode);
    }

    [Fact]
    public async Task SipasLink_CitizenAnswersOncePerBrowser_AndTheExportsNameNoCode()
    {
        var admin = await SignedInAsync("noivu");
        var (surveyId, codes) = await OpenSurveyAsync(admin, invitations: 1);
        var view = await admin.GetFromJsonAsync<SurveyView>($"/api/surveys/{surveyId}");
        var unit = view!.Units.First().UnitId;

        var badMargin = await admin.PostAsJsonAsync($"/api/surveys/{surveyId}/sipas", new SipasEndpoints.SipasLinkBody(view.Groups[0].Id, unit, 1000, 0.5m));
        Assert.Equal(HttpStatusCode.BadRequest, badMargin.StatusCode);
        Assert.Contains("Sai số (e) từ 0,01 đến 0,2", await badMargin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var created = await admin.PostAsJsonAsync($"/api/surveys/{surveyId}/sipas", new SipasEndpoints.SipasLinkBody(view.Groups[0].Id, unit, 1000, 0.05m));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var link = (await created.Content.ReadFromJsonAsync<Application.Surveys.Sipas.SipasLinkCreated>())!;
        Assert.Equal(286, link.Quota); // 1000 / (1 + 1000 × 0,05²) = 285,7 → 286

        var citizen = portal.CreateBrowser();
        var form = await citizen.GetFromJsonAsync<Application.Surveys.Sipas.SipasForm>($"/api/sipas/{link.Code}");
        Assert.Null(form!.Refusal);
        var answers = new SipasEndpoints.SipasAnswersBody("a-browser-token-1234", [new(form.Questions.Single().Id, "B")]);
        Assert.Equal(HttpStatusCode.NoContent, (await citizen.PostAsJsonAsync($"/api/sipas/{link.Code}", answers)).StatusCode);
        var replay = await citizen.PostAsJsonAsync($"/api/sipas/{link.Code}", answers);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, replay.StatusCode);
        Assert.Contains("đã gửi phiếu khảo sát cho đơn vị này", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(Security.SurveyRateLimit.Applies(new Microsoft.AspNetCore.Http.DefaultHttpContext { Request = { Path = "/api/sipas/ABCDEFGHJK" } }));
        Assert.True(Security.SurveyRateLimit.Applies(new Microsoft.AspNetCore.Http.DefaultHttpContext { Request = { Path = "/sipas/ABCDEFGHJK" } }));

        var export = await admin.GetAsync($"/api/surveys/{surveyId}/exports/answers.xlsx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        var qr = await admin.GetAsync($"/api/surveys/{surveyId}/qr/{link.Code}.png");
        Assert.Equal(("image/png", HttpStatusCode.OK), (qr.Content.Headers.ContentType!.MediaType, qr.StatusCode));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/surveys/{surveyId}/reports/results.pdf")).StatusCode);
        var inspector = await SignedInAsync("thamdinh");
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync($"/api/surveys/{surveyId}/exports/answers.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync($"/api/surveys/{surveyId}/qr/{codes[0]}.png")).StatusCode);
    }

    private async Task<(Guid SurveyId, IReadOnlyList<string> Codes)> OpenSurveyAsync(HttpClient admin, int invitations)
    {
        var created = await admin.PostAsJsonAsync("/api/surveys", new CreateSurvey(portal.PeriodId, "Khảo sát người dân", MinimumAnswers: 1));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<CreatedResource>())!.Id;
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/surveys/{id}/questions",
            new SurveysEndpoints.QuestionBody("1.1", "Bạn đánh giá thế nào về thái độ phục vụ?"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/surveys/{id}/groups",
            new SurveysEndpoints.GroupBody("Đại biểu HĐND", [portal.BlockId]))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/surveys/{id}/open",
            new SurveysEndpoints.OpenBody(DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddDays(7)))).StatusCode);
        var view = await admin.GetFromJsonAsync<SurveyView>($"/api/surveys/{id}");
        var issued = await admin.PostAsJsonAsync($"/api/surveys/{id}/invitations", new SurveysEndpoints.InvitationsBody(view!.Groups.Single().Id, invitations, null));
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        return (id, (await issued.Content.ReadFromJsonAsync<List<string>>())!);
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, userName, Password);
        return client;
    }
}
