using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Users;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Appraisal;

/// <summary>Phân công thẩm định: the administrator gives an inspector one unit, or one domain of a block's framework for every unit.</summary>
public sealed record AssignInspector(Guid PeriodId, Guid InspectorUserId, Guid? UnitId, Guid? DomainNodeId);

public sealed class AssignInspectorHandler(
    IParIndexDbFactory dbFactory, IValidator<AssignInspector> validator, ICurrentUser user, IUserAccounts accounts, TimeProvider clock)
{
    private const string Action = "appraisal.assigned";

    public async Task<Guid> HandleAsync(AssignInspector request, CancellationToken ct)
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

        // A lead agency appraises its domain in every unit; a whole unit is Home Affairs' work.
        if (request.UnitId is not null && !inspector.Roles.Contains(Roles.Inspector))
        {
            throw Invalid(nameof(request.UnitId), AssignmentMessages.LeadAgencyByDomainOnly);
        }

        if (request.UnitId is { } unitId && !await db.Assessments.AnyAsync(a => a.PeriodId == period.Id && a.UnitId == unitId, ct))
        {
            throw Invalid(nameof(request.UnitId), AppraisalMessages.UnitNotInPeriod);
        }

        if (request.UnitId is { } ownUnit && AppraisalAssignment.IsConflictOfInterest(inspector.UnitId, ownUnit))
        {
            var name = await db.Units.Where(u => u.Id == ownUnit).Select(u => u.Name).SingleAsync(ct);
            throw Invalid(nameof(request.UnitId), AssignmentMessages.ConflictOfInterest(inspector.FullName, [name]));
        }

        if (request.DomainNodeId is { } domainId && !await IsDomainOfPeriodAsync(db, period, domainId, ct))
        {
            throw Invalid(nameof(request.DomainNodeId), AppraisalMessages.DomainNotInPeriod);
        }

        if (await db.AppraisalAssignments.AnyAsync(a => a.PeriodId == period.Id && a.InspectorUserId == request.InspectorUserId
                && a.UnitId == request.UnitId && a.DomainNodeId == request.DomainNodeId, ct))
        {
            throw Invalid(nameof(request.InspectorUserId), AppraisalMessages.AlreadyAssigned);
        }

        var assignment = request.UnitId is { } unit
            ? AppraisalAssignment.ForUnit(period.Id, request.InspectorUserId, unit, inspector.UnitId)
            : AppraisalAssignment.ForDomain(period.Id, request.InspectorUserId, request.DomainNodeId!.Value);
        db.AppraisalAssignments.Add(assignment);
        db.Audit(user, clock, Action, nameof(AppraisalAssignment), assignment.Id, null,
            new { Inspector = inspector.UserName, request.UnitId, request.DomainNodeId });
        await db.SaveChangesAsync(ct);
        return assignment.Id;
    }

    private static async Task<bool> IsDomainOfPeriodAsync(IParIndexDb db, EvaluationPeriod period, Guid domainId, CancellationToken ct)
    {
        var frameworkIds = period.Frameworks.Select(f => f.FrameworkId).ToList();
        return await db.FrameworkNodes.AnyAsync(n => n.Id == domainId && n.ParentId == null && frameworkIds.Contains(n.FrameworkId), ct);
    }

    private static ValidationException Invalid(string property, string message) => new([new ValidationFailure(property, message)]);
}

public sealed class AssignInspectorValidator : AbstractValidator<AssignInspector>
{
    public AssignInspectorValidator()
    {
        RuleFor(a => a.InspectorUserId).NotEmpty().WithMessage(_ => AssignmentMessages.InspectorRequired);
        RuleFor(a => a).Must(a => a.UnitId is null != (a.DomainNodeId is null))
            .WithName(nameof(AssignInspector.UnitId)).WithMessage(_ => AppraisalMessages.UnitOrDomain);
    }
}
