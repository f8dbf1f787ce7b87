using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Workflow;

/// <summary>
/// The scheduled lock: closes self-assessment once its last deadline (extensions included) has passed, and the
/// explanation round at its deadline. Running it again changes nothing.
/// </summary>
public sealed record CloseExpiredRounds;

public sealed class CloseExpiredRoundsHandler(IParIndexDbFactory dbFactory, TimeProvider clock)
{
    public async Task<int> HandleAsync(CloseExpiredRounds request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var periods = await db.Periods.Where(p => p.State == PeriodState.SelfAssessmentOpen || p.State == PeriodState.ExplanationOpen).ToListAsync(ct);
        var closed = 0;
        foreach (var period in periods)
        {
            var (due, next) = period.State == PeriodState.SelfAssessmentOpen
                ? (await PeriodSteps.SelfAssessmentEndsAtAsync(db, period, ct), PeriodState.SelfAssessmentClosed)
                : (period.ExplanationDeadlineUtc ?? DateTime.MaxValue, PeriodState.ExplanationClosed);
            if (now < due)
            {
                continue;
            }

            var from = period.State;
            await PeriodSteps.ApplyAsync(db, period, next, now, ct);
            db.Audit(SystemUser.Instance, clock, "period.closedAtDeadline", nameof(EvaluationPeriod), period.Id, new { State = from },
                new { period.State, DeadlineUtc = due });
            closed++;
        }

        await db.SaveChangesAsync(ct);
        return closed;
    }
}
