using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Home;

/// <summary>Which periods the home page talks about.</summary>
internal static class HomePeriods
{
    public static readonly Expression<Func<EvaluationPeriod, PeriodRow>> ToRow =
        p => new PeriodRow(p.Id, p.Year, p.Name, p.State, p.PublishedAtUtc, p.SelfAssessmentDeadlineUtc);

    public static IQueryable<EvaluationPeriod> Published(IParIndexDb db) =>
        db.Periods.AsNoTracking().Where(p => p.State == PeriodState.Published || p.State == PeriodState.Archived);

    /// <summary>The latest period that is under way: opened, and not yet published.</summary>
    public static Task<PeriodRow?> CurrentAsync(IParIndexDb db, CancellationToken ct) =>
        db.Periods.AsNoTracking()
            .Where(p => p.State != PeriodState.Draft && p.State != PeriodState.Published && p.State != PeriodState.Archived)
            .OrderByDescending(p => p.Year).Select(ToRow).FirstOrDefaultAsync(ct);

    public static Task<PeriodRow?> LastPublishedAsync(IParIndexDb db, CancellationToken ct) =>
        Published(db).OrderByDescending(p => p.Year).Select(ToRow).FirstOrDefaultAsync(ct);

    public static Deadline Deadline(DateTime deadlineUtc, DateTime nowUtc) =>
        new(deadlineUtc, VietnamTime.FromUtc(deadlineUtc), VietnamTime.DaysLeft(deadlineUtc, nowUtc));
}

internal sealed record PeriodRow(Guid Id, int Year, string Name, PeriodState State, DateTime? PublishedAtUtc, DateTime SelfAssessmentDeadlineUtc)
{
    public PeriodLine Line => new(Id, Year, Name, State, PublishedAtUtc);
}
