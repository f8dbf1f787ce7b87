using System.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.SetupImport;
using ParIndex.Application.Tests.Appraisal;
using ParIndex.Application.Tests.DataImport;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Users;

namespace ParIndex.Application.Tests.SetupImport;

public sealed class AccountImportTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task GoodFile_CreatesAccountsWithOneTimePasswordsThatMustBeChanged_NeverStoredInClear()
    {
        var unit = await app.SeedUnitAsync((await app.SeedBlockAsync()).Id, "UBND phường Lam Sơn nhập");
        var (staff, inspector) = (Name("canbo"), Name("thamdinh"));
        var csv = DataFiles.Csv(
            "Tên đăng nhập,Họ tên,Email,Mã đơn vị,Vai trò\n" +
            $"{staff},Nguyễn Thị Lan,lan@lamson.gov.vn,{unit.Code},Cán bộ đầu mối\n" +
            $"{inspector},Trần Văn Bình,,,Inspector\n");

        var preview = await Preview("tk.csv", csv);
        Assert.True(preview.CanImport, string.Join(" | ", preview.Rows.SelectMany(r => r.Problems)));
        Assert.False(await app.WithUserManagerAsync(async m => await m.FindByNameAsync(staff) is not null));

        var outcome = await Import("tk.csv", csv, preview.Sha256);

        Assert.Equal(2, outcome.Created);
        var csvOut = Encoding.UTF8.GetString(outcome.ToCsv());
        Assert.Contains("Tên đăng nhập,Họ tên,Mật khẩu dùng một lần", csvOut, StringComparison.Ordinal);
        var lan = outcome.Passwords.Single(p => p.UserName == staff).Password;
        Assert.Contains($"{staff},Nguyễn Thị Lan,{lan}", csvOut, StringComparison.Ordinal);
        var accounts = await app.Handler<ListUsersHandler>(Roles.Administrator).HandleAsync(new ListUsers(), Ct);
        var created = accounts.Single(a => a.UserName == staff);
        Assert.Equal(unit.Id, created.UnitId);
        Assert.Equal([Roles.AgencyStaff], created.Roles);
        Assert.Equal([Roles.Inspector], accounts.Single(a => a.UserName == inspector).Roles);
        await app.WithUserManagerAsync(async m =>
        {
            var user = (await m.FindByNameAsync(staff))!;
            Assert.Equal("lan@lamson.gov.vn", user.Email);
            Assert.True(await m.CheckPasswordAsync(user, lan));
            Assert.Contains(await m.GetClaimsAsync(user), c => c.Type == AccountClaims.MustChangePassword);
            return 0;
        });
        await using var db = app.NewDbContext();
        var audits = await db.AuditEntries.Where(e => e.Action == "user.created" || e.Action == "users.imported").ToListAsync();
        Assert.Contains(audits, e => e.Action == "users.imported" && e.NewValues!.Contains(staff, StringComparison.Ordinal));
        Assert.All(outcome.Passwords, p => Assert.DoesNotContain(audits, e => (e.NewValues ?? string.Empty).Contains(p.Password, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OneTimePassword_ChangedOnce_ClearsTheMark_AndStopsWorking()
    {
        var csv = DataFiles.Csv($"Tên đăng nhập,Họ tên,Vai trò\n{Name("hoidong")},Lê Thị Hoa,Thành viên Hội đồng thẩm định\n");
        var outcome = await Import("hd.csv", csv, (await Preview("hd.csv", csv)).Sha256);
        var issued = Assert.Single(outcome.Passwords);
        var id = await app.WithUserManagerAsync(async m => (await m.FindByNameAsync(issued.UserName))!.Id);

        await app.Handler<ChangeOwnPasswordHandler>(Roles.CouncilMember, userId: id)
            .HandleAsync(new ChangeOwnPassword(issued.Password, "đồng lúa quê hương mới"), Ct);

        await app.WithUserManagerAsync(async m =>
        {
            var user = (await m.FindByIdAsync(id.ToString()))!;
            Assert.False(await m.CheckPasswordAsync(user, issued.Password));
            Assert.True(await m.CheckPasswordAsync(user, "đồng lúa quê hương mới"));
            Assert.DoesNotContain(await m.GetClaimsAsync(user), c => c.Type == AccountClaims.MustChangePassword);
            return 0;
        });
        var again = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<ChangeOwnPasswordHandler>(Roles.CouncilMember, userId: id)
            .HandleAsync(new ChangeOwnPassword(issued.Password, "một mật khẩu khác nữa"), Ct));
        Assert.Equal("Mật khẩu hiện tại không đúng.", Assert.Single(again.Errors).ErrorMessage);
    }

    [Fact]
    public async Task EachKindOfBadRow_IsNamed_AndNothingIsSaved()
    {
        var unit = await app.SeedUnitAsync((await app.SeedBlockAsync()).Id);
        var taken = Name("dacodb");
        await app.Handler<CreateUserHandler>(Roles.Administrator)
            .HandleAsync(new CreateUser(taken, "Người Đã Có", Roles.Leader, null, "mùa lúa chín vàng"), Ct);
        var good = Name("tot");
        var dup = Name("trung");
        var csv = DataFiles.Csv(
            "Tên đăng nhập,Họ tên,Email,Mã đơn vị,Vai trò\n" +
            $"{good},Người Tốt,,{unit.Code},lãnh đạo đơn vị\n" +
            $"{Name("khongdv")},Người A,,KHONG-CO,Cán bộ đầu mối\n" +
            $"{Name("khongvt")},Người B,,,Giám đốc\n" +
            $"{dup},Người C,,,Lãnh đạo tỉnh\n" +
            $"{dup},Người D,,,Lãnh đạo tỉnh\n" +
            $"{taken},Người Khác,,,Lãnh đạo tỉnh\n" +
            $"{Name("thu")},Người E,khong-phai-thu,,Lãnh đạo tỉnh\n" +
            $"{Name("thieudv")},Người F,,,Lãnh đạo cơ quan\n" +
            $"có dấu,Người G,,,Lãnh đạo tỉnh\n");

        var preview = await Preview("loi.csv", csv);

        var problems = preview.Rows.ToDictionary(r => r.Number, r => string.Join(" ", r.Problems));
        Assert.Equal(string.Empty, problems[2]);
        Assert.Contains("không có đơn vị mã \"KHONG-CO\"", problems[3], StringComparison.Ordinal);
        Assert.Contains("không có vai trò \"Giám đốc\"", problems[4], StringComparison.Ordinal);
        Assert.Equal(string.Empty, problems[5]);
        Assert.Contains($"Tên đăng nhập \"{dup}\" trùng với dòng 5 trong tệp.", problems[6], StringComparison.Ordinal);
        Assert.Contains("Tên đăng nhập đã được dùng cho một tài khoản khác.", problems[7], StringComparison.Ordinal);
        Assert.Contains("\"khong-phai-thu\" không phải địa chỉ thư điện tử hợp lệ", problems[8], StringComparison.Ordinal);
        Assert.Contains("phải gắn với một đơn vị", problems[9], StringComparison.Ordinal);
        Assert.Contains("Tên đăng nhập chỉ gồm chữ không dấu", problems[10], StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<ValidationException>(() => Import("loi.csv", csv, preview.Sha256));
        Assert.StartsWith("Chưa lưu gì: 7 dòng có lỗi (dòng 3, 4, 6, 7, 8, 9, 10)", Assert.Single(error.Errors).ErrorMessage, StringComparison.Ordinal);
        Assert.False(await app.WithUserManagerAsync(async m => await m.FindByNameAsync(good) is not null));
    }

    [Fact]
    public async Task InspectorWithAHomeUnit_FromTheFile_IsRefusedForThatUnit_InSingleAndBulkAssignment()
    {
        var sa = (await AppraisalStory.SeedAsync(app)).Sa;
        string code;
        await using (var db = app.NewDbContext())
        {
            code = await db.Units.Where(u => u.Id == sa.UnitA).Select(u => u.Code).SingleAsync();
        }

        var name = Name("tdvnha");
        var csv = DataFiles.Csv($"Tên đăng nhập,Họ tên,Mã đơn vị,Vai trò\n{name},Đỗ Văn Nội,{code},Inspector\n");
        var preview = await Preview("tdv.csv", csv);
        Assert.True(preview.CanImport, string.Join(" | ", preview.Rows.SelectMany(r => r.Problems)));
        await Import("tdv.csv", csv, preview.Sha256);
        var inspector = (await app.Handler<ListUsersHandler>(Roles.Administrator).HandleAsync(new ListUsers(), Ct)).Single(a => a.UserName == name);
        Assert.Equal(sa.UnitA, inspector.UnitId);

        var admin = () => app.Handler<AssignInspectorHandler>(Roles.Administrator);
        var single = await Assert.ThrowsAsync<ValidationException>(() =>
            admin().HandleAsync(new AssignInspector(sa.PeriodId, inspector.Id, sa.UnitA, null), Ct));
        var bulk = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<AssignInspectorToUnitsHandler>(Roles.Administrator)
            .HandleAsync(new AssignInspectorToUnits(sa.PeriodId, inspector.Id, [sa.UnitA, sa.UnitB]), Ct));
        Assert.Contains("Xã An Bình", Assert.Single(single.Errors).ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("Xã An Bình", Assert.Single(bulk.Errors).ErrorMessage, StringComparison.Ordinal);
        await admin().HandleAsync(new AssignInspector(sa.PeriodId, inspector.Id, sa.UnitB, null), Ct);
        await using var check = app.NewDbContext();
        Assert.Equal([sa.UnitB], await check.AppraisalAssignments.Where(a => a.InspectorUserId == inspector.Id).Select(a => a.UnitId!.Value).ToListAsync());
    }

    [Fact]
    public async Task SameFileTwice_SecondTimeChangesNothing_AndIssuesNoPassword()
    {
        var csv = DataFiles.Csv($"Tên đăng nhập,Họ tên,Vai trò\n{Name("lanhdao")},Phạm Văn Dũng,Leader\n");
        await Import("ld.csv", csv, (await Preview("ld.csv", csv)).Sha256);

        var again = await Preview("ld.csv", csv);
        var outcome = await Import("ld.csv", csv, again.Sha256);

        Assert.True(again.ChangesNothing);
        Assert.True(outcome.ChangedNothing);
        Assert.Empty(outcome.Passwords);
    }

    [Fact]
    public async Task Template_ListsRolesAndUnitCodes()
    {
        var unit = await app.SeedUnitAsync((await app.SeedBlockAsync()).Id, "UBND xã Mẫu Tài Khoản");

        var template = await app.Handler<GetAccountImportTemplateHandler>(Roles.Administrator).HandleAsync(new GetAccountImportTemplate(), Ct);

        var text = Encoding.UTF8.GetString(template.Content);
        Assert.StartsWith("\uFEFFTên đăng nhập,Họ tên,Email,Mã đơn vị,Vai trò", text, StringComparison.Ordinal);
        Assert.Contains($"# Mã đơn vị: {unit.Code},UBND xã Mẫu Tài Khoản", text, StringComparison.Ordinal);
        Assert.Contains("# Vai trò: Cán bộ đầu mối,AgencyStaff", text, StringComparison.Ordinal);
        Assert.Empty((await Preview(template.FileName, template.Content)).Rows);
    }

    [Fact]
    public async Task AnInspector_MayNotImportAccounts()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<PreviewAccountImportHandler>(Roles.Inspector)
            .HandleAsync(new PreviewAccountImport("a.csv", DataFiles.Csv("Tên đăng nhập\n")), Ct));
    }

    private static string Name(string prefix) => $"{prefix}.{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    private Task<SetupImportPreview> Preview(string name, byte[] content) =>
        app.Handler<PreviewAccountImportHandler>(Roles.Administrator).HandleAsync(new PreviewAccountImport(name, content), Ct);

    private Task<AccountImportOutcome> Import(string name, byte[] content, string sha) =>
        app.Handler<ImportAccountsHandler>(Roles.Administrator).HandleAsync(new ImportAccounts(name, content, sha), Ct);
}
