using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Frameworks;
using ParIndex.Application.Frameworks.Rules;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Application.Tests.Seeding;

/// <summary>Both demo frameworks survive export → import exactly; broken workbooks are refused with every problem located.</summary>
public sealed class FrameworkWorkbookTests(SeededDatabaseFixture fixture) : IClassFixture<SeededDatabaseFixture>
{
    private IFrameworkWorkbook Workbook => fixture.Services.GetRequiredService<IFrameworkWorkbook>();

    [Fact]
    public async Task RoundTrip_BothDemoFrameworks_GivesIdenticalDocuments()
    {
        foreach (var framework in await FrameworksAsync())
        {
            var document = FrameworkDocument.From(framework);
            var bytes = Workbook.Write(document);
            if (framework.Code.Contains("SBN", StringComparison.Ordinal))
            {
                Directory.CreateDirectory(ArtifactsFolder());
                await File.WriteAllBytesAsync(Path.Combine(ArtifactsFolder(), "framework-sample.xlsx"), bytes);
            }

            var read = Workbook.Read(new MemoryStream(bytes));

            Assert.Empty(read.Errors);
            var back = read.Framework!;
            Assert.Equal(document with { Nodes = [] }, back with { Nodes = [] });
            Assert.Equal(document.Nodes.Count, back.Nodes.Count);
            for (var i = 0; i < document.Nodes.Count; i++)
            {
                var (expected, actual) = (document.Nodes[i], back.Nodes[i]);
                Assert.Equal(expected with { ApplicableBlockKinds = [] }, actual with { ApplicableBlockKinds = [] });
                Assert.Equal(expected.ApplicableBlockKinds, actual.ApplicableBlockKinds);
            }

            Assert.Empty(FrameworkChecksOf(back));
        }
    }

    [Theory]
    [MemberData(nameof(RuleTypeSamples))]
    public void RoundTrip_EveryRuleType_GivesTheIdenticalFramework(RuleType type, string json)
    {
        var method = type switch { RuleType.Survey => AssessmentMethod.Survey, RuleType.External => AssessmentMethod.External, _ => AssessmentMethod.SelfAssessed };
        var document = new FrameworkDocument("QT-" + type, "Bộ chỉ số thử quy tắc", BlockKind.Department, 1, "QĐ thử", false, 1m, 1m,
        [
            new FrameworkNodeDocument("A", null, NodeLevel.Domain, "Lĩnh vực", null, 2.5m, AssessmentMethod.SelfAssessed, RuleType.YesNo, "{}",
                WhenNothingToCount.FullPoints, null, null, []),
            new FrameworkNodeDocument("A.1", "A", NodeLevel.Criterion, "Tiêu chí", "Criterion", 2.5m, method, type, json,
                WhenNothingToCount.Excluded, "Tính cả hồ sơ trực tuyến.", "Báo cáo", [BlockKind.Department]),
        ]);

        var read = Workbook.Read(new MemoryStream(Workbook.Write(document)));

        Assert.Empty(read.Errors);
        Assert.Equal(document with { Nodes = [] }, read.Framework! with { Nodes = [] });
        Assert.Equal(document.Nodes.Select(n => n with { ApplicableBlockKinds = [] }), read.Framework.Nodes.Select(n => n with { ApplicableBlockKinds = [] }));
        Assert.Equal([BlockKind.Department], read.Framework.Nodes[1].ApplicableBlockKinds);
    }

    [Fact]
    public void Read_TierAboveTheMaximumInTheTiersColumn_IsRefusedAtItsCell()
    {
        var document = new FrameworkDocument("QT", "Bộ chỉ số thử", BlockKind.Department, 1, "QĐ thử", false, 0m, 0m,
        [
            new FrameworkNodeDocument("A", null, NodeLevel.Domain, "Lĩnh vực", null, 1m, AssessmentMethod.SelfAssessed, RuleType.PercentTiers,
                """{"tiers":[{"min":90,"points":1.5}]}""", WhenNothingToCount.FullPoints, null, null, []),
        ]);

        var read = Workbook.Read(new MemoryStream(Workbook.Write(document)));

        Assert.Null(read.Framework);
        Assert.Contains(read.Errors, e => e is { Row: 2, Column: "K (Các ngưỡng (ngưỡng: điểm))" } && e.Message.Contains("điểm tối đa", StringComparison.Ordinal));
    }

    public static TheoryData<RuleType, string> RuleTypeSamples => ParIndex.Application.Tests.Frameworks.RuleSamples.All;

    [Fact]
    public async Task Read_PersonEditedWorkbook_ReportsEveryProblemWithSheetRowAndColumn()
    {
        var framework = (await FrameworksAsync()).First();
        var bytes = Edit(Workbook.Write(FrameworkDocument.From(framework)), rows =>
        {
            SetText(rows, 3, "F", "mười bốn");                   // max points not a number
            SetText(rows, 4, "A", rows.Code(2));                 // duplicate code of row 2
            SetText(rows, 5, "H", "Chấm đại");                   // unknown rule type
            SetText(rows, 6, "K", "98 - 4");                     // tiers without "threshold: points"
            SetText(rows, 7, "B", "KHONG-CO");                   // unknown parent
            SetFormula(rows, 8, "F", "1+1");                     // a formula
        });

        var read = Workbook.Read(new MemoryStream(bytes));

        Assert.Null(read.Framework);
        Assert.Contains(read.Errors, e => e is { Sheet: "Tiêu chí", Row: 3, Column: "F (Điểm tối đa)" } && e.Message.Contains("mười bốn", StringComparison.Ordinal));
        Assert.Contains(read.Errors, e => e is { Row: 4, Column: "A (Mã)" } && e.Message.Contains("trùng", StringComparison.Ordinal));
        Assert.Contains(read.Errors, e => e is { Row: 5, Column: "H (Loại quy tắc)" });
        Assert.Contains(read.Errors, e => e is { Row: 6, Column: "K (Các ngưỡng (ngưỡng: điểm))" });
        Assert.Contains(read.Errors, e => e is { Row: 7, Column: "B (Mã cha)" } && e.Message.Contains("KHONG-CO", StringComparison.Ordinal));
        Assert.Contains(read.Errors, e => e is { Row: 8 } && e.Message.Contains("công thức", StringComparison.Ordinal));
    }

    /// <summary>
    /// An administrator who chose English reads the problems in English; the sheet and column names and the values quoted
    /// stay as the file writes them (issue 19).
    /// </summary>
    [Fact]
    public async Task Read_PersonEditedWorkbook_InEnglish_ReportsTheProblemsInEnglish()
    {
        var framework = (await FrameworksAsync()).First();
        var bytes = Edit(Workbook.Write(FrameworkDocument.From(framework)), rows =>
        {
            SetText(rows, 3, "F", "150");
            SetText(rows, 4, "A", rows.Code(2));
            SetText(rows, 6, "K", "98 - 4");
            SetText(rows, 7, "B", "KHONG-CO");
        });

        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        WorkbookReadResult read;
        var cellProblems = new List<string>();
        try
        {
            read = Workbook.Read(new MemoryStream(bytes));
            RuleCells.Read(RuleType.PercentTiers, p => p == RuleParameter.Tiers ? "98 - 4; x: 1" : null, (_, problem) => cellProblems.Add(problem));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }

        Assert.Contains(read.Errors, e => e is { Row: 3, Column: "F (Điểm tối đa)", Message: "\"150\" is not a valid score (0 to 100, at most 2 decimal places)." });
        Assert.Contains(read.Errors, e => e is { Row: 4, Column: "A (Mã)" } && e.Message.StartsWith("Code ", StringComparison.Ordinal) && e.Message.EndsWith("row 2.", StringComparison.Ordinal));
        Assert.Contains(read.Errors, e => e is { Row: 6 } && e.Message.StartsWith("Rule type \"", StringComparison.Ordinal) && e.Message.EndsWith("does not use this column; leave it empty.", StringComparison.Ordinal));
        Assert.Contains(read.Errors, e => e is { Row: 7, Message: "There is no parent with code KHONG-CO." });
        Assert.Equal(["\"98 - 4\" has no colon; write it like \"90: 1; 70: 0,5\".", "Threshold \"x\" is not a number."], cellProblems);
    }

    [Fact]
    public async Task Read_VietnameseDecimalCommaAsText_IsAccepted()
    {
        var framework = (await FrameworksAsync()).First();
        var bytes = Edit(Workbook.Write(FrameworkDocument.From(framework)), rows => SetText(rows, 3, "F", rows.Max(3).Replace('.', ',')));

        var read = Workbook.Read(new MemoryStream(bytes));

        Assert.Empty(read.Errors);
    }

    [Fact]
    public void Read_NotAWorkbook_IsRefusedWithAMessageNotAnException()
    {
        var read = Workbook.Read(new MemoryStream("đây không phải tệp Excel"u8.ToArray()));

        Assert.Null(read.Framework);
        Assert.Equal("Tệp không phải bảng tính Excel (.xlsx) hợp lệ.", Assert.Single(read.Errors).Message);
    }

    private static IReadOnlyList<object> FrameworkChecksOf(FrameworkDocument document) =>
        [.. Domain.Frameworks.FrameworkChecks.Check(document.ToFramework()).Where(i => i.Severity == Domain.Frameworks.FrameworkIssueSeverity.Error)];

    private async Task<List<Domain.Frameworks.Framework>> FrameworksAsync()
    {
        await using var db = fixture.Services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContext();
        return await db.Frameworks.AsNoTracking().Include(f => f.Nodes).OrderBy(f => f.Code).ToListAsync();
    }

    private static string ArtifactsFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParIndex.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? Path.GetTempPath(), "artifacts");
    }

    private static byte[] Edit(byte[] workbook, Action<SheetRows> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var part = document.WorkbookPart!;
            var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Tiêu chí");
            edit(new SheetRows(((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet));
        }

        return stream.ToArray();
    }

    private static void SetText(SheetRows rows, int row, string column, string text)
    {
        var cell = rows.Cell(row, column);
        cell.RemoveAllChildren();
        cell.DataType = CellValues.InlineString;
        cell.Append(new InlineString(new Text(text)));
    }

    private static void SetFormula(SheetRows rows, int row, string column, string formula)
    {
        var cell = rows.Cell(row, column);
        cell.RemoveAllChildren();
        cell.DataType = null;
        cell.Append(new CellFormula(formula), new CellValue("2"));
    }

    private sealed class SheetRows(Worksheet worksheet)
    {
        public Cell Cell(int row, string column) =>
            worksheet.Descendants<Cell>().Single(c => c.CellReference == column + row.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public string Code(int row) => Cell(row, "A").InnerText;

        public string Max(int row) => Cell(row, "F").CellValue!.Text;
    }
}
