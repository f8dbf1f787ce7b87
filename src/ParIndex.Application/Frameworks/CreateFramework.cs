using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Frameworks;

/// <summary>Starts an empty draft framework for a kind of block.</summary>
public sealed record CreateFramework(string Code, string Name, BlockKind BlockKind, int Version, string LegalBasis, decimal BonusCap, decimal DeductionCap);

public sealed class CreateFrameworkHandler(
    IParIndexDbFactory dbFactory, IValidator<CreateFramework> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(CreateFramework request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "framework.created", nameof(Framework), null, ct, FrameworkAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);
        var code = request.Code.Trim();
        if (await db.Frameworks.AnyAsync(f => f.Code == code && f.Version == request.Version, ct))
        {
            throw FrameworkMessages.Invalid(nameof(request.Version), FrameworkMessages.FrameworkVersionTaken);
        }

        var framework = new Framework(code, request.Name, request.BlockKind, request.Version, request.LegalBasis, isIllustrative: false);
        framework.SetCaps(request.BonusCap, request.DeductionCap);
        db.Frameworks.Add(framework);
        db.Audit(user, clock, "framework.created", nameof(Framework), framework.Id, newValues: request);
        await db.SaveChangesAsync(ct);
        return framework.Id;
    }
}
