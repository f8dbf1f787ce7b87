using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Units;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Units;

public sealed class BlockAdministrationTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task CreateBlock_ThenUpdate_StoresBothAndAuditsEach()
    {
        var code = TestApp.UniqueCode("B");
        var id = await app.Handler<CreateBlockHandler>(Roles.Administrator)
            .HandleAsync(new CreateBlock(code, "Cơ quan ngành dọc", "Vertical agencies", BlockKind.VerticalAgency, true, 4), Ct);
        var listed = (await app.Handler<ListBlocksHandler>(Roles.Inspector).HandleAsync(new ListBlocks(), Ct)).Single(b => b.Id == id);

        await app.Handler<UpdateBlockHandler>(Roles.Administrator)
            .HandleAsync(new UpdateBlock(id, "Cơ quan ngành dọc Trung ương", "Vertical agencies", false, 5, listed.ConcurrencyStamp), Ct);

        await using var db = app.NewDbContext();
        var block = await db.Blocks.SingleAsync(b => b.Id == id);
        Assert.Equal(("Cơ quan ngành dọc Trung ương", false, 5, BlockKind.VerticalAgency), (block.Name, block.IsRanked, block.SortOrder, block.Kind));
        var update = await db.AuditEntries.SingleAsync(a => a.EntityId == id.ToString() && a.Action == "block.updated");
        Assert.Equal(("True", "False"), (AuditValues.Text(update.OldValues, "IsRanked"), AuditValues.Text(update.NewValues, "IsRanked")));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityId == id.ToString() && a.Action == "block.created"));
    }

    [Fact]
    public async Task CreateBlock_DuplicateCode_IsRefusedInVietnamese()
    {
        var existing = await app.SeedBlockAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<CreateBlockHandler>(Roles.Administrator)
            .HandleAsync(new CreateBlock(existing.Code, "Khối trùng", null, BlockKind.Department, true, 1), Ct));

        Assert.Equal("Mã khối đã được dùng cho một khối khác.", Assert.Single(error.Errors).ErrorMessage);
    }

    [Fact]
    public async Task UpdateBlock_WithStaleStamp_ThrowsConflictAndKeepsValues()
    {
        var block = await app.SeedBlockAsync(name: "Khối ban đầu");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => app.Handler<UpdateBlockHandler>(Roles.Administrator)
            .HandleAsync(new UpdateBlock(block.Id, "Khối ghi đè", null, false, 2, Guid.NewGuid()), Ct));

        await using var db = app.NewDbContext();
        Assert.Equal("Khối ban đầu", (await db.Blocks.SingleAsync(b => b.Id == block.Id)).Name);
    }

    [Fact]
    public async Task ListBlocks_CountsOnlyActiveUnits()
    {
        var block = await app.SeedBlockAsync();
        var source = await app.SeedUnitAsync(block.Id);
        var target = await app.SeedUnitAsync(block.Id);
        await app.Handler<MergeUnitsHandler>(Roles.Administrator)
            .HandleAsync(new MergeUnits(source.Id, target.Id, new DateOnly(2025, 7, 1), null, source.ConcurrencyStamp), Ct);

        var listed = (await app.Handler<ListBlocksHandler>(Roles.Administrator).HandleAsync(new ListBlocks(), Ct)).Single(b => b.Id == block.Id);

        Assert.Equal(1, listed.ActiveUnitCount);
    }
}
