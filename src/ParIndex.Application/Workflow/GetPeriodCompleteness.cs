using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Workflow;

/// <summary>What is incomplete in a period, for Home Affairs, inspectors, the council and the leaders.</summary>
public sealed record GetPeriodCompleteness(Guid PeriodId);

public sealed class GetPeriodCompletenessHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<PeriodCompleteness> HandleAsync(GetPeriodCompleteness request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "period.completenessRead", nameof(EvaluationPeriod), request.PeriodId, ct, WorkflowAccess.Readers);
        if (!await db.Periods.AnyAsync(p => p.Id == request.PeriodId, ct))
        {
            throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        }

        return await CompletenessCheck.ReadAsync(db, request.PeriodId, ct);
    }
}
