using Microsoft.EntityFrameworkCore;
using ParIndex.Application.SetupImport;
using ParIndex.Application.Tests.DataImport;
using ParIndex.Application.Tests.Infrastructure;

namespace ParIndex.Application.Tests.SetupImport;

/// <summary>The import creates units by CreateUnit's rule: while self-assessment is open each gets its assessment, or a warning.</summary>
public sealed class UnitImportDuringOpenPeriodTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task UnitsImportedWhileOpen_GetTheirAssessment_OrAWarningWhenTheirBlockHasNoFramework()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 2, verticalAgencies: 0, assignFrameworks: false);
        await province.AssignFrameworkAsync(province.Departments);
        await province.OpenSelfAssessmentAsync();
        string departments, verticals;
        await using (var db = province.App.NewDbContext())
        {
            departments = await db.Blocks.Where(b => b.Id == province.Departments).Select(b => b.Code).SingleAsync();
            verticals = await db.Blocks.Where(b => b.Id == province.VerticalAgencies).Select(b => b.Code).SingleAsync();
        }

        var csv = DataFiles.Csv($"Mã đơn vị,Tên đơn vị,Mã khối\nS19,Sở nhập tệp 19,{departments}\nN19,Cơ quan ngành dọc 19,{verticals}\n");
        var preview = await province.Admin<PreviewUnitImportHandler>().HandleAsync(new PreviewUnitImport("mo.csv", csv), Ct);
        var outcome = await province.Admin<ImportUnitsHandler>().HandleAsync(new ImportUnits("mo.csv", csv, preview.Sha256), Ct);

        var warning = Assert.Single(outcome.Warnings);
        Assert.StartsWith("N19: ", warning, StringComparison.Ordinal);
        await using var check = province.App.NewDbContext();
        var ids = await check.Units.Where(u => u.Code == "S19" || u.Code == "N19").ToDictionaryAsync(u => u.Code, u => u.Id);
        Assert.True(await check.Assessments.AnyAsync(a => a.UnitId == ids["S19"] && a.PeriodId == province.PeriodId));
        Assert.False(await check.Assessments.AnyAsync(a => a.UnitId == ids["N19"]));
        Assert.True(await check.AuditEntries.AnyAsync(e => e.Action == "assessment.opened" && e.NewValues!.Contains(ids["S19"].ToString())));
    }
}
