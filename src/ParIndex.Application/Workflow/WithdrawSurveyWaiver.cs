using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Workflow;

/// <summary>The administrator takes a waiver back (the survey file arrived after all), until the council approves; audited.</summary>
public sealed record WithdrawSurveyWaiver(Guid PeriodId, Guid WaiverId);

public sealed class WithdrawSurveyWaiverHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "survey.waiverWithdrawn";

    public async Task HandleAsync(WithdrawSurveyWaiver request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, nameof(EvaluationPeriod), request.PeriodId, ct, WorkflowAccess.Stewards);
        var waiver = await db.SurveyWaivers.SingleOrDefaultAsync(w => w.Id == request.WaiverId && w.PeriodId == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(SurveyWaiver), request.WaiverId);
        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == waiver.PeriodId, ct);
        if (AppraisalRules.RefusalForData(period) is { } refusal)
        {
            await AppraisalRules.RefuseAsync(db, user, clock, Action, nameof(EvaluationPeriod), period.Id, refusal, ct);
        }

        db.SurveyWaivers.Remove(waiver);
        db.Audit(user, clock, Action, nameof(EvaluationPeriod), period.Id, new { WaiverId = waiver.Id, waiver.NodeId, waiver.Reason }, null);
        await db.SaveChangesAsync(ct);
    }
}
