using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.SelfAssessment;

/// <summary>Run by the deadline job: locks unsubmitted self-assessments whose deadline (or extension) has passed.</summary>
public sealed record LockOverdueAssessments;

public sealed class LockOverdueAssessmentsHandler(IParIndexDbFactory dbFactory, TimeProvider clock)
{
    /// <summary>Returns how many were locked now; running it again locks nothing more.</summary>
    public async Task<int> HandleAsync(LockOverdueAssessments request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var periods = await db.Periods.AsNoTracking().Where(p => p.State == PeriodState.SelfAssessmentOpen).ToListAsync(ct);
        var locked = 0;
        foreach (var period in periods)
        {
            var open = await db.Assessments
                .Where(a => a.PeriodId == period.Id && (a.State == AssessmentState.NotStarted || a.State == AssessmentState.InProgress))
                .ToListAsync(ct);
            foreach (var assessment in open.Where(a => a.LockIfPastDeadline(period, now)))
            {
                db.Audit(SystemUser.Instance, clock, "selfAssessment.lockedAtDeadline", nameof(Assessment), assessment.Id,
                    null, new { assessment.State, Deadline = assessment.ExtendedDeadlineUtc ?? period.SelfAssessmentDeadlineUtc });
                locked++;
            }
        }

        await db.SaveChangesAsync(ct);
        return locked;
    }
}
