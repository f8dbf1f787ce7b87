using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Units;

namespace ParIndex.Application.Tests.Units;

public sealed class UnitAdministrationTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task CreateUnit_ByAdministrator_StoresUnitAndAuditsNewValues()
    {
        var block = await app.SeedBlockAsync();
        var code = TestApp.UniqueCode("X");

        var (id, _) = await app.Handler<CreateUnitHandler>(Roles.Administrator)
            .HandleAsync(new CreateUnit($"  {code} ", "UBND phường Hạc Thành", "P. Hạc Thành", block.Id), Ct);

        await using var db = app.NewDbContext();
        var unit = await db.Units.SingleAsync(u => u.Id == id);
        Assert.Equal((code, "UBND phường Hạc Thành", "P. Hạc Thành", block.Id, true), (unit.Code, unit.Name, unit.ShortName, unit.BlockId, unit.IsActive));
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityId == id.ToString() && a.Action == "unit.created");
        Assert.True(audit.Succeeded);
        Assert.Null(audit.OldValues);
        Assert.Equal("UBND phường Hạc Thành", AuditValues.Text(audit.NewValues, "Name"));
        Assert.Equal(TestApp.AdministratorId, audit.UserId);
        Assert.Equal(app.Clock.Now.UtcDateTime, audit.OccurredAtUtc);
    }

    [Fact]
    public async Task CreateUnit_DuplicateCode_IsRefusedInVietnamese()
    {
        var block = await app.SeedBlockAsync();
        var existing = await app.SeedUnitAsync(block.Id);

        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<CreateUnitHandler>(Roles.Administrator)
            .HandleAsync(new CreateUnit(existing.Code, "Một đơn vị khác", null, block.Id), Ct));

        var failure = Assert.Single(error.Errors);
        Assert.Equal(nameof(CreateUnit.Code), failure.PropertyName);
        Assert.Equal("Mã đơn vị đã được dùng cho một đơn vị khác.", failure.ErrorMessage);
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.Units.CountAsync(u => u.Code == existing.Code));
    }

    [Theory]
    [InlineData("Sở Giả\r\n[12:00 INF] Đã công bố")]
    [InlineData("Sở\tTư pháp")]
    public async Task UnitNames_WithALineBreakOrControlCharacter_AreRefused(string name)
    {
        var block = await app.SeedBlockAsync();
        var unit = await app.SeedUnitAsync(block.Id);

        var created = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<CreateUnitHandler>(Roles.Administrator)
            .HandleAsync(new CreateUnit(TestApp.UniqueCode("N"), name, null, block.Id), Ct));
        var renamed = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<RenameUnitHandler>(Roles.Administrator)
            .HandleAsync(new RenameUnit(unit.Id, name, null, unit.ConcurrencyStamp), Ct));

        Assert.Equal(UnitMessages.NameOneLine, Assert.Single(created.Errors).ErrorMessage);
        Assert.Equal(UnitMessages.NameOneLine, Assert.Single(renamed.Errors).ErrorMessage);
    }

    [Fact]
    public async Task CreateUnit_UnknownBlock_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<CreateUnitHandler>(Roles.Administrator)
            .HandleAsync(new CreateUnit(TestApp.UniqueCode("X"), "UBND xã Không Khối", null, Guid.NewGuid()), Ct));

        Assert.Equal("Khối không tồn tại.", Assert.Single(error.Errors).ErrorMessage);
    }

    [Fact]
    public async Task RenameUnit_WithCurrentStamp_RenamesAndAuditsOldAndNewNames()
    {
        var block = await app.SeedBlockAsync();
        var unit = await app.SeedUnitAsync(block.Id, "UBND xã Cũ");

        await app.Handler<RenameUnitHandler>(Roles.Administrator)
            .HandleAsync(new RenameUnit(unit.Id, "UBND xã Mới", "Xã Mới", unit.ConcurrencyStamp), Ct);

        await using var db = app.NewDbContext();
        var stored = await db.Units.SingleAsync(u => u.Id == unit.Id);
        Assert.Equal(("UBND xã Mới", "Xã Mới"), (stored.Name, stored.ShortName));
        Assert.NotEqual(unit.ConcurrencyStamp, stored.ConcurrencyStamp);
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityId == unit.Id.ToString() && a.Action == "unit.renamed");
        Assert.Equal(("UBND xã Cũ", null), (AuditValues.Text(audit.OldValues, "Name"), AuditValues.Text(audit.OldValues, "ShortName")));
        Assert.Equal(("UBND xã Mới", "Xã Mới"), (AuditValues.Text(audit.NewValues, "Name"), AuditValues.Text(audit.NewValues, "ShortName")));
    }

    [Fact]
    public async Task RenameUnit_WithStaleStamp_ThrowsConflictAndChangesNothing()
    {
        var block = await app.SeedBlockAsync();
        var unit = await app.SeedUnitAsync(block.Id, "UBND xã Gốc");
        await app.Handler<RenameUnitHandler>(Roles.Administrator)
            .HandleAsync(new RenameUnit(unit.Id, "UBND xã Người Trước", null, unit.ConcurrencyStamp), Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => app.Handler<RenameUnitHandler>(Roles.Administrator)
            .HandleAsync(new RenameUnit(unit.Id, "UBND xã Người Sau", null, unit.ConcurrencyStamp), Ct));

        await using var db = app.NewDbContext();
        Assert.Equal("UBND xã Người Trước", (await db.Units.SingleAsync(u => u.Id == unit.Id)).Name);
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityId == unit.Id.ToString() && a.Action == "unit.renamed"));
    }

    [Fact]
    public async Task MoveUnitToBlock_ToAnotherBlock_MovesAndAudits()
    {
        var from = await app.SeedBlockAsync();
        var to = await app.SeedBlockAsync();
        var unit = await app.SeedUnitAsync(from.Id);

        await app.Handler<MoveUnitToBlockHandler>(Roles.Administrator)
            .HandleAsync(new MoveUnitToBlock(unit.Id, to.Id, unit.ConcurrencyStamp), Ct);

        await using var db = app.NewDbContext();
        Assert.Equal(to.Id, (await db.Units.SingleAsync(u => u.Id == unit.Id)).BlockId);
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityId == unit.Id.ToString() && a.Action == "unit.movedToBlock");
        Assert.Equal(from.Id.ToString(), AuditValues.Text(audit.OldValues, "BlockId"));
        Assert.Equal(to.Id.ToString(), AuditValues.Text(audit.NewValues, "BlockId"));
    }

    [Fact]
    public async Task MoveUnitToBlock_StaleStamp_ThrowsConflictAndKeepsBlock()
    {
        var from = await app.SeedBlockAsync();
        var to = await app.SeedBlockAsync();
        var unit = await app.SeedUnitAsync(from.Id);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => app.Handler<MoveUnitToBlockHandler>(Roles.Administrator)
            .HandleAsync(new MoveUnitToBlock(unit.Id, to.Id, Guid.NewGuid()), Ct));

        await using var db = app.NewDbContext();
        Assert.Equal(from.Id, (await db.Units.SingleAsync(u => u.Id == unit.Id)).BlockId);
    }

    [Theory]
    [InlineData(Roles.AgencyStaff)]
    [InlineData(Roles.AgencyLeader)]
    [InlineData(Roles.Inspector)]
    [InlineData(Roles.CouncilMember)]
    [InlineData(Roles.Leader)]
    public async Task EveryWrite_ByNonAdministrator_IsDeniedAuditedAndPersistsNothing(string role)
    {
        var block = await app.SeedBlockAsync();
        var other = await app.SeedBlockAsync();
        var unit = await app.SeedUnitAsync(block.Id, "UBND xã Giữ Nguyên");
        var target = await app.SeedUnitAsync(block.Id);
        var newCode = TestApp.UniqueCode("N");
        var newBlockCode = TestApp.UniqueCode("K");

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<CreateUnitHandler>(role, unit.Id)
            .HandleAsync(new CreateUnit(newCode, "UBND xã Lạ", null, block.Id), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<RenameUnitHandler>(role, unit.Id)
            .HandleAsync(new RenameUnit(unit.Id, "Tên lạ", null, unit.ConcurrencyStamp), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<MoveUnitToBlockHandler>(role, unit.Id)
            .HandleAsync(new MoveUnitToBlock(unit.Id, other.Id, unit.ConcurrencyStamp), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<MergeUnitsHandler>(role, unit.Id)
            .HandleAsync(new MergeUnits(unit.Id, target.Id, new DateOnly(2025, 7, 1), null, unit.ConcurrencyStamp), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<CreateBlockHandler>(role, unit.Id)
            .HandleAsync(new CreateBlock(newBlockCode, "Khối lạ", null, Domain.Units.BlockKind.Department, true, 1), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<UpdateBlockHandler>(role, unit.Id)
            .HandleAsync(new UpdateBlock(block.Id, "Khối đổi tên", null, false, 9, block.ConcurrencyStamp), Ct));

        await using var db = app.NewDbContext();
        var stored = await db.Units.SingleAsync(u => u.Id == unit.Id);
        Assert.Equal(("UBND xã Giữ Nguyên", block.Id, true, unit.ConcurrencyStamp), (stored.Name, stored.BlockId, stored.IsActive, stored.ConcurrencyStamp));
        Assert.False(await db.Units.AnyAsync(u => u.Code == newCode));
        Assert.False(await db.Blocks.AnyAsync(b => b.Code == newBlockCode));
        Assert.Equal(block.Name, (await db.Blocks.SingleAsync(b => b.Id == block.Id)).Name);
        Assert.False(await db.UnitMerges.AnyAsync(m => m.PredecessorUnitId == unit.Id));
        var refusals = await db.AuditEntries.Where(a => a.EntityId == unit.Id.ToString() || a.EntityId == block.Id.ToString()).ToListAsync();
        Assert.Equal(3, refusals.Count(a => a.EntityId == unit.Id.ToString()));
        Assert.All(refusals, a => Assert.False(a.Succeeded));
    }

    [Theory]
    [InlineData(Roles.AgencyStaff)]
    [InlineData(Roles.AgencyLeader)]
    public async Task ListUnits_ByAgencyUser_IsDenied(string role)
    {
        var block = await app.SeedBlockAsync();
        var unit = await app.SeedUnitAsync(block.Id);

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<ListUnitsHandler>(role, unit.Id).HandleAsync(new ListUnits(), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<GetUnitHandler>(role, unit.Id).HandleAsync(new GetUnit(unit.Id), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<ListBlocksHandler>(role, unit.Id).HandleAsync(new ListBlocks(), Ct));
    }

    [Theory]
    [InlineData(Roles.Inspector)]
    [InlineData(Roles.CouncilMember)]
    [InlineData(Roles.Leader)]
    public async Task ListUnits_ByProvinceWideReader_FiltersByBlockAndSearch(string role)
    {
        var block = await app.SeedBlockAsync(name: "Khối phường lọc");
        await app.SeedUnitAsync(block.Id, "UBND phường Đông Sơn");
        await app.SeedUnitAsync(block.Id, "UBND phường Quảng Hưng");
        await app.SeedUnitAsync((await app.SeedBlockAsync()).Id, "UBND phường Đông Tiến");

        var units = await app.Handler<ListUnitsHandler>(role).HandleAsync(new ListUnits(block.Id, true, "Đông"), Ct);

        var unit = Assert.Single(units);
        Assert.Equal(("UBND phường Đông Sơn", "Khối phường lọc", true), (unit.Name, unit.BlockName, unit.IsActive));
    }

    [Fact]
    public async Task ListUnits_SearchWithLikeWildcards_MatchesLiterally()
    {
        var block = await app.SeedBlockAsync();
        await app.SeedUnitAsync(block.Id, "Sở 100% thật");
        await app.SeedUnitAsync(block.Id, "Sở 1000 giả");

        var units = await app.Handler<ListUnitsHandler>(Roles.Administrator).HandleAsync(new ListUnits(block.Id, null, "100%"), Ct);

        Assert.Equal("Sở 100% thật", Assert.Single(units).Name);
    }

    [Fact]
    public async Task ListUnits_SortsNamesInVietnameseOrder()
    {
        var block = await app.SeedBlockAsync();
        await app.SeedUnitAsync(block.Id, "UBND phường Quảng Phú");
        await app.SeedUnitAsync(block.Id, "UBND phường Đông Sơn");
        await app.SeedUnitAsync(block.Id, "UBND phường Ba Đình");

        var units = await app.Handler<ListUnitsHandler>(Roles.Administrator).HandleAsync(new ListUnits(block.Id), Ct);

        Assert.Equal(["UBND phường Ba Đình", "UBND phường Đông Sơn", "UBND phường Quảng Phú"], units.Select(u => u.Name));
    }
}
