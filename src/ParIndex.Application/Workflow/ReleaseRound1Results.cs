using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Workflow;

/// <summary>The administrator lets units see (or stops them seeing) their round-1 appraisal before the council decides.</summary>
public sealed record ReleaseRound1Results(Guid PeriodId, bool Released, Guid ConcurrencyStamp);

public sealed class ReleaseRound1ResultsHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock, Notifications.Notifier notifier)
{
    public async Task HandleAsync(ReleaseRound1Results request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "period.round1Released", nameof(EvaluationPeriod), request.PeriodId, ct, WorkflowAccess.Stewards);
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp, period.ConcurrencyStamp);
        var old = period.Round1ResultsReleased;
        try
        {
            period.ReleaseRound1Results(request.Released);
        }
        catch (DomainException)
        {
            throw new WorkflowRefusedException(WorkflowMessages.ReleaseOnlyInAppraisal);
        }

        db.Audit(user, clock, "period.round1Released", nameof(EvaluationPeriod), period.Id, new { Released = old }, new { Released = request.Released });
        if (request.Released && !old)
        {
            await Notifications.CycleNotices.Round1ReleasedAsync(db, notifier, period, clock.GetUtcNow().UtcDateTime, ct);
        }

        await db.SaveChangesAsync(ct);
    }
}
