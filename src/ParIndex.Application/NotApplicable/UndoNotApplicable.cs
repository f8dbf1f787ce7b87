using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.NotApplicable;

/// <summary>
/// Takes back a "không đánh giá" decision until the council approves: the criteria count again for those units, with
/// whatever the unit had entered. Same access as <see cref="MarkNotApplicable"/>; audited per leaf.
/// </summary>
public sealed record UndoNotApplicable(Guid PeriodId, IReadOnlyList<Guid> UnitIds, IReadOnlyList<string> CriterionCodes);

public sealed class UndoNotApplicableHandler(IParIndexDbFactory dbFactory, IValidator<UndoNotApplicable> validator, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "criterion.notApplicableUndone";

    public async Task<NotApplicableChanged> HandleAsync(UndoNotApplicable request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, nameof(Domain.Periods.EvaluationPeriod), request.PeriodId, ct, NotApplicableTargets.Deciders);
        await validator.ValidateAndThrowAsync(request, ct);
        var targets = await NotApplicableTargets.LoadAsync(db, user, clock, request.PeriodId, request.UnitIds, request.CriterionCodes, Action, ct);
        var changed = new List<NotApplicableTarget>();
        foreach (var target in targets.Where(t => t.Assessment.Responses.Any(r => r.NodeId == t.Leaf.Id && r.IsNotApplicable)))
        {
            var response = target.Response;
            var old = new { response.IsNotApplicable, response.NotApplicableReason };
            response.ClearNotApplicable();
            db.Audit(user, clock, Action, nameof(CriterionResponse), response.Id, old,
                new { UnitCode = target.Unit.Code, CriterionCode = target.Leaf.Code, response.IsNotApplicable, request.PeriodId });
            changed.Add(target);
        }

        await SubmittedSelfIndex.RecomputeAsync(db, user, clock, changed, ct);
        await db.SaveChangesAsync(ct);
        return new NotApplicableChanged(changed.Count);
    }
}

public sealed class UndoNotApplicableValidator : AbstractValidator<UndoNotApplicable>
{
    public UndoNotApplicableValidator()
    {
        RuleFor(r => r.UnitIds).NotEmpty().WithMessage(_ => NotApplicableMessages.UnitsRequired);
        RuleFor(r => r.CriterionCodes).NotEmpty().WithMessage(_ => NotApplicableMessages.CriteriaRequired);
    }
}
