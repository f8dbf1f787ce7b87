using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Application.HistoryImport;
using ParIndex.Application.Tests.Infrastructure;
using static ParIndex.Application.Tests.HistoryImport.PastResultsStory;

namespace ParIndex.Application.Tests.DataImport;

/// <summary>
/// Every import offers a template pre-filled with what the person would otherwise have to guess (unit codes, the
/// period's criterion codes), and a filled-in template reads back through the same import.
/// </summary>
public sealed class ImportTemplateTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private ITableFileReader Reader => app.Services.GetRequiredService<ITableFileReader>();

    [Fact]
    public async Task SurveyTemplate_HasARowPerUnitAndSurveyCriterion_AndFilledInItImports()
    {
        var s = await DataImportStory.SeedAsync(app);

        var template = await app.Handler<GetDataImportTemplateHandler>(Roles.Administrator)
            .HandleAsync(new GetDataImportTemplate(s.PeriodId, DataTemplateKind.Survey), Ct);

        var table = Reader.Read(template.FileName, template.Content).Table!;
        Assert.Equal(["Mã đơn vị", "Tên đơn vị", "Mã tiêu chí", "Tên tiêu chí", "Tỷ lệ"], table.Headers);
        var rows = table.Rows.Select(r => (r.Cell(0) ?? string.Empty, r.Cell(2) ?? string.Empty)).ToList();
        Assert.Equal(
            new[] { s.UnitA, s.UnitB, s.UnitC }.OrderBy(u => u.Code, StringComparer.OrdinalIgnoreCase).SelectMany(u => new[] { (u.Code, "2.1"), (u.Code, "2.2") }),
            rows);
        Assert.All(table.Rows, r => Assert.Null(r.Cell(4)));

        // Filled in as a person would: a rate on every row.
        var filled = Encoding.UTF8.GetString(template.Content).TrimStart('\uFEFF').Replace(",\r\n", ",90\r\n", StringComparison.Ordinal);
        var preview = await s.PreviewAsync(app, "mau.csv", Encoding.UTF8.GetBytes(filled));
        Assert.True(preview.CanImport, string.Join(" | ", preview.FileProblems.Concat(preview.Rows.SelectMany(r => r.Problems))));
        Assert.Empty(preview.IgnoredColumns);
        Assert.Equal(6, preview.Counts.SurveyRows);
    }

    [Fact]
    public async Task ExternalTemplate_ListsTheSectorCriteriaOnly()
    {
        var s = await DataImportStory.SeedAsync(app);

        var template = await app.Handler<GetDataImportTemplateHandler>(Roles.Administrator)
            .HandleAsync(new GetDataImportTemplate(s.PeriodId, DataTemplateKind.External), Ct);

        var table = Reader.Read(template.FileName, template.Content).Table!;
        Assert.Equal(["Mã đơn vị", "Tên đơn vị", "Mã tiêu chí", "Tên tiêu chí"], table.Headers.Take(4));
        Assert.Equal(3, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal("3.1", r.Cell(2)));
        Assert.DoesNotContain(table.Rows, r => r.Cell(0) == s.UnitD.Code);
    }

    [Fact]
    public async Task DataTemplate_IsRefusedToAgencyRoles()
    {
        var s = await DataImportStory.SeedAsync(app);

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<GetDataImportTemplateHandler>(Roles.AgencyStaff)
            .HandleAsync(new GetDataImportTemplate(s.PeriodId, DataTemplateKind.Survey), Ct));
    }

    [Fact]
    public async Task PastResultsTemplate_ListsTheProvincesUnits_AndUntouchedItPreviewsNoRow()
    {
        var p = await ProvinceAsync(app);

        var template = await app.Handler<GetPastResultsTemplateHandler>(Roles.Administrator).HandleAsync(new GetPastResultsTemplate(), Ct);

        var table = Reader.Read(template.FileName, template.Content).Table!;
        Assert.Equal("Năm", table.Headers[0]);
        Assert.Contains(table.Rows, r => r.Cell(1) == p.A.Code && r.Cell(2) == p.A.Name);
        Assert.Contains(table.Rows, r => r.Cell(1) == p.Tax.Code);
        var preview = await app.Handler<PreviewPastResultsHandler>(Roles.Administrator)
            .HandleAsync(new PreviewPastResults(template.FileName, template.Content), Ct);
        Assert.Empty(preview.FileProblems);
        Assert.Empty(preview.Rows);
        Assert.False(preview.CanImport);
    }

    [Fact]
    public void CsvDocument_EscapesWhatExcelWouldRunAsAFormula()
    {
        var csv = Encoding.UTF8.GetString(CsvDocument.Write([["Mã", "Ghi chú"], ["=1+1", "có, dấu phẩy"]]));

        Assert.StartsWith("\uFEFFMã,Ghi chú\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("'=1+1", csv, StringComparison.Ordinal);
        Assert.EndsWith(",\"có, dấu phẩy\"\r\n", csv, StringComparison.Ordinal);
    }
}
