using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

/// <summary>What merging a unit would close: its assessments in periods still open (the warning shown before the merge).</summary>
public sealed record GetMergeImpact(Guid SourceUnitId);

/// <summary>One assessment the merge would close, in a period not yet decided by the council.</summary>
public sealed record OpenAssessmentImpact(Guid PeriodId, int Year, string PeriodName, PeriodState PeriodState, AssessmentState State);

public sealed record MergeImpact(Guid SourceUnitId, IReadOnlyList<OpenAssessmentImpact> OpenAssessments)
{
    /// <summary>The warning the administrator must acknowledge, in Vietnamese; null when nothing open is affected.</summary>
    public string? Warning => OpenAssessments.Count == 0 ? null : UnitMessages.MergeClosesOpenAssessments(OpenAssessments.Select(a => a.PeriodName));
}

public sealed class GetMergeImpactHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<MergeImpact> HandleAsync(GetMergeImpact request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "unit.mergeImpactRead", nameof(Unit), request.SourceUnitId, ct, UnitAccess.Editors);
        if (!await db.Units.AnyAsync(u => u.Id == request.SourceUnitId, ct))
        {
            throw new NotFoundException(nameof(Unit), request.SourceUnitId);
        }

        var open = await OpenAssessmentsOfUnit.LoadAsync(db, request.SourceUnitId, ct);
        return new MergeImpact(request.SourceUnitId,
            [.. open.Select(o => new OpenAssessmentImpact(o.Period.Id, o.Period.Year, o.Period.Name, o.Period.State, o.Assessment.State))]);
    }
}

/// <summary>A unit's assessments in periods the council has not decided yet: what a merge closes.</summary>
internal static class OpenAssessmentsOfUnit
{
    public static async Task<IReadOnlyList<(Assessment Assessment, EvaluationPeriod Period)>> LoadAsync(IParIndexDb db, Guid unitId, CancellationToken ct)
    {
        // States are stored as text, so the open ones are listed rather than compared.
        var open = Enum.GetValues<PeriodState>().Where(s => s is >= PeriodState.SelfAssessmentOpen and < PeriodState.Approved).ToList();
        var rows = await db.Assessments
            .Where(a => a.UnitId == unitId && a.State != AssessmentState.Final)
            .Join(db.Periods.Where(p => open.Contains(p.State)),
                a => a.PeriodId, p => p.Id, (a, p) => new { Assessment = a, Period = p })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Period.Year).Select(r => (r.Assessment, r.Period))];
    }
}
