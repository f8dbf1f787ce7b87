using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Units;
using ParIndex.Application.Users;
using ParIndex.Domain.Units;

namespace ParIndex.Application.SetupImport;

/// <summary>The units file template, with the province's block codes as help lines.</summary>
public sealed record GetUnitImportTemplate;

/// <summary>The accounts file template, with the role names and the province's unit codes as help lines.</summary>
public sealed record GetAccountImportTemplate;

public sealed class GetUnitImportTemplateHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<ImportTemplate> HandleAsync(GetUnitImportTemplate request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "units.templateRead", nameof(Unit), null, ct, UnitAccess.Editors);
        var blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Code).Select(b => new { b.Code, b.Name }).ToListAsync(ct);
        List<string?[]> csv =
        [
            ["Mã đơn vị", "Tên đơn vị", "Tên viết tắt", "Mã khối"],
            ["# Mỗi dòng một đơn vị. Dòng bắt đầu bằng # là hướng dẫn, không được nhập. Cột Mã khối ghi mã hoặc tên một khối dưới đây."],
            .. blocks.Select(block => new string?[] { $"# Mã khối: {block.Code}", block.Name }),
        ];
        return new ImportTemplate("mau-nhap-don-vi.csv", CsvDocument.Write(csv));
    }
}

public sealed class GetAccountImportTemplateHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<ImportTemplate> HandleAsync(GetAccountImportTemplate request, CancellationToken ct)
    {
        await user.RequireAdministratorAsync(dbFactory, clock, "users.templateRead", null, ct);
        await using var db = await dbFactory.CreateAsync(ct);
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Code).Select(u => new { u.Code, u.Name }).ToListAsync(ct);
        List<string?[]> csv =
        [
            ["Tên đăng nhập", "Họ tên", "Email", "Mã đơn vị", "Vai trò"],
            ["# Mỗi dòng một tài khoản. Dòng bắt đầu bằng # là hướng dẫn. Cán bộ đầu mối và Lãnh đạo cơ quan ghi Mã đơn vị; thẩm định viên có thể ghi đơn vị công tác của mình (sẽ không được phân công thẩm định đơn vị đó); các vai trò khác để trống."],
            .. AccountRoles.VietnameseNames.Select(role => new string?[] { $"# Vai trò: {role.Value}", role.Key }),
            .. units.Select(unit => new string?[] { $"# Mã đơn vị: {unit.Code}", unit.Name }),
        ];
        return new ImportTemplate("mau-nhap-tai-khoan.csv", CsvDocument.Write(csv));
    }
}
