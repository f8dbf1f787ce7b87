using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks;

/// <summary>
/// What a survey criterion counts as for a unit without a survey result: required (the default: the council cannot
/// approve until the data is imported or waived), not evaluated, or zero. Part of the draft framework, frozen with it.
/// </summary>
public sealed record SetMissingSurveyRule(Guid FrameworkId, MissingSurveyRule Rule, Guid ConcurrencyStamp);

public sealed class SetMissingSurveyRuleHandler(
    IParIndexDbFactory dbFactory, IValidator<SetMissingSurveyRule> validator, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "framework.missingSurveyRuleSet";

    public async Task HandleAsync(SetMissingSurveyRule request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, nameof(Framework), request.FrameworkId, ct, FrameworkAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);
        var framework = await FrameworkRules.LoadDraftAsync(db, request.FrameworkId, ct);
        ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp, framework.ConcurrencyStamp);
        var old = framework.MissingSurvey;
        framework.SetMissingSurveyRule(request.Rule);
        db.Audit(user, clock, Action, nameof(Framework), framework.Id, new { MissingSurvey = old.ToString() }, new { MissingSurvey = request.Rule.ToString() });
        await db.SaveChangesAsync(ct);
    }
}

public sealed class SetMissingSurveyRuleValidator : AbstractValidator<SetMissingSurveyRule>
{
    public SetMissingSurveyRuleValidator()
    {
        RuleFor(r => r.Rule).IsInEnum().WithMessage(_ => FrameworkMessages.MissingSurveyRuleInvalid);
    }
}
