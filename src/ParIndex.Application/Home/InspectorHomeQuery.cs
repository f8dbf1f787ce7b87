using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.Home;

/// <summary>The inspector's view: how far the units are with the current period's self-assessment.</summary>
internal static class InspectorHomeQuery
{
    public static async Task<InspectorHome?> LoadAsync(IParIndexDb db, PeriodRow? current, DateTime nowUtc, CancellationToken ct)
    {
        if (current is null)
        {
            return null;
        }

        var byState = await db.Assessments.AsNoTracking().Where(a => a.PeriodId == current.Id)
            .GroupBy(a => a.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(Func<AssessmentState, bool> match) => byState.Where(s => match(s.State)).Sum(s => s.Count);

        return new InspectorHome(
            current.Line,
            HomePeriods.Deadline(current.SelfAssessmentDeadlineUtc, nowUtc),
            Count(_ => true),
            Count(s => s == AssessmentState.NotStarted),
            Count(s => s == AssessmentState.InProgress),
            Count(s => s is not (AssessmentState.NotStarted or AssessmentState.InProgress or AssessmentState.LockedAtDeadline)),
            Count(s => s == AssessmentState.LockedAtDeadline));
    }
}
