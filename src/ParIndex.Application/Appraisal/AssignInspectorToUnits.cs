using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Users;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Appraisal;

/// <summary>
/// Phân công hàng loạt: the administrator gives one Home Affairs inspector many units at once (a block ticked whole,
/// or any list). All or nothing: a unit outside the period or the inspector's own unit refuses the whole request,
/// naming each such unit. Units the inspector already has are left as they are and counted.
/// </summary>
public sealed record AssignInspectorToUnits(Guid PeriodId, Guid InspectorUserId, IReadOnlyList<Guid> UnitIds);

public sealed record BulkAssignmentResult(int Assigned, int AlreadyAssigned);

public sealed class AssignInspectorToUnitsHandler(
    IParIndexDbFactory dbFactory, IValidator<AssignInspectorToUnits> validator, ICurrentUser user, IUserAccounts accounts, TimeProvider clock)
{
    private const string Action = "appraisal.assigned";

    public async Task<BulkAssignmentResult> HandleAsync(AssignInspectorToUnits request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, nameof(EvaluationPeriod), request.PeriodId, ct, AppraisalAccess.Assigners);
        await validator.ValidateAndThrowAsync(request, ct);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        var inspector = await accounts.FindAsync(request.InspectorUserId, ct);
        if (inspector is not { IsActive: true } || !AppraisalAccess.Appraisers.Any(inspector.Roles.Contains))
        {
            throw Invalid(nameof(request.InspectorUserId), AssignmentMessages.InactiveInspector);
        }

        if (!inspector.Roles.Contains(Roles.Inspector))
        {
            throw Invalid(nameof(request.UnitIds), AssignmentMessages.LeadAgencyByDomainOnly);
        }

        var unitIds = request.UnitIds.Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var inPeriod = (await db.Assessments.AsNoTracking().Where(a => a.PeriodId == period.Id && unitIds.Contains(a.UnitId))
            .Select(a => a.UnitId).ToListAsync(ct)).ToHashSet();
        var outside = unitIds.Where(u => !inPeriod.Contains(u)).ToList();
        if (outside.Count > 0)
        {
            throw Invalid(nameof(request.UnitIds), AssignmentMessages.NotInPeriod([.. outside.Select(u => names.GetValueOrDefault(u, u.ToString()))]));
        }

        var conflicts = unitIds.Where(u => AppraisalAssignment.IsConflictOfInterest(inspector.UnitId, u)).ToList();
        if (conflicts.Count > 0)
        {
            throw Invalid(nameof(request.UnitIds), AssignmentMessages.ConflictOfInterest(inspector.FullName, [.. conflicts.Select(u => names[u])]));
        }

        var already = (await db.AppraisalAssignments.AsNoTracking()
            .Where(a => a.PeriodId == period.Id && a.InspectorUserId == inspector.Id && a.UnitId != null && unitIds.Contains(a.UnitId.Value))
            .Select(a => a.UnitId!.Value).ToListAsync(ct)).ToHashSet();

        // One audit entry per assignment, as a single assignment writes: each assignment's trail (made, then perhaps
        // removed) reads the same whichever way it was made, and the shared batch id finds the one click again.
        var batch = Guid.CreateVersion7();
        var added = 0;
        foreach (var unitId in unitIds.Where(u => !already.Contains(u)))
        {
            var assignment = AppraisalAssignment.ForUnit(period.Id, inspector.Id, unitId, inspector.UnitId);
            db.AppraisalAssignments.Add(assignment);
            db.Audit(user, clock, Action, nameof(AppraisalAssignment), assignment.Id, null,
                new { Inspector = inspector.UserName, UnitId = unitId, Unit = names[unitId], Batch = batch });
            added++;
        }

        await db.SaveChangesAsync(ct);
        return new BulkAssignmentResult(added, already.Count);
    }

    private static ValidationException Invalid(string property, string message) => new([new ValidationFailure(property, message)]);
}

public sealed class AssignInspectorToUnitsValidator : AbstractValidator<AssignInspectorToUnits>
{
    /// <summary>A province has at most a few hundred units; more in one request is a mistake or an abuse.</summary>
    public const int MaxUnits = 1000;

    public AssignInspectorToUnitsValidator()
    {
        RuleFor(a => a.InspectorUserId).NotEmpty().WithMessage(_ => AssignmentMessages.InspectorRequired);
        RuleFor(a => a.UnitIds).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => AssignmentMessages.UnitsRequired)
            .Must(u => u.Count <= MaxUnits).WithMessage(_ => AssignmentMessages.TooManyUnits(MaxUnits));
    }
}
