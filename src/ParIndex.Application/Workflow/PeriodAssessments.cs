using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Workflow;

/// <summary>
/// The work a period creates: when self-assessment opens, every active unit of every block with a framework gets its
/// assessment (<see cref="AssessmentOpening"/>, the same rule the demo seeder follows). Runs inside the use case's
/// unit of work, so the assessments, the period's new state and the audit entry commit together.
/// </summary>
internal static class PeriodAssessments
{
    /// <summary>Names of the blocks whose active units would have nothing to fill in; empty when the period may open.</summary>
    public static async Task<IReadOnlyList<string>> BlocksWithoutFrameworkAsync(IParIndexDb db, EvaluationPeriod period, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).ToListAsync(ct);
        var missing = AssessmentOpening.BlocksWithoutFramework(period, units);
        return await db.Blocks.AsNoTracking().Where(b => missing.Contains(b.Id)).OrderBy(b => b.SortOrder).ThenBy(b => b.Name)
            .Select(b => b.Name).ToListAsync(ct);
    }

    /// <summary>
    /// Once units score themselves against a framework its tree is frozen (ADR 3): a maximum or a rule changed in the
    /// middle of the year would make the sheets already filled in, and the published index, irreproducible.
    /// </summary>
    public static async Task FreezeFrameworksAsync(IParIndexDb db, EvaluationPeriod period, CancellationToken ct)
    {
        var ids = period.Frameworks.Select(f => f.FrameworkId).Distinct().ToList();
        foreach (var framework in await db.Frameworks.Where(f => ids.Contains(f.Id) && f.State == FrameworkState.Draft).ToListAsync(ct))
        {
            framework.MarkInUse();
        }
    }

    /// <summary>Adds the missing assessments (none when every unit already has one) and returns them.</summary>
    public static async Task<IReadOnlyList<Assessment>> OpenAsync(IParIndexDb db, EvaluationPeriod period, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Code).ToListAsync(ct);
        var assessed = await db.Assessments.IgnoreQueryFilters([QueryFilters.CountingAssessments])
            .Where(a => a.PeriodId == period.Id).Select(a => a.UnitId).ToListAsync(ct);
        var opened = AssessmentOpening.Open(period, units, assessed.ToHashSet());
        db.Assessments.AddRange(opened);
        return opened;
    }
}
