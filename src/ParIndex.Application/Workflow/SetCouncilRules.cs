using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Workflow;

/// <summary>
/// The administrator sets the council's quorum and majority for a period, before the council decides: more than
/// <paramref name="QuorumPercent"/>% of the members take part and more than <paramref name="MajorityPercent"/>% vote in favour.
/// </summary>
public sealed record SetCouncilRules(Guid PeriodId, int QuorumPercent, int MajorityPercent, Guid ConcurrencyStamp);

public sealed class SetCouncilRulesHandler(IParIndexDbFactory dbFactory, IValidator<SetCouncilRules> validator, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "period.councilRules";

    public async Task<Guid> HandleAsync(SetCouncilRules request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, nameof(EvaluationPeriod), request.PeriodId, ct, WorkflowAccess.Stewards);
        await validator.ValidateAndThrowAsync(request, ct);
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp, period.ConcurrencyStamp);
        var old = new { period.CouncilQuorumPercent, period.CouncilMajorityPercent };
        try
        {
            period.SetCouncilRules(request.QuorumPercent, request.MajorityPercent);
        }
        catch (DomainException ex) when (ex.Code == "period.councilRulesFrozen")
        {
            throw new WorkflowRefusedException(WorkflowMessages.CouncilRulesFrozen);
        }

        db.Audit(user, clock, Action, nameof(EvaluationPeriod), period.Id, old, new { period.CouncilQuorumPercent, period.CouncilMajorityPercent });
        await db.SaveChangesAsync(ct);
        return period.ConcurrencyStamp;
    }
}

public sealed class SetCouncilRulesValidator : AbstractValidator<SetCouncilRules>
{
    public SetCouncilRulesValidator()
    {
        RuleFor(r => r.QuorumPercent).InclusiveBetween(0, 99).WithMessage(_ => WorkflowMessages.QuorumRange);
        RuleFor(r => r.MajorityPercent).InclusiveBetween(50, 99)
            .WithMessage(_ => WorkflowMessages.MajorityRange);
    }
}
