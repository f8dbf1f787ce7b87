using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Surveys;
using ParIndex.Application.Tests.DataImport;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Tests.Surveys;

/// <summary>
/// From design to applied points on <see cref="DataImportStory"/>'s communes A, B, C (survey criteria 2.1, 2 points,
/// and 2.2, 4 points): one group of leaders, two questions, a minimum of two counted answers per unit.
/// </summary>
public sealed class SurveyLifecycleTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task TwoRespondents_Submit_ThenClosedAndApplied_WritesThePointsWorkedByHand()
    {
        var (story, survey, q22, q21, codes) = await OpenSurveyAsync(invitations: 3);
        var (a, b, c) = (story.UnitA.Id, story.UnitB.Id, story.UnitC.Id);

        var form = await Form(codes[0]);
        Assert.Null(form.Refusal);
        Assert.Equal(6, form.CellCount);
        Assert.Equal(new[] { a, b, c }.Order(), form.Units.Select(u => u.UnitId).Order());

        await Save(codes[0], (a, q22, "A"), (a, q21, "B"), (b, q22, "C"));
        var incomplete = await Assert.ThrowsAsync<DomainException>(() => Submit(codes[0]));
        Assert.Equal("invitation.incomplete", incomplete.Code);
        Assert.Contains("còn 3 câu chưa chọn", DomainMessages.For(incomplete), StringComparison.Ordinal);
        Assert.Equal("A", (await Form(codes[0])).Answers[SurveyForm.CellKey(a, q22)]); // saved, come back later

        await Save(codes[0], (b, q21, "X"), (c, q22, "D"), (c, q21, "A"));
        await Submit(codes[0]);
        await Save(codes[1], (a, q22, "B"), (a, q21, "B"), (b, q22, "A"), (b, q21, "A"), (c, q22, "X"), (c, q21, "X"));
        await Submit(codes[1]);

        // Replayed: refused in Vietnamese, and still two ballots.
        var replay = await Assert.ThrowsAsync<DomainException>(() => Submit(codes[0]));
        Assert.Equal("invitation.submitted", replay.Code);
        Assert.Contains("chỉ gửi được một lần", DomainMessages.For(replay), StringComparison.Ordinal);
        Assert.Equal("invitation.submitted", (await Assert.ThrowsAsync<DomainException>(() => Save(codes[0], (a, q22, "D")))).Code);
        Assert.NotNull((await Form(codes[0])).Refusal);

        var results = await app.Handler<GetSurveyResultsHandler>(Roles.Inspector).HandleAsync(new GetSurveyResults(survey), Ct);
        Assert.Equal(2, results.Ballots);
        // A: 2.2 (100 + 60) / 2 = 80 % of 4 = 3.2; 2.1 (60 + 60) / 2 = 60 % of 2 = 1.2. B: 2.2 (20 + 100) / 2 = 60 % of 4 = 2.4;
        // 2.1 one counted answer ("X" is not) → none. C: one counted answer each → none.
        Assert.Equal((2, 80m, 3.2m), Line(results, "2.2", a));
        Assert.Equal((2, 60m, 1.2m), Line(results, "2.1", a));
        Assert.Equal((2, 60m, 2.4m), Line(results, "2.2", b));
        Assert.Equal((1, (decimal?)null, (decimal?)null), Line(results, "2.1", b));
        Assert.Equal((1, (decimal?)null, (decimal?)null), Line(results, "2.2", c));

        var early = await Assert.ThrowsAsync<DomainException>(() => Admin<ApplySurveyResultsHandler>().HandleAsync(new ApplySurveyResults(survey), Ct));
        Assert.Equal("survey.notClosed", early.Code);
        await Admin<CloseSurveyHandler>().HandleAsync(new CloseSurvey(survey), Ct);
        Assert.Equal("survey.closed", (await Assert.ThrowsAsync<DomainException>(() => Submit(codes[2]))).Code);

        var applied = await Admin<ApplySurveyResultsHandler>().HandleAsync(new ApplySurveyResults(survey), Ct);

        Assert.Equal((3, 3), (applied.Recorded, applied.WithoutResult));
        Assert.Equal(3.2m, (await story.ResponseAsync(app, story.AssessmentA, story.Answers))!.FinalScore);
        Assert.Equal(1.2m, (await story.ResponseAsync(app, story.AssessmentA, story.Survey))!.FinalScore);
        Assert.Equal(2.4m, (await story.ResponseAsync(app, story.AssessmentB, story.Answers))!.FinalScore);
        Assert.Null((await story.ResponseAsync(app, story.AssessmentB, story.Survey))?.FinalScore);
        await using var db = app.NewDbContext();
        var import = await db.SurveyImports.SingleAsync(i => i.PeriodId == story.PeriodId && i.ReplacedByImportId == null);
        Assert.Equal((applied.ImportId, 3), (import.Id, import.Rows));
        Assert.StartsWith("Khảo sát trực tuyến", import.FileName, StringComparison.Ordinal);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "survey.applied" && e.EntityId == survey.ToString()));
    }

    [Fact]
    public async Task Anonymity_BallotsNameNoInvitation_InvitationsKeepNoAnswers_AndTheAuditNamesNeither()
    {
        var (_, survey, q22, q21, codes) = await OpenSurveyAsync(invitations: 1);
        var form = await Form(codes[0]);
        await Save(codes[0], [.. form.Units.SelectMany(u => new[] { (u.UnitId, q22, "A"), (u.UnitId, q21, "C") })]);

        await Submit(codes[0]);

        await using var db = app.NewDbContext();
        var invitation = await db.SurveyInvitations.AsNoTracking().SingleAsync(i => i.SurveyId == survey);
        Assert.Equal((InvitationState.Submitted, 0), (invitation.State, invitation.Draft.Count));
        var columns = db.Model.FindEntityType(typeof(SurveyBallot))!.GetProperties().Select(p => p.GetColumnName()).Order().ToList();
        Assert.Equal(["Answers", "GroupId", "Id", "SurveyId"], columns);
        var cast = await db.AuditEntries.AsNoTracking().Where(e => e.Action == "survey.ballotCast").ToListAsync();
        Assert.All(cast, e => Assert.Equal((survey.ToString(), (Guid?)null, (string?)null), (e.EntityId, e.UserId, e.IpAddress)));
        Assert.DoesNotContain(await db.AuditEntries.AsNoTracking().ToListAsync(),
            e => (e.NewValues ?? string.Empty).Contains(invitation.Id.ToString(), StringComparison.Ordinal) || e.EntityId == invitation.Id.ToString());
    }

    [Fact]
    public async Task RevokedOrUnknownOrExpiredCodes_AreRefused_AndOnlyHomeAffairsManages()
    {
        var (_, survey, q22, _, codes) = await OpenSurveyAsync(invitations: 2);
        var invitations = await Admin<ListInvitationsHandler>().HandleAsync(new ListInvitations(survey), Ct);
        await Admin<RevokeInvitationHandler>().HandleAsync(new RevokeInvitation(survey, invitations.Single(i => i.Code == codes[1]).Id), Ct);

        Assert.Equal("invitation.revoked", (await Assert.ThrowsAsync<DomainException>(() => Submit(codes[1]))).Code);
        Assert.Equal("invitation.unknown", (await Assert.ThrowsAsync<DomainException>(() => Submit("ZZZZZ-ZZZZZ"))).Code);
        Assert.Equal("invitation.unknown", (await Assert.ThrowsAsync<DomainException>(() => Form("không phải mã"))).Code);

        var now = app.Clock.Now;
        try
        {
            app.Clock.Now = now.AddDays(30);
            var form = await Form(codes[0]);
            Assert.Contains("đã kết thúc", form.Refusal, StringComparison.Ordinal);
            Assert.Equal("survey.closed", (await Assert.ThrowsAsync<DomainException>(() => Save(codes[0], (Guid.NewGuid(), q22, "A")))).Code);
        }
        finally
        {
            app.Clock.Now = now;
        }

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<IssueInvitationsHandler>(Roles.Inspector)
            .HandleAsync(new IssueInvitations(survey, Guid.NewGuid(), 1), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<ListInvitationsHandler>(Roles.Leader).HandleAsync(new ListInvitations(survey), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<GetSurveyResultsHandler>(Roles.AgencyStaff).HandleAsync(new GetSurveyResults(survey), Ct));
    }

    private async Task<(DataImportStory Story, Guid Survey, Guid Q22, Guid Q21, IReadOnlyList<string> Codes)> OpenSurveyAsync(int invitations)
    {
        var story = await DataImportStory.SeedAsync(app);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var survey = await Admin<CreateSurveyHandler>().HandleAsync(new CreateSurvey(story.PeriodId, "Điều tra xã hội học 2026", MinimumAnswers: 2), Ct);
        var design = Admin<ChangeSurveyDesignHandler>();
        await design.HandleAsync(new AddSurveyQuestion(survey, "2.2", "Mức độ hài lòng với cách xã giải quyết thủ tục?"), Ct);
        await design.HandleAsync(new AddSurveyQuestion(survey, "2.1", "Thái độ phục vụ của cán bộ xã?"), Ct);
        await using (var db = app.NewDbContext())
        {
            var block = (await db.Units.AsNoTracking().SingleAsync(u => u.Id == story.UnitA.Id)).BlockId;
            await design.HandleAsync(new AddRespondentGroup(survey, "Lãnh đạo các sở", [block]), Ct);
        }

        var view = await Admin<GetSurveyHandler>().HandleAsync(new GetSurvey(survey), Ct);
        await Admin<OpenSurveyHandler>().HandleAsync(new OpenSurvey(survey, now.AddHours(-1), now.AddDays(10)), Ct);
        var codes = await Admin<IssueInvitationsHandler>().HandleAsync(new IssueInvitations(survey, view.Groups.Single().Id, invitations), Ct);
        var questions = view.Questions.ToDictionary(q => q.CriterionCode, q => q.Id);
        return (story, survey, questions["2.2"], questions["2.1"], codes);
    }

    private static (int, decimal?, decimal?) Line(SurveyResults results, string criterion, Guid unit)
    {
        var line = results.Lines.Single(l => l.CriterionCode == criterion && l.UnitId == unit);
        return (line.Answers, line.Rate, line.Points);
    }

    private T Admin<T>()
        where T : notnull => app.Handler<T>(Roles.Administrator, userId: TestApp.AdministratorId);

    private Task<SurveyForm> Form(string code) => app.Handler<GetSurveyFormHandler>(string.Empty).HandleAsync(new GetSurveyForm(code), Ct);

    private Task<SurveyProgressSaved> Save(string code, params (Guid Unit, Guid Question, string Option)[] answers) =>
        app.Handler<SaveSurveyAnswersHandler>(string.Empty).HandleAsync(new SaveSurveyAnswers(code, [.. answers.Select(x => new SurveyAnswer(x.Unit, x.Question, x.Option))]), Ct);

    private Task Submit(string code) => app.Handler<SubmitSurveyHandler>(string.Empty).HandleAsync(new SubmitSurvey(code), Ct);
}
