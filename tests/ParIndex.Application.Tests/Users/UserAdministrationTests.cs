using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Users;

namespace ParIndex.Application.Tests.Users;

public sealed class UserAdministrationTests(TestApp app) : IClassFixture<TestApp>
{
    private const string GoodPassword = "mùa lúa chín vàng";
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task CreateUser_AgencyStaffWithUnit_StoresRoleUnitAndAuditWithoutPassword()
    {
        var unit = await app.SeedUnitAsync((await app.SeedBlockAsync()).Id, "UBND phường Hạc Thành");
        var userName = UniqueUserName();

        var id = await app.Handler<CreateUserHandler>(Roles.Administrator)
            .HandleAsync(new CreateUser(userName, "Nguyễn Thị Lan", Roles.AgencyStaff, unit.Id, GoodPassword), Ct);

        var account = await app.Handler<ListUsersHandler>(Roles.Administrator).HandleAsync(new ListUsers(), Ct);
        var created = Assert.Single(account, a => a.Id == id);
        Assert.Equal((userName, "Nguyễn Thị Lan", unit.Id, "UBND phường Hạc Thành", true), (created.UserName, created.FullName, created.UnitId, created.UnitName, created.IsActive));
        Assert.Equal([Roles.AgencyStaff], created.Roles);
        Assert.True(await app.WithUserManagerAsync(async m => await m.CheckPasswordAsync((await m.FindByIdAsync(id.ToString()))!, GoodPassword)));
        await using var db = app.NewDbContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityId == id.ToString() && a.Action == "user.created");
        Assert.DoesNotContain(GoodPassword, audit.NewValues, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", audit.NewValues, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(Roles.AgencyStaff)]
    [InlineData(Roles.AgencyLeader)]
    public async Task CreateUser_AgencyRoleWithoutUnit_IsRefused(string role)
    {
        var userName = UniqueUserName();

        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<CreateUserHandler>(Roles.Administrator)
            .HandleAsync(new CreateUser(userName, "Trần Văn Bình", role, null, GoodPassword), Ct));

        var failure = Assert.Single(error.Errors);
        Assert.Equal((nameof(CreateUser.UnitId), "Tài khoản của cơ quan, đơn vị phải gắn với một đơn vị."), (failure.PropertyName, failure.ErrorMessage));
        await AssertNoUserAsync(userName);
    }

    [Fact]
    public async Task CreateUser_ProvinceLeaderWithUnit_IsRefused()
    {
        // Inspectors may name a home unit (the conflict-of-interest rule); the province's leaders see every unit and have none.
        var unit = await app.SeedUnitAsync((await app.SeedBlockAsync()).Id);
        var userName = UniqueUserName();

        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<CreateUserHandler>(Roles.Administrator)
            .HandleAsync(new CreateUser(userName, "Lê Văn Cường", Roles.Leader, unit.Id, GoodPassword), Ct));

        Assert.Equal("Vai trò này không gắn với đơn vị; hãy bỏ chọn đơn vị.", Assert.Single(error.Errors).ErrorMessage);
        await AssertNoUserAsync(userName);
    }

    [Fact]
    public async Task CreateUser_AgencyUserOfMergedUnit_IsRefused()
    {
        var block = await app.SeedBlockAsync();
        var merged = await app.SeedUnitAsync(block.Id);
        var target = await app.SeedUnitAsync(block.Id);
        await app.Handler<Application.Units.MergeUnitsHandler>(Roles.Administrator).HandleAsync(
            new Application.Units.MergeUnits(merged.Id, target.Id, new DateOnly(2025, 7, 1), null, merged.ConcurrencyStamp), Ct);

        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<CreateUserHandler>(Roles.Administrator)
            .HandleAsync(new CreateUser(UniqueUserName(), "Phạm Thị Dung", Roles.AgencyLeader, merged.Id, GoodPassword), Ct));

        Assert.Equal("Đơn vị không tồn tại hoặc đã ngừng hoạt động.", Assert.Single(error.Errors).ErrorMessage);
    }

    [Fact]
    public async Task CreateUser_UnknownRole_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<CreateUserHandler>(Roles.Administrator)
            .HandleAsync(new CreateUser(UniqueUserName(), "Hoàng Văn Em", "SuperUser", null, GoodPassword), Ct));

        Assert.Equal("Vui lòng chọn một vai trò hợp lệ.", Assert.Single(error.Errors).ErrorMessage);
    }

    [Fact]
    public async Task CreateUser_DuplicateUserName_IsRefused()
    {
        var userName = await CreateInspectorAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<CreateUserHandler>(Roles.Administrator)
            .HandleAsync(new CreateUser(userName.ToUpperInvariant(), "Người thứ hai", Roles.Inspector, null, GoodPassword), Ct));

        Assert.Equal("Tên đăng nhập đã được dùng cho một tài khoản khác.", Assert.Single(error.Errors).ErrorMessage);
    }

    [Fact]
    public async Task CreateUser_ShortPassword_IsRefusedInVietnameseOnThePasswordField()
    {
        var userName = UniqueUserName();

        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<CreateUserHandler>(Roles.Administrator)
            .HandleAsync(new CreateUser(userName, "Vũ Thị Giang", Roles.Inspector, null, "ngắn"), Ct));

        var failure = Assert.Single(error.Errors);
        Assert.Equal(("Password", $"Mật khẩu phải có ít nhất {TestApp.PasswordLength} ký tự."), (failure.PropertyName, failure.ErrorMessage));
        await AssertNoUserAsync(userName);
    }

    [Fact]
    public async Task UpdateUser_ToAgencyLeader_ChangesRoleUnitAndSecurityStamp()
    {
        var unit = await app.SeedUnitAsync((await app.SeedBlockAsync()).Id);
        var userName = await CreateInspectorAsync();
        var before = await FindAsync(userName);
        var stampBefore = await SecurityStampAsync(before.Id);

        await app.Handler<UpdateUserHandler>(Roles.Administrator)
            .HandleAsync(new UpdateUser(before.Id, "Tên đã sửa", Roles.AgencyLeader, unit.Id, true, before.ConcurrencyStamp), Ct);

        var after = await FindAsync(userName);
        Assert.Equal(("Tên đã sửa", (Guid?)unit.Id), (after.FullName, after.UnitId));
        Assert.Equal([Roles.AgencyLeader], after.Roles);
        Assert.NotEqual(stampBefore, await SecurityStampAsync(before.Id));
        await using var db = app.NewDbContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityId == before.Id.ToString() && a.Action == "user.updated");
        Assert.Contains(Roles.Inspector, AuditValues.Text(audit.OldValues, "Roles"), StringComparison.Ordinal);
        Assert.Contains(Roles.AgencyLeader, AuditValues.Text(audit.NewValues, "Roles"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateUser_WithStaleStamp_ThrowsConflictAndChangesNothing()
    {
        var userName = await CreateInspectorAsync();
        var before = await FindAsync(userName);
        await app.Handler<UpdateUserHandler>(Roles.Administrator)
            .HandleAsync(new UpdateUser(before.Id, "Sửa lần một", Roles.Inspector, null, true, before.ConcurrencyStamp), Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => app.Handler<UpdateUserHandler>(Roles.Administrator)
            .HandleAsync(new UpdateUser(before.Id, "Sửa lần hai", Roles.CouncilMember, null, true, before.ConcurrencyStamp), Ct));

        var after = await FindAsync(userName);
        Assert.Equal("Sửa lần một", after.FullName);
        Assert.Equal([Roles.Inspector], after.Roles);
    }

    [Fact]
    public async Task DisableUser_EndsSessionsThroughANewSecurityStampAndAudits()
    {
        var userName = await CreateInspectorAsync();
        var before = await FindAsync(userName);
        var stampBefore = await SecurityStampAsync(before.Id);

        await app.Handler<DisableUserHandler>(Roles.Administrator).HandleAsync(new DisableUser(before.Id, before.ConcurrencyStamp), Ct);

        Assert.False((await FindAsync(userName)).IsActive);
        Assert.NotEqual(stampBefore, await SecurityStampAsync(before.Id));
        await using var db = app.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityId == before.Id.ToString() && a.Action == "user.disabled" && a.Succeeded));
    }

    [Fact]
    public async Task DisableUser_Themselves_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<DisableUserHandler>(Roles.Administrator)
            .HandleAsync(new DisableUser(TestApp.AdministratorId, "any"), Ct));

        Assert.Equal("Bạn không thể vô hiệu hóa tài khoản của chính mình.", Assert.Single(error.Errors).ErrorMessage);
    }

    [Fact]
    public async Task ResetPassword_ReplacesPasswordAndEndsSessions()
    {
        var userName = await CreateInspectorAsync();
        var user = await FindAsync(userName);
        var stampBefore = await SecurityStampAsync(user.Id);
        const string newPassword = "sông Mã xanh biếc";

        await app.Handler<ResetPasswordHandler>(Roles.Administrator).HandleAsync(new ResetPassword(user.Id, newPassword), Ct);

        Assert.True(await CheckPasswordAsync(user.Id, newPassword));
        Assert.False(await CheckPasswordAsync(user.Id, GoodPassword));
        Assert.NotEqual(stampBefore, await SecurityStampAsync(user.Id));
        await using var db = app.NewDbContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityId == user.Id.ToString() && a.Action == "user.passwordReset");
        Assert.Null(audit.OldValues);
        Assert.Null(audit.NewValues);
    }

    [Fact]
    public async Task ResetPassword_WeakPassword_IsRefusedAndOldPasswordStillWorks()
    {
        var user = await FindAsync(await CreateInspectorAsync());

        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<ResetPasswordHandler>(Roles.Administrator)
            .HandleAsync(new ResetPassword(user.Id, "12345"), Ct));

        Assert.Equal(nameof(ResetPassword.NewPassword), Assert.Single(error.Errors).PropertyName);
        Assert.True(await CheckPasswordAsync(user.Id, GoodPassword));
    }

    [Theory]
    [InlineData(Roles.AgencyStaff)]
    [InlineData(Roles.Inspector)]
    [InlineData(Roles.Leader)]
    public async Task EveryUserOperation_ByNonAdministrator_IsDeniedAndPersistsNothing(string role)
    {
        var victim = await FindAsync(await CreateInspectorAsync());
        var newUserName = UniqueUserName();

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<ListUsersHandler>(role).HandleAsync(new ListUsers(), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<CreateUserHandler>(role)
            .HandleAsync(new CreateUser(newUserName, "Kẻ lạ", Roles.Administrator, null, GoodPassword), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<UpdateUserHandler>(role)
            .HandleAsync(new UpdateUser(victim.Id, "Đổi tên", Roles.Administrator, null, true, victim.ConcurrencyStamp), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<ResetPasswordHandler>(role)
            .HandleAsync(new ResetPassword(victim.Id, "mật khẩu kẻ lạ đặt"), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<DisableUserHandler>(role)
            .HandleAsync(new DisableUser(victim.Id, victim.ConcurrencyStamp), Ct));

        await AssertNoUserAsync(newUserName);
        var after = await FindAsync(victim.UserName);
        Assert.Equal(victim with { Roles = [] }, after with { Roles = [] });
        Assert.Equal(victim.Roles, after.Roles);
        Assert.True(await CheckPasswordAsync(victim.Id, GoodPassword));
        await using var db = app.NewDbContext();
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.EntityId == victim.Id.ToString() && !a.Succeeded));
    }

    private static string UniqueUserName() => $"cb.{Guid.NewGuid():N}"[..14];

    private async Task<string> CreateInspectorAsync()
    {
        var userName = UniqueUserName();
        await app.Handler<CreateUserHandler>(Roles.Administrator)
            .HandleAsync(new CreateUser(userName, "Đỗ Văn Hùng", Roles.Inspector, null, GoodPassword), Ct);
        return userName;
    }

    private async Task<UserAccount> FindAsync(string userName) =>
        (await app.Handler<ListUsersHandler>(Roles.Administrator).HandleAsync(new ListUsers(), Ct)).Single(u => u.UserName == userName);

    private Task<string> SecurityStampAsync(Guid userId) =>
        app.WithUserManagerAsync(async m => await m.GetSecurityStampAsync((await m.FindByIdAsync(userId.ToString()))!));

    private Task<bool> CheckPasswordAsync(Guid userId, string password) =>
        app.WithUserManagerAsync(async m => await m.CheckPasswordAsync((await m.FindByIdAsync(userId.ToString()))!, password));

    private async Task AssertNoUserAsync(string userName)
    {
        await using var db = app.NewDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.NormalizedUserName == userName.ToUpperInvariant()));
    }
}
