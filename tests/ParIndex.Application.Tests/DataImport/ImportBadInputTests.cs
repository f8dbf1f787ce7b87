using System.IO.Compression;
using System.Text;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Application.Frameworks;
using ParIndex.Application.HistoryImport;
using ParIndex.Application.Tests.Infrastructure;
using static ParIndex.Application.Tests.HistoryImport.PastResultsStory;

namespace ParIndex.Application.Tests.DataImport;

/// <summary>
/// The bad input, for the imports that share the one reader and the one workbook guard (survey and sector data,
/// past results, frameworks; units and accounts have theirs in SetupImport): each refused with a clear Vietnamese
/// message, and the same file twice changes nothing the second time.
/// </summary>
public sealed class ImportBadInputTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task NotCsvOrXlsx_IsRefused_ByTheDataAndPastResultsImports()
    {
        var s = await DataImportStory.SeedAsync(app);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7 không phải bảng");

        var data = await Assert.ThrowsAsync<ValidationException>(() => s.PreviewAsync(app, "ket-qua.pdf", pdf));
        var past = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<PreviewPastResultsHandler>(Roles.Administrator)
            .HandleAsync(new PreviewPastResults("ket-qua.pdf", pdf), Ct));

        Assert.Contains(data.Errors, e => e.ErrorMessage.Contains(".csv hoặc .xlsx", StringComparison.Ordinal));
        Assert.Contains(past.Errors, e => e.ErrorMessage.Contains(".csv hoặc .xlsx", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ZipBomb_IsRefusedBeforeParsing_ByEveryImportThatReadsExcel()
    {
        var s = await DataImportStory.SeedAsync(app);
        var bomb = Bomb();

        var data = await s.PreviewAsync(app, "bom.xlsx", bomb);
        var past = await app.Handler<PreviewPastResultsHandler>(Roles.Administrator).HandleAsync(new PreviewPastResults("bom.xlsx", bomb), Ct);
        var framework = app.Services.GetRequiredService<IFrameworkWorkbook>().Read(new MemoryStream(bomb));

        Assert.Contains(data.FileProblems, p => p.Contains("50 MB", StringComparison.Ordinal));
        Assert.Contains(past.FileProblems, p => p.Contains("50 MB", StringComparison.Ordinal));
        Assert.Null(framework.Framework);
        Assert.Contains(framework.Errors, e => e.Message.Contains("50 MB", StringComparison.Ordinal));
    }

    [Fact]
    public void AFileThatIsNotAWorkbook_IsRefusedByTheFrameworkImport_AsByTheOthers()
    {
        var read = app.Services.GetRequiredService<IFrameworkWorkbook>().Read(new MemoryStream(Encoding.UTF8.GetBytes("không phải bảng tính")));

        Assert.Null(read.Framework);
        Assert.Equal("Tệp không phải bảng tính Excel (.xlsx) hợp lệ.", Assert.Single(read.Errors).Message);
    }

    [Fact]
    public async Task FormulaCell_IsRefused_ByThePastResultsImport()
    {
        var p = await ProvinceAsync(app);
        var xlsx = DataFiles.Xlsx(["Năm", "Mã đơn vị", "Chỉ số", "Xếp loại"], ["2019", p.A.Code, "=90+1", "Tốt"]);

        var preview = await app.Handler<PreviewPastResultsHandler>(Roles.Administrator).HandleAsync(new PreviewPastResults("cong-thuc.xlsx", xlsx), Ct);

        Assert.False(preview.CanImport);
        Assert.Contains(preview.FileProblems, f => f.Contains("Ô C2 chứa công thức", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SameDataFileTwice_TheSecondImportChangesNothing()
    {
        var s = await DataImportStory.SeedAsync(app);
        var csv = DataFiles.Csv($"Mã đơn vị,Mã tiêu chí,Tỷ lệ\n{s.UnitA.Code},2.1,90\n{s.UnitB.Code},3.1,98\n");
        await s.ImportAsync(app, "lan-1.csv", csv);
        var before = await s.ResponseAsync(app, s.AssessmentA, s.Survey);

        var second = await s.ImportAsync(app, "lan-2.csv", csv);

        Assert.Equal((2, 0, 0), (second.Recorded, second.Changed, second.Cleared));
        var after = await s.ResponseAsync(app, s.AssessmentA, s.Survey);
        Assert.Equal(before!.Inputs, after!.Inputs);
    }

    /// <summary>Small to upload, over 50 MB once unzipped.</summary>
    private static byte[] Bomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 51; i++)
            {
                entry.Write(zeros);
            }
        }

        return stream.ToArray();
    }
}
