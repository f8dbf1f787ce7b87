using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

public sealed record UpdateBlock(Guid Id, string Name, string? NameEn, bool IsRanked, int SortOrder, Guid ConcurrencyStamp);

public sealed class UpdateBlockHandler(
    IParIndexDbFactory dbFactory, IValidator<UpdateBlock> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(UpdateBlock request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "block.updated", nameof(Block), request.Id, ct, UnitAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);

        var block = await db.Blocks.SingleOrDefaultAsync(b => b.Id == request.Id, ct)
            ?? throw new NotFoundException(nameof(Block), request.Id);
        ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp, block.ConcurrencyStamp);

        var old = BlockAudit.Snapshot(block);
        block.Update(request.Name, request.NameEn, request.IsRanked, request.SortOrder);
        db.Audit(user, clock, "block.updated", nameof(Block), block.Id, old, BlockAudit.Snapshot(block));
        await db.SaveChangesAsync(ct);
    }
}
