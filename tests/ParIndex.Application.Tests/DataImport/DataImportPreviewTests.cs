using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Tests.DataImport;

/// <summary>The preview reads a file against the period, names every problem by its row, and saves nothing.</summary>
public sealed class DataImportPreviewTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Preview_FileWithEveryKindOfProblem_NamesEachByRow_AndSavesNothing()
    {
        var s = await DataImportStory.SeedAsync(app);
        var (a, b, d) = (s.UnitA.Code, s.UnitB.Code, s.UnitD.Code);
        var csv = DataFiles.Csv($"""
            Mã đơn vị,Mã tiêu chí,Tên đơn vị,Tỷ lệ,A,B,C,D
            {a},2.1,Xã An Bình,90,,,,
            KHONG-CO,2.1,,90,,,,
            {d},2.1,,90,,,,
            {a},9.9,,90,,,,
            {a},1.1,,90,,,,
            {a},2.2,,abc,,,,
            {b},2.1,,120,,,,
            {a},2.1,,80,,,,
            {b},2.2,,,,,,
            {b},2.2,,,10,x,1.5,
            ,3.1,,95,,,,
            """);

        var preview = await s.PreviewAsync(app, "ket-qua.csv", csv);

        Assert.Empty(preview.FileProblems);
        Assert.Empty(preview.IgnoredColumns); // the names a template prints beside the codes are read past, not "ignored"
        Assert.False(preview.CanImport);
        Assert.Equal(FileFingerprint.Sha256Of(csv), preview.Sha256);
        var ok = Row(preview, 2);
        Assert.Empty(ok.Problems);
        Assert.Equal(1.8m, ok.Points);
        Assert.Equal("Xã An Bình", ok.UnitName);
        Assert.Equal(AssessmentMethod.Survey, ok.Method);
        Assert.Equal("90", ok.Values["rate"]);
        Assert.Contains(Row(preview, 3).Problems, p => p.Contains("Không có đơn vị mã \"KHONG-CO\"", StringComparison.Ordinal));
        Assert.Contains(Row(preview, 4).Problems, p => p.Contains("không tham gia kỳ đánh giá", StringComparison.Ordinal));
        Assert.Contains(Row(preview, 5).Problems, p => p.Contains("không có tiêu chí \"9.9\"", StringComparison.Ordinal));
        Assert.Contains(Row(preview, 6).Problems, p => p.Contains("không phải tiêu chí khảo sát hay chỉ số ngành", StringComparison.Ordinal));
        Assert.Contains(Row(preview, 7).Problems, p => p.Contains("\"abc\" không phải là số", StringComparison.Ordinal));
        Assert.Contains(Row(preview, 8).Problems, p => p.Contains("từ 0 đến 100", StringComparison.Ordinal));
        Assert.Contains(Row(preview, 9).Problems, p => p.Contains("Trùng đơn vị và tiêu chí với dòng 2", StringComparison.Ordinal));
        Assert.Contains(Row(preview, 10).Problems, p => p.Contains("Chưa có số liệu", StringComparison.Ordinal));
        Assert.Contains(Row(preview, 11).Problems, p => p.Contains("Phương án B: \"x\" không phải là số", StringComparison.Ordinal));
        Assert.Contains(Row(preview, 11).Problems, p => p.Contains("Phương án C: số phiếu phải là số nguyên không âm", StringComparison.Ordinal));
        Assert.Contains(Row(preview, 12).Problems, p => p.Contains("Thiếu mã đơn vị", StringComparison.Ordinal));
        Assert.Equal(new DataImportCounts(11, 10, 2, 6, 0, 0), preview.Counts);
        var missing = Assert.Single(preview.MissingUnits);
        Assert.Equal(s.UnitC.Code, missing.UnitCode);
        Assert.Equal(["2.1", "2.2"], missing.SurveyCriteria);

        await using var db = app.NewDbContext();
        Assert.False(await db.SurveyImports.AnyAsync(i => i.PeriodId == s.PeriodId));
        Assert.False(await db.CriterionResponses.AnyAsync(r => (r.AssessmentId == s.AssessmentA || r.AssessmentId == s.AssessmentB) && r.DataSource != null));
    }

    [Fact]
    public async Task Preview_FileWithoutUnitColumn_IsAFileProblem()
    {
        var s = await DataImportStory.SeedAsync(app);

        var preview = await s.PreviewAsync(app, "sai.csv", DataFiles.Csv("Đơn vị,Mã tiêu chí,Tỷ lệ\nX,2.1,90\n"));

        Assert.Contains(preview.FileProblems, p => p.Contains("Thiếu cột mã đơn vị", StringComparison.Ordinal));
        Assert.Empty(preview.Rows);
        Assert.False(preview.CanImport);
    }

    [Fact]
    public async Task Preview_HeadersInAnyCaseOrAccents_AreRecognised()
    {
        var s = await DataImportStory.SeedAsync(app);

        var preview = await s.PreviewAsync(app, "ascii.csv", DataFiles.Csv($"MaDonVi,MA TIEU CHI,ty_le\n{s.UnitA.Code},2.1,50\n{s.UnitB.Code},3.1,98\n"));

        Assert.True(preview.CanImport, string.Join(" | ", preview.Rows.SelectMany(r => r.Problems)));
        Assert.Equal([1m, 4m], preview.Rows.Select(r => r.Points!.Value));
        Assert.Equal(AssessmentMethod.External, preview.Rows[1].Method);
    }

    [Fact]
    public async Task Preview_CsvWithSemicolonsAndDecimalComma_ReadsTheRate()
    {
        var s = await DataImportStory.SeedAsync(app);
        var csv = DataFiles.Csv($"Mã đơn vị;Mã tiêu chí;Tỷ lệ\n{s.UnitA.Code};2.1;92,5\n\"{s.UnitB.Code}\";\"3.1\";\"90,5\"\n", bom: true);

        var preview = await s.PreviewAsync(app, "hai-long.csv", csv);

        Assert.True(preview.CanImport, string.Join(" | ", preview.Rows.SelectMany(r => r.Problems)));
        Assert.Equal(1.85m, preview.Rows[0].Points);
        Assert.Equal(2m, preview.Rows[1].Points);
    }

    [Fact]
    public async Task Preview_XlsxBuiltWithOpenXml_IsRead()
    {
        var s = await DataImportStory.SeedAsync(app);
        var xlsx = DataFiles.Xlsx(
            ["Mã đơn vị", "Mã tiêu chí", "Tỷ lệ", "A", "B", "C", "D"],
            [s.UnitA.Code, "2.1", "90"],
            [],
            [s.UnitA.Code, "2.2", "", "30", "10", "10", "0"]);

        var preview = await s.PreviewAsync(app, "ket-qua.xlsx", xlsx);

        Assert.True(preview.CanImport, string.Join(" | ", preview.FileProblems.Concat(preview.Rows.SelectMany(r => r.Problems))));
        Assert.Equal([2, 4], preview.Rows.Select(r => r.RowNumber));
        Assert.Equal(1.8m, preview.Rows[0].Points);
        // (30×100 + 10×60 + 10×20) / 50 = 76% of 4 points.
        Assert.Equal(3.04m, preview.Rows[1].Points);
    }

    [Fact]
    public async Task Preview_XlsxWithAFormula_IsRefused()
    {
        var s = await DataImportStory.SeedAsync(app);
        var xlsx = DataFiles.Xlsx(["Mã đơn vị", "Mã tiêu chí", "Tỷ lệ"], [s.UnitA.Code, "2.1", "=45*2"]);

        var preview = await s.PreviewAsync(app, "cong-thuc.xlsx", xlsx);

        Assert.Contains(preview.FileProblems, p => p.Contains("Ô C2 chứa công thức", StringComparison.Ordinal));
        Assert.False(preview.CanImport);
    }

    [Fact]
    public async Task Preview_InspectorOfTheSurveyDomain_GetsAProblemOnExternalRows()
    {
        var s = await DataImportStory.SeedAsync(app);
        var inspector = await s.AssignInspectorAsync(app, s.SurveyDomain);

        var preview = await s.PreviewAsync(app, "hon-hop.csv", DataFiles.Csv($"Mã đơn vị,Mã tiêu chí,Tỷ lệ\n{s.UnitA.Code},2.1,90\n{s.UnitA.Code},3.1,95\n"),
            Roles.Inspector, inspector);

        Assert.Empty(preview.Rows[0].Problems);
        Assert.Contains(preview.Rows[1].Problems, p => p.Contains("không được phân công", StringComparison.Ordinal));
        Assert.Equal(new[] { s.UnitB.Code, s.UnitC.Code }.Order(StringComparer.Ordinal), preview.MissingUnits.Select(m => m.UnitCode).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Preview_InspectorWithoutAssignments_GetsAProblemOnEveryRow()
    {
        var s = await DataImportStory.SeedAsync(app);

        var preview = await s.PreviewAsync(app, "a.csv", DataFiles.Csv($"Mã đơn vị,Mã tiêu chí,Tỷ lệ\n{s.UnitA.Code},2.1,90\n"), Roles.Inspector);

        Assert.Contains(preview.Rows[0].Problems, p => p.Contains("không được phân công", StringComparison.Ordinal));
        Assert.Empty(preview.MissingUnits);
    }

    [Theory]
    [InlineData(Roles.AgencyStaff)]
    [InlineData(Roles.AgencyLeader)]
    [InlineData(Roles.CouncilMember)]
    [InlineData(Roles.Leader)]
    public async Task Preview_ByRolesThatDoNotImport_IsRefusedAndAudited(string role)
    {
        var s = await DataImportStory.SeedAsync(app);

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            s.PreviewAsync(app, "a.csv", DataFiles.Csv($"Mã đơn vị,Mã tiêu chí,Tỷ lệ\n{s.UnitA.Code},2.1,90\n"), role));

        await using var db = app.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "data.previewed" && !e.Succeeded && e.EntityId == s.PeriodId.ToString()));
    }

    [Fact]
    public async Task Preview_InADraftPeriod_IsRefusedByTheWorkflow()
    {
        var s = await DataImportStory.SeedAsync(app, open: false);

        await Assert.ThrowsAsync<WorkflowRefusedException>(() =>
            s.PreviewAsync(app, "a.csv", DataFiles.Csv($"Mã đơn vị,Mã tiêu chí,Tỷ lệ\n{s.UnitA.Code},2.1,90\n")));
    }

    private static DataImportRow Row(DataImportPreview preview, int number) => Assert.Single(preview.Rows, r => r.RowNumber == number);
}
