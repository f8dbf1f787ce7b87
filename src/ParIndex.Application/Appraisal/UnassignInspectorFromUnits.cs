using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Appraisal;

/// <summary>
/// Bỏ phân công hàng loạt: ends an inspector's whole-unit assignments for the chosen units in one step; units the
/// inspector did not have are ignored. Scores already given stay, with their name on them (as <see cref="RemoveAssignment"/>).
/// </summary>
public sealed record UnassignInspectorFromUnits(Guid PeriodId, Guid InspectorUserId, IReadOnlyList<Guid> UnitIds);

public sealed class UnassignInspectorFromUnitsHandler(
    IParIndexDbFactory dbFactory, IValidator<UnassignInspectorFromUnits> validator, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "appraisal.unassigned";

    /// <returns>How many assignments ended.</returns>
    public async Task<int> HandleAsync(UnassignInspectorFromUnits request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, nameof(EvaluationPeriod), request.PeriodId, ct, AppraisalAccess.Assigners);
        await validator.ValidateAndThrowAsync(request, ct);
        if (!await db.Periods.AnyAsync(p => p.Id == request.PeriodId, ct))
        {
            throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        }

        var unitIds = request.UnitIds.Distinct().ToList();
        var ending = await db.AppraisalAssignments
            .Where(a => a.PeriodId == request.PeriodId && a.InspectorUserId == request.InspectorUserId && a.UnitId != null && unitIds.Contains(a.UnitId.Value))
            .ToListAsync(ct);
        var batch = Guid.CreateVersion7();
        foreach (var assignment in ending)
        {
            db.AppraisalAssignments.Remove(assignment);
            db.Audit(user, clock, Action, nameof(AppraisalAssignment), assignment.Id,
                new { assignment.InspectorUserId, assignment.UnitId, assignment.DomainNodeId }, new { Batch = batch });
        }

        await db.SaveChangesAsync(ct);
        return ending.Count;
    }
}

public sealed class UnassignInspectorFromUnitsValidator : AbstractValidator<UnassignInspectorFromUnits>
{
    public UnassignInspectorFromUnitsValidator()
    {
        RuleFor(a => a.InspectorUserId).NotEmpty().WithMessage(_ => AssignmentMessages.InspectorRequired);
        RuleFor(a => a.UnitIds).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => AssignmentMessages.UnitsRequired)
            .Must(u => u.Count <= AssignInspectorToUnitsValidator.MaxUnits).WithMessage(_ => AssignmentMessages.TooManyUnits(AssignInspectorToUnitsValidator.MaxUnits));
    }
}
