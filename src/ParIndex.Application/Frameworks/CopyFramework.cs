using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks;

/// <summary>Copies a framework (usually last year's, frozen) into a new draft version to edit for the next period.</summary>
public sealed record CopyFramework(Guid SourceId, string Code, int Version, string Name, string LegalBasis);

public sealed class CopyFrameworkHandler(
    IParIndexDbFactory dbFactory, IValidator<CopyFramework> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(CopyFramework request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "framework.copied", nameof(Framework), request.SourceId, ct, FrameworkAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);

        var source = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).SingleOrDefaultAsync(f => f.Id == request.SourceId, ct)
            ?? throw new NotFoundException(nameof(Framework), request.SourceId);
        var code = request.Code.Trim();
        if (await db.Frameworks.AnyAsync(f => f.Code == code && f.Version == request.Version, ct))
        {
            throw FrameworkMessages.Invalid(nameof(request.Version), FrameworkMessages.FrameworkVersionTaken);
        }

        var copy = source.CopyAsDraft(code, request.Version, request.Name, request.LegalBasis);
        db.Frameworks.Add(copy);
        db.Audit(user, clock, "framework.copied", nameof(Framework), copy.Id,
            newValues: new { FromId = source.Id, FromCode = source.Code, FromVersion = source.Version, copy.Code, copy.Version, Nodes = copy.Nodes.Count });
        await db.SaveChangesAsync(ct);
        return copy.Id;
    }
}
