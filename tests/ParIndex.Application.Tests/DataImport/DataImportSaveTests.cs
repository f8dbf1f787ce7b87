using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Application.Tests.Infrastructure;

namespace ParIndex.Application.Tests.DataImport;

/// <summary>Saving a previewed file: all rows or none, replacing the period's earlier import, with an audit trail.</summary>
public sealed class DataImportSaveTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Import_RateAndAnswerCounts_RecordsThePointsTheRulesGive()
    {
        var s = await DataImportStory.SeedAsync(app);
        var csv = DataFiles.Csv($"""
            Mã đơn vị,Mã tiêu chí,Tỷ lệ,A,B,C,D
            {s.UnitA.Code},2.1,90,,,,
            {s.UnitA.Code},2.2,,10,5,5,0
            {s.UnitB.Code},3.1,95,,,,
            """);

        var outcome = await s.ImportAsync(app, "khao-sat.csv", csv);

        Assert.Equal(3, outcome.Recorded);
        Assert.Equal(3, outcome.Changed);
        var rate = await s.ResponseAsync(app, s.AssessmentA, s.Survey);
        Assert.Equal(1.8m, rate!.FinalScore);
        Assert.Equal($"survey:{outcome.ImportId}", rate.DataSource);
        Assert.Equal("""{"rate":90}""", rate.Inputs);
        // (10×100 + 5×60 + 5×20 + 0×0) / 20 = 70% of 4 points.
        var answers = await s.ResponseAsync(app, s.AssessmentA, s.Answers);
        Assert.Equal(2.8m, answers!.FinalScore);
        Assert.Equal("""{"answers":{"A":10,"B":5,"C":5,"D":0}}""", answers.Inputs);
        Assert.Equal(2m, (await s.ResponseAsync(app, s.AssessmentB, s.External))!.FinalScore);

        await using var db = app.NewDbContext();
        var import = await db.SurveyImports.SingleAsync(i => i.PeriodId == s.PeriodId);
        Assert.Equal(("khao-sat.csv", FileFingerprint.Sha256Of(csv), 3, TestApp.AdministratorId), (import.FileName, import.Sha256, import.Rows, import.ImportedByUserId));
        Assert.Null(import.ReplacedByImportId);
        var audit = await db.AuditEntries.SingleAsync(e => e.Action == "data.imported" && e.EntityId == import.Id.ToString());
        Assert.Equal("3", AuditValues.Text(audit.NewValues, "Rows"));
        Assert.Equal(FileFingerprint.Sha256Of(csv), AuditValues.Text(audit.NewValues, "Sha256"));
        var recorded = await db.AuditEntries.Where(e => e.Action == "data.recorded" && e.EntityId == rate.Id.ToString()).SingleAsync();
        Assert.Null(AuditValues.Text(recorded.OldValues, "FinalScore"));
        Assert.Equal(1.8m, decimal.Parse(AuditValues.Text(recorded.NewValues, "FinalScore")!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Reimport_ReplacesTheEarlierImport_ClearingWhatTheNewFileLeavesOut()
    {
        var s = await DataImportStory.SeedAsync(app);
        var first = await s.ImportAsync(app, "lan-1.csv", DataFiles.Csv($"Mã đơn vị,Mã tiêu chí,Tỷ lệ\n{s.UnitA.Code},2.1,90\n{s.UnitB.Code},2.1,80\n"));

        var second = await s.ImportAsync(app, "lan-2.csv", DataFiles.Csv($"Mã đơn vị,Mã tiêu chí,Tỷ lệ\n{s.UnitA.Code},2.1,50\n"));

        Assert.Equal((1, 1, 1), (second.Recorded, second.Changed, second.Cleared));
        var a = await s.ResponseAsync(app, s.AssessmentA, s.Survey);
        Assert.Equal((1m, $"survey:{second.ImportId}"), (a!.FinalScore, a.DataSource));
        var b = await s.ResponseAsync(app, s.AssessmentB, s.Survey);
        Assert.Equal(((decimal?)null, (string?)null, "{}"), (b!.FinalScore, b.DataSource, b.Inputs));

        await using var db = app.NewDbContext();
        var old = await db.SurveyImports.SingleAsync(i => i.Id == first.ImportId);
        Assert.Equal(second.ImportId, old.ReplacedByImportId);
        Assert.Null((await db.SurveyImports.SingleAsync(i => i.Id == second.ImportId)).ReplacedByImportId);
        var cleared = await db.AuditEntries.SingleAsync(e => e.Action == "data.cleared" && e.EntityId == b.Id.ToString());
        Assert.Equal(1.6m, decimal.Parse(AuditValues.Text(cleared.OldValues, "FinalScore")!, CultureInfo.InvariantCulture));
        Assert.Null(AuditValues.Text(cleared.NewValues, "FinalScore"));
        var imported = await db.AuditEntries.SingleAsync(e => e.Action == "data.imported" && e.EntityId == second.ImportId.ToString());
        Assert.Equal("lan-1.csv", AuditValues.Text(imported.OldValues, "FileName"));
        Assert.Equal("1", AuditValues.Text(imported.NewValues, "Cleared"));

        var history = await app.Handler<ListDataImportsHandler>(Roles.CouncilMember).HandleAsync(new ListDataImports(s.PeriodId), Ct);
        Assert.Equal(["lan-2.csv", "lan-1.csv"], history.Imports.Select(i => i.FileName));
        Assert.Equal([true, false], history.Imports.Select(i => i.IsCurrent));
    }

    [Fact]
    public async Task Import_PreviewShowsWhatTheReplacementWillClear()
    {
        var s = await DataImportStory.SeedAsync(app);
        await s.ImportAsync(app, "lan-1.csv", DataFiles.Csv($"Mã đơn vị,Mã tiêu chí,Tỷ lệ\n{s.UnitA.Code},2.1,90\n{s.UnitB.Code},2.1,80\n"));

        var preview = await s.PreviewAsync(app, "lan-2.csv", DataFiles.Csv($"Mã đơn vị,Mã tiêu chí,Tỷ lệ\n{s.UnitA.Code},2.1,50\n"));

        Assert.Equal("lan-1.csv", preview.Replaces?.FileName);
        Assert.Equal(1, preview.Counts.ToClear);
    }

    [Fact]
    public async Task Import_FileWithOneBadRow_SavesNothing()
    {
        var s = await DataImportStory.SeedAsync(app);
        var csv = DataFiles.Csv($"Mã đơn vị,Mã tiêu chí,Tỷ lệ\n{s.UnitA.Code},2.1,90\n{s.UnitB.Code},2.1,101\n");
        var preview = await s.PreviewAsync(app, "loi.csv", csv);
        Assert.False(preview.CanImport);

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            app.Handler<ImportDataHandler>(Roles.Administrator).HandleAsync(new ImportData(s.PeriodId, "loi.csv", csv, preview.Sha256), Ct));

        Assert.Contains("dòng 3", refused.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        await AssertNothingSavedAsync(s);
    }

    [Fact]
    public async Task Import_OfAnotherFileThanThePreviewed_IsRefused()
    {
        var s = await DataImportStory.SeedAsync(app);
        var previewed = await s.PreviewAsync(app, "a.csv", DataFiles.Csv($"Mã đơn vị,Mã tiêu chí,Tỷ lệ\n{s.UnitA.Code},2.1,90\n"));
        var changed = DataFiles.Csv($"Mã đơn vị,Mã tiêu chí,Tỷ lệ\n{s.UnitA.Code},2.1,100\n");

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            app.Handler<ImportDataHandler>(Roles.Administrator).HandleAsync(new ImportData(s.PeriodId, "a.csv", changed, previewed.Sha256), Ct));

        Assert.Equal(nameof(ImportData.PreviewedSha256), refused.Errors.Single().PropertyName);
        await AssertNothingSavedAsync(s);
    }

    [Theory]
    [InlineData(Roles.AgencyStaff)]
    [InlineData(Roles.AgencyLeader)]
    public async Task Import_ByAgencyRoles_IsRefused(string role)
    {
        var s = await DataImportStory.SeedAsync(app);
        var csv = DataFiles.Csv($"Mã đơn vị,Mã tiêu chí,Tỷ lệ\n{s.UnitA.Code},2.1,90\n");

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<ImportDataHandler>(role, s.UnitA.Id)
            .HandleAsync(new ImportData(s.PeriodId, "a.csv", csv, FileFingerprint.Sha256Of(csv)), Ct));

        await AssertNothingSavedAsync(s);
    }

    [Fact]
    public async Task Import_ByAnInspector_ClearsOnlyWhatTheInspectorAppraises()
    {
        var s = await DataImportStory.SeedAsync(app);
        await s.ImportAsync(app, "tat-ca.csv", DataFiles.Csv($"Mã đơn vị,Mã tiêu chí,Tỷ lệ\n{s.UnitA.Code},2.1,90\n{s.UnitA.Code},3.1,99\n"));
        var inspector = await s.AssignInspectorAsync(app, s.SurveyDomain);

        var outcome = await s.ImportAsync(app, "khao-sat.csv", DataFiles.Csv($"Mã đơn vị,Mã tiêu chí,Tỷ lệ\n{s.UnitB.Code},2.1,70\n"), Roles.Inspector, inspector);

        Assert.Equal(1, outcome.Cleared);
        Assert.Null((await s.ResponseAsync(app, s.AssessmentA, s.Survey))!.FinalScore);
        Assert.Equal(4m, (await s.ResponseAsync(app, s.AssessmentA, s.External))!.FinalScore);
        Assert.Equal(1.4m, (await s.ResponseAsync(app, s.AssessmentB, s.Survey))!.FinalScore);
    }

    [Fact]
    public async Task Import_CsvWithSemicolonsAndDecimalComma_IsSaved()
    {
        var s = await DataImportStory.SeedAsync(app);

        await s.ImportAsync(app, "hai-long.csv", DataFiles.Csv($"Mã đơn vị;Mã tiêu chí;Tỷ lệ\n{s.UnitA.Code};2.1;92,5\n", bom: true));

        Assert.Equal(1.85m, (await s.ResponseAsync(app, s.AssessmentA, s.Survey))!.FinalScore);
    }

    [Fact]
    public async Task Import_Xlsx_IsSaved()
    {
        var s = await DataImportStory.SeedAsync(app);

        await s.ImportAsync(app, "ket-qua.xlsx", DataFiles.Xlsx(["Mã đơn vị", "Mã tiêu chí", "Tỷ lệ"], [s.UnitB.Code, "2.1", "90"]));

        Assert.Equal(1.8m, (await s.ResponseAsync(app, s.AssessmentB, s.Survey))!.FinalScore);
    }

    private async Task AssertNothingSavedAsync(DataImportStory s)
    {
        await using var db = app.NewDbContext();
        Assert.False(await db.SurveyImports.AnyAsync(i => i.PeriodId == s.PeriodId));
        Assert.False(await db.CriterionResponses.AnyAsync(r => (r.AssessmentId == s.AssessmentA || r.AssessmentId == s.AssessmentB) && r.DataSource != null));
    }
}
