using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

public sealed record CreateBlock(string Code, string Name, string? NameEn, BlockKind Kind, bool IsRanked, int SortOrder);

public sealed class CreateBlockHandler(
    IParIndexDbFactory dbFactory, IValidator<CreateBlock> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(CreateBlock request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "block.created", nameof(Block), null, ct, UnitAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);

        var block = new Block(request.Code, request.Name, request.NameEn, request.Kind, request.IsRanked, request.SortOrder);
        db.Blocks.Add(block);
        db.Audit(user, clock, "block.created", nameof(Block), block.Id, newValues: BlockAudit.Snapshot(block));
        await db.SaveChangesAsync(ct);
        return block.Id;
    }
}
