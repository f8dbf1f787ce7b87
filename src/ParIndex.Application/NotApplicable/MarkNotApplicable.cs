using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.NotApplicable;

/// <summary>
/// "Không đánh giá" decided for some units: each criterion named by <paramref name="CriterionCodes"/> (a leaf, or a
/// criterion whose leaves all go) leaves both the unit's points and its maximum (docs/methodology.md). Home Affairs
/// decides for any unit, an inspector for the units and domains assigned to them; each leaf's decision is audited.
/// </summary>
public sealed record MarkNotApplicable(Guid PeriodId, IReadOnlyList<Guid> UnitIds, IReadOnlyList<string> CriterionCodes, string Reason);

/// <summary>How many unit criteria the decision changed (leaves already "không đánh giá" with the same reason are not counted).</summary>
public sealed record NotApplicableChanged(int Changed);

public sealed class MarkNotApplicableHandler(IParIndexDbFactory dbFactory, IValidator<MarkNotApplicable> validator, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "criterion.notApplicable";

    public async Task<NotApplicableChanged> HandleAsync(MarkNotApplicable request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, nameof(Domain.Periods.EvaluationPeriod), request.PeriodId, ct, NotApplicableTargets.Deciders);
        await validator.ValidateAndThrowAsync(request, ct);
        var targets = await NotApplicableTargets.LoadAsync(db, user, clock, request.PeriodId, request.UnitIds, request.CriterionCodes, Action, ct);
        var reason = request.Reason.Trim();
        var changed = new List<NotApplicableTarget>();
        foreach (var target in targets)
        {
            var response = target.Response;
            if (response.IsNotApplicable && response.NotApplicableReason == reason)
            {
                continue;
            }

            var old = new { response.IsNotApplicable, response.NotApplicableReason };
            response.MarkNotApplicable(reason);
            db.Audit(user, clock, Action, nameof(CriterionResponse), response.Id, old,
                new { UnitCode = target.Unit.Code, CriterionCode = target.Leaf.Code, response.IsNotApplicable, response.NotApplicableReason, request.PeriodId });
            changed.Add(target);
        }

        await SubmittedSelfIndex.RecomputeAsync(db, user, clock, changed, ct);
        await db.SaveChangesAsync(ct);
        return new NotApplicableChanged(changed.Count);
    }
}

public sealed class MarkNotApplicableValidator : AbstractValidator<MarkNotApplicable>
{
    public const int MaxItems = 500;

    public MarkNotApplicableValidator()
    {
        RuleFor(r => r.UnitIds).NotEmpty().WithMessage(_ => NotApplicableMessages.UnitsRequired)
            .Must(u => u is null || u.Count <= MaxItems).WithMessage(_ => NotApplicableMessages.TooMany.Replace("{MaxLength}", $"{MaxItems}", StringComparison.Ordinal));
        RuleFor(r => r.CriterionCodes).NotEmpty().WithMessage(_ => NotApplicableMessages.CriteriaRequired)
            .Must(c => c is null || c.Any(code => !string.IsNullOrWhiteSpace(code))).WithMessage(_ => NotApplicableMessages.CriteriaRequired);
        RuleFor(r => r.Reason).NotEmpty().WithMessage(_ => NotApplicableMessages.ReasonRequired)
            .MaximumLength(CriterionResponse.MaxNotApplicableReasonLength).WithMessage(_ => NotApplicableMessages.ReasonTooLong);
    }
}
