using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Periods;

/// <summary>Chooses the framework a block's units are scored against in a period still in draft.</summary>
public sealed record AssignFramework(Guid PeriodId, Guid BlockId, Guid FrameworkId, Guid ConcurrencyStamp);

public sealed class AssignFrameworkHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(AssignFramework request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "period.frameworkAssigned", nameof(EvaluationPeriod), request.PeriodId, ct, PeriodAccess.Editors);

        var period = await PeriodRules.LoadForChangeAsync(db, request.PeriodId, request.ConcurrencyStamp, ct);
        var block = await db.Blocks.SingleOrDefaultAsync(b => b.Id == request.BlockId, ct)
            ?? throw new NotFoundException(nameof(Block), request.BlockId);
        var framework = await db.Frameworks.Include(f => f.Nodes).SingleOrDefaultAsync(f => f.Id == request.FrameworkId, ct)
            ?? throw new NotFoundException(nameof(Framework), request.FrameworkId);
        Refuse(period.State != PeriodState.Draft, PeriodMessages.FrameworksFrozen);
        Refuse(!Fits(framework.BlockKind, block.Kind), PeriodMessages.FrameworkKindMismatch);
        Refuse(FrameworkChecks.Check(framework).Any(i => i.Severity == FrameworkIssueSeverity.Error), PeriodMessages.FrameworkHasErrors);

        var old = period.Frameworks.FirstOrDefault(f => f.BlockId == block.Id)?.FrameworkId;
        period.UseFramework(block.Id, framework.Id);
        db.Audit(user, clock, "period.frameworkAssigned", nameof(EvaluationPeriod), period.Id,
            new { BlockId = block.Id, FrameworkId = old }, new { BlockId = block.Id, FrameworkId = framework.Id, framework.Code, framework.Version });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Vertical agencies are usually scored with the departments' framework (they are classified, not ranked).</summary>
    private static bool Fits(BlockKind frameworkKind, BlockKind blockKind) =>
        frameworkKind == blockKind || (frameworkKind == BlockKind.Department && blockKind == BlockKind.VerticalAgency);

    private static void Refuse(bool condition, string message)
    {
        if (condition)
        {
            throw new ValidationException([new ValidationFailure(nameof(AssignFramework.FrameworkId), message)]);
        }
    }
}
