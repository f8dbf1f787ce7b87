using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Application.Tests.Infrastructure;

namespace ParIndex.Application.Tests.DataImport;

/// <summary>External figures (chỉ số ngành) typed by hand, one unit and criterion at a time.</summary>
public sealed class ExternalDataTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Enter_ByAdministrator_RecordsTheTierPoints_WithWhoEnteredThem()
    {
        var s = await DataImportStory.SeedAsync(app);

        var entered = await Enter(s, Roles.Administrator, null, "98,5");

        Assert.Equal(4m, entered.Points);
        Assert.Equal("external:administrator", entered.Source);
        var response = await s.ResponseAsync(app, s.AssessmentA, s.External);
        Assert.Equal((4m, "external:administrator", """{"rate":98.5}"""), (response!.FinalScore!.Value, response.DataSource, response.Inputs));
        await using var db = app.NewDbContext();
        var audit = await db.AuditEntries.SingleAsync(e => e.Action == "data.external.entered" && e.EntityId == response.Id.ToString());
        Assert.Null(AuditValues.Text(audit.OldValues, "FinalScore"));
        Assert.Equal(4m, decimal.Parse(AuditValues.Text(audit.NewValues, "FinalScore")!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Enter_EmptyValues_ClearTheFigures()
    {
        var s = await DataImportStory.SeedAsync(app);
        await Enter(s, Roles.Administrator, null, "91");

        var cleared = await Enter(s, Roles.Administrator, null, " ");

        Assert.Null(cleared.Points);
        Assert.Null((await s.ResponseAsync(app, s.AssessmentA, s.External))!.FinalScore);
    }

    [Fact]
    public async Task Enter_NotANumberOrOverAHundred_IsRefusedInVietnamese()
    {
        var s = await DataImportStory.SeedAsync(app);

        var word = await Assert.ThrowsAsync<ValidationException>(() => Enter(s, Roles.Administrator, null, "chín mươi"));
        var over = await Assert.ThrowsAsync<ValidationException>(() => Enter(s, Roles.Administrator, null, "101"));

        Assert.Contains("nhập một số", word.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("không vượt quá 100", over.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        Assert.Null(await s.ResponseAsync(app, s.AssessmentA, s.External));
    }

    [Fact]
    public async Task Enter_OnASurveyOrSelfAssessedLeaf_IsNotFound()
    {
        var s = await DataImportStory.SeedAsync(app);
        var handler = app.Handler<EnterExternalDataHandler>(Roles.Administrator);

        await Assert.ThrowsAsync<NotFoundException>(() => handler.HandleAsync(new EnterExternalData(s.AssessmentA, s.Survey, Rate("90")), Ct));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            app.Handler<EnterExternalDataHandler>(Roles.Administrator).HandleAsync(new EnterExternalData(s.AssessmentA, s.SelfAssessed, Rate("90")), Ct));
    }

    [Fact]
    public async Task Enter_ByInspectors_OnlyWithinTheirDomain()
    {
        var s = await DataImportStory.SeedAsync(app);
        var surveyInspector = await s.AssignInspectorAsync(app, s.SurveyDomain);
        var externalInspector = await s.AssignInspectorAsync(app, s.ExternalDomain);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Enter(s, Roles.Inspector, surveyInspector, "95"));
        var entered = await Enter(s, Roles.Inspector, externalInspector, "95");

        Assert.Equal(2m, entered.Points);
    }

    [Theory]
    [InlineData(Roles.AgencyStaff)]
    [InlineData(Roles.AgencyLeader)]
    [InlineData(Roles.CouncilMember)]
    public async Task Enter_ByRolesThatDoNotEnterData_IsRefused(string role)
    {
        var s = await DataImportStory.SeedAsync(app);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Enter(s, role, null, "95", s.UnitA.Id));

        Assert.Null(await s.ResponseAsync(app, s.AssessmentA, s.External));
    }

    [Fact]
    public async Task Enter_InADraftPeriod_IsRefusedByTheWorkflow()
    {
        var s = await DataImportStory.SeedAsync(app, open: false);

        await Assert.ThrowsAsync<WorkflowRefusedException>(() => Enter(s, Roles.Administrator, null, "95"));
    }

    [Fact]
    public async Task Get_ListsTheExternalCriterion_WithEachUnitsFiguresAndWhoMayEdit()
    {
        var s = await DataImportStory.SeedAsync(app);
        await Enter(s, Roles.Administrator, null, "99");
        var surveyInspector = await s.AssignInspectorAsync(app, s.SurveyDomain);

        var data = await app.Handler<GetExternalDataHandler>(Roles.Administrator).HandleAsync(new GetExternalData(s.PeriodId), Ct);
        var asInspector = await app.Handler<GetExternalDataHandler>(Roles.Inspector, userId: surveyInspector).HandleAsync(new GetExternalData(s.PeriodId), Ct);

        var criterion = Assert.Single(data.Criteria);
        Assert.Equal(("3.1", "rate"), (criterion.Code, criterion.Fields.Single().Name));
        Assert.Equal(3, criterion.Units.Count);
        var a = criterion.Units.Single(u => u.UnitId == s.UnitA.Id);
        Assert.Equal(("99", 4m, "nhập tay bởi administrator", true), (a.Values["rate"], a.Points!.Value, a.Source, a.CanEdit));
        Assert.All(asInspector.Criteria.Single().Units, u => Assert.False(u.CanEdit));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            app.Handler<GetExternalDataHandler>(Roles.AgencyStaff, s.UnitA.Id).HandleAsync(new GetExternalData(s.PeriodId), Ct));
    }

    private Task<ExternalDataEntered> Enter(DataImportStory s, string role, Guid? userId, string rate, Guid? unitId = null) =>
        app.Handler<EnterExternalDataHandler>(role, unitId, userId).HandleAsync(new EnterExternalData(s.AssessmentA, s.External, Rate(rate), s.PeriodId), Ct);

    private static Dictionary<string, string?> Rate(string rate) => new() { ["rate"] = rate };
}
