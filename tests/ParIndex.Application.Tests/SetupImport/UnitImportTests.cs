using System.Globalization;
using System.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.SetupImport;
using ParIndex.Application.Tests.DataImport;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.SetupImport;

public sealed class UnitImportTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task GoodFile_PreviewSavesNothing_ConfirmCreatesEveryUnitWithAudit()
    {
        var block = await app.SeedBlockAsync(BlockKind.Department, "Sở, ban, ngành nhập tệp");
        var (a, b) = (TestApp.UniqueCode("SNV"), TestApp.UniqueCode("STC"));
        // The second row names its block by name, in lower case and quoted (the name has commas).
        var csv = DataFiles.Csv($"Mã đơn vị,Tên đơn vị,Tên viết tắt,Mã khối\n{a},Sở Nội vụ,SNV,{block.Code}\n{b},Sở Tài chính,,\"sở, ban, ngành nhập tệp\"\n");

        var preview = await Preview("don-vi.csv", csv);

        Assert.True(preview.CanImport, string.Join(" | ", preview.Rows.SelectMany(r => r.Problems).Concat(preview.FileProblems)));
        Assert.Equal((2, 0, 0), (preview.ToCreate, preview.ToRename, preview.Unchanged));
        await using (var db = app.NewDbContext())
        {
            Assert.False(await db.Units.AnyAsync(u => u.Code == a || u.Code == b));
        }

        var outcome = await Import("don-vi.csv", csv, preview.Sha256);

        Assert.Equal((2, 0, 0), (outcome.Created, outcome.Renamed, outcome.Unchanged));
        await using var check = app.NewDbContext();
        var saved = await check.Units.Where(u => u.Code == a || u.Code == b).OrderBy(u => u.Name).ToListAsync();
        Assert.Equal(["Sở Nội vụ", "Sở Tài chính"], saved.Select(u => u.Name));
        Assert.All(saved, u => Assert.Equal(block.Id, u.BlockId));
        Assert.Equal("SNV", saved[0].ShortName);
        var ids = saved.Select(u => u.Id.ToString()).ToList();
        Assert.Equal(2, await check.AuditEntries.CountAsync(e => e.Action == "unit.created" && ids.Contains(e.EntityId!)));
        Assert.True(await check.AuditEntries.AnyAsync(e => e.Action == "units.imported" && e.NewValues!.Contains(preview.Sha256)));
    }

    [Fact]
    public async Task SameFileTwice_SecondPreviewSaysNothingChanges_AndConfirmChangesNothing()
    {
        var block = await app.SeedBlockAsync();
        var code = TestApp.UniqueCode("XA");
        var xlsx = DataFiles.Xlsx(["Mã đơn vị", "Tên đơn vị", "Mã khối"], [code, "UBND xã Thanh Lâm", block.Code]);
        await Import("xa.xlsx", xlsx, (await Preview("xa.xlsx", xlsx)).Sha256);
        var auditsBefore = await CountAuditsAsync();

        var again = await Preview("xa.xlsx", xlsx);
        var outcome = await Import("xa.xlsx", xlsx, again.Sha256);

        Assert.True(again.ChangesNothing);
        Assert.Equal(SetupRowChange.Unchanged, Assert.Single(again.Rows).Change);
        Assert.True(outcome.ChangedNothing);
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.Units.CountAsync(u => u.Code == code));
        Assert.Equal(auditsBefore + 1, await CountAuditsAsync()); // only the import's own entry, saying 0 created
    }

    [Fact]
    public async Task ExistingCodeWithAnotherName_IsPreviewedAsARename_AndRenamedOnlyOnConfirm()
    {
        var block = await app.SeedBlockAsync();
        var unit = await app.SeedUnitAsync(block.Id, "UBND xã Cũ");
        var csv = DataFiles.Csv($"Mã đơn vị,Tên đơn vị,Mã khối\n{unit.Code},UBND xã Mới,{block.Code}\n");

        var preview = await Preview("doi-ten.csv", csv);

        var row = Assert.Single(preview.Rows);
        Assert.Equal(SetupRowChange.Rename, row.Change);
        Assert.Equal("Đổi tên: \"UBND xã Cũ\" → \"UBND xã Mới\"", row.Detail);
        await using (var db = app.NewDbContext())
        {
            Assert.Equal("UBND xã Cũ", (await db.Units.SingleAsync(u => u.Id == unit.Id)).Name);
        }

        await Import("doi-ten.csv", csv, preview.Sha256);
        await using var after = app.NewDbContext();
        Assert.Equal("UBND xã Mới", (await after.Units.SingleAsync(u => u.Id == unit.Id)).Name);
        Assert.True(await after.AuditEntries.AnyAsync(e => e.Action == "unit.renamed" && e.EntityId == unit.Id.ToString()));
    }

    [Fact]
    public async Task EachKindOfBadRow_IsNamedInVietnamese_AndConfirmSavesNothing()
    {
        var block = await app.SeedBlockAsync();
        var otherBlock = await app.SeedBlockAsync();
        var elsewhere = await app.SeedUnitAsync(otherBlock.Id);
        var dup = TestApp.UniqueCode("D");
        var good = TestApp.UniqueCode("G");
        var csv = DataFiles.Csv(
            "Mã đơn vị,Tên đơn vị,Mã khối\n" +
            $"{good},UBND xã Tốt,{block.Code}\n" +
            $"{TestApp.UniqueCode("K")},UBND xã Không khối,KHOI-LA\n" +
            $"{dup},UBND xã A,{block.Code}\n" +
            $"{dup},UBND xã B,{block.Code}\n" +
            $"{new string('X', 40)},UBND xã Mã dài,{block.Code}\n" +
            $"{TestApp.UniqueCode("C")},\"UBND xã\u0007Chuông\",{block.Code}\n" +
            $"{elsewhere.Code},{elsewhere.Name},{block.Code}\n" +
            $"có dấu,UBND xã Sai mã,{block.Code}\n" +
            $"{TestApp.UniqueCode("E")},,{block.Code}\n");

        var preview = await Preview("loi.csv", csv);

        Assert.False(preview.CanImport);
        var problems = preview.Rows.ToDictionary(r => r.Number, r => string.Join(" ", r.Problems));
        Assert.Equal(string.Empty, problems[2]);
        Assert.Contains("Cột \"Mã khối\": không có khối \"KHOI-LA\"", problems[3], StringComparison.Ordinal);
        Assert.Equal(string.Empty, problems[4]);
        Assert.Contains($"Mã đơn vị \"{dup}\" trùng với dòng 4 trong tệp.", problems[5], StringComparison.Ordinal);
        Assert.Contains("Cột \"Mã đơn vị\": dài 40 ký tự, tối đa 32.", problems[6], StringComparison.Ordinal);
        Assert.Contains("Cột \"Tên đơn vị\": có ký tự xuống dòng hoặc ký tự điều khiển.", problems[7], StringComparison.Ordinal);
        Assert.Contains("chuyển khối bằng chức năng Chuyển khối", problems[8], StringComparison.Ordinal);
        Assert.Contains("Cột \"Mã đơn vị\": Mã chỉ gồm chữ không dấu", problems[9], StringComparison.Ordinal);
        Assert.Contains("Cột \"Tên đơn vị\": để trống.", problems[10], StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<ValidationException>(() => Import("loi.csv", csv, preview.Sha256));
        Assert.StartsWith("Chưa lưu gì: 7 dòng có lỗi (dòng 3, 5, 6, 7, 8, 9, 10)", Assert.Single(error.Errors).ErrorMessage, StringComparison.Ordinal);
        await using var db = app.NewDbContext();
        Assert.False(await db.Units.AnyAsync(u => u.Code == good || u.Code == dup));
    }

    [Fact]
    public async Task TwoThousandRowsOfWhichSevenAreBad_NamesTheSeven_AndSavesNothing()
    {
        var block = await app.SeedBlockAsync();
        var prefix = TestApp.UniqueCode("N")[..8];
        var bad = new HashSet<int> { 17, 250, 999, 1000, 1500, 1888, 2001 };
        var csv = new StringBuilder("Mã đơn vị,Tên đơn vị,Mã khối\n");
        for (var line = 2; line <= 2001; line++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{prefix}{line},UBND xã số {line},{(bad.Contains(line) ? "KHONG-CO" : block.Code)}\n");
        }

        var file = DataFiles.Csv(csv.ToString());
        var preview = await Preview("lon.csv", file);

        Assert.Equal(2000, preview.Rows.Count);
        Assert.Equal(bad.Order(), preview.Rows.Where(r => r.Problems.Count > 0).Select(r => r.Number));
        var error = await Assert.ThrowsAsync<ValidationException>(() => Import("lon.csv", file, preview.Sha256));
        Assert.Contains("7 dòng có lỗi (dòng 17, 250, 999, 1000, 1500, 1888, 2001)", Assert.Single(error.Errors).ErrorMessage, StringComparison.Ordinal);
        await using var db = app.NewDbContext();
        Assert.False(await db.Units.AnyAsync(u => u.Code.StartsWith(prefix)));
    }

    [Fact]
    public async Task ConfirmWithAnotherFileThanPreviewed_IsRefused()
    {
        var block = await app.SeedBlockAsync();
        var first = DataFiles.Csv($"Mã đơn vị,Tên đơn vị,Mã khối\n{TestApp.UniqueCode("A")},UBND xã A,{block.Code}\n");
        var second = DataFiles.Csv($"Mã đơn vị,Tên đơn vị,Mã khối\n{TestApp.UniqueCode("B")},UBND xã B,{block.Code}\n");

        var previewed = await Preview("a.csv", first);

        var error = await Assert.ThrowsAsync<ValidationException>(() => Import("b.csv", second, previewed.Sha256));

        Assert.Contains("Tệp khác với tệp đã xem trước", Assert.Single(error.Errors).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingColumnOrNotATable_IsAFileProblem()
    {
        var noBlock = await Preview("thieu.csv", DataFiles.Csv("Mã đơn vị,Tên đơn vị\nX,Y\n"));
        Assert.Equal(["Thiếu cột \"Mã khối\"."], noBlock.FileProblems);

        var error = await Assert.ThrowsAsync<ValidationException>(() => Preview("don-vi.pdf", [1, 2, 3]));
        Assert.Equal("Chỉ nhận tệp .csv hoặc .xlsx.", Assert.Single(error.Errors).ErrorMessage);

        var formula = await Preview("f.xlsx", DataFiles.Xlsx(["Mã đơn vị", "Tên đơn vị", "Mã khối"], ["X", "=1+1", "B"]));
        Assert.Contains("công thức", Assert.Single(formula.FileProblems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_ListsTheBlockCodes_AndReadsBackWithoutRows()
    {
        var block = await app.SeedBlockAsync(BlockKind.Department, "Khối mẫu sở ngành");

        var template = await app.Handler<GetUnitImportTemplateHandler>(Roles.Administrator).HandleAsync(new GetUnitImportTemplate(), Ct);

        var text = Encoding.UTF8.GetString(template.Content);
        Assert.StartsWith("\uFEFFMã đơn vị,Tên đơn vị,Tên viết tắt,Mã khối", text, StringComparison.Ordinal);
        Assert.Contains($"# Mã khối: {block.Code},Khối mẫu sở ngành", text, StringComparison.Ordinal);
        var preview = await Preview(template.FileName, template.Content);
        Assert.Equal((0, 0), (preview.FileProblems.Count, preview.Rows.Count));
    }

    [Fact]
    public async Task AnAgencyUser_MayNotImportUnits()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<PreviewUnitImportHandler>(Roles.AgencyStaff)
            .HandleAsync(new PreviewUnitImport("a.csv", DataFiles.Csv("Mã đơn vị\n")), Ct));
    }

    private Task<SetupImportPreview> Preview(string name, byte[] content) =>
        app.Handler<PreviewUnitImportHandler>(Roles.Administrator).HandleAsync(new PreviewUnitImport(name, content), Ct);

    private Task<UnitImportOutcome> Import(string name, byte[] content, string sha) =>
        app.Handler<ImportUnitsHandler>(Roles.Administrator).HandleAsync(new ImportUnits(name, content, sha), Ct);

    private async Task<int> CountAuditsAsync()
    {
        await using var db = app.NewDbContext();
        return await db.AuditEntries.CountAsync();
    }
}
