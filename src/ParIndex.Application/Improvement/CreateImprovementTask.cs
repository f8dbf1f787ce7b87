using FluentValidation;
using FluentValidation.Results;
using ParIndex.Application.Common;
using ParIndex.Domain.Improvement;

namespace ParIndex.Application.Improvement;

/// <summary>
/// The unit adds a task to its plan for a decided period: for one of its lost points (<see cref="CriterionId"/>; the
/// points come from its scorecard, not from the request) or with a free title.
/// </summary>
public sealed record CreateImprovementTask(Guid PeriodId, Guid UnitId, Guid? CriterionId, string Title, string? Action, string Owner, DateOnly DueDate);

public sealed class CreateImprovementTaskHandler(IParIndexDbFactory dbFactory, IValidator<CreateImprovementTask> validator, ICurrentUser user,
    TimeProvider clock)
{
    private const string Action = "improvement.created";

    public async Task<Guid> HandleAsync(CreateImprovementTask request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await ImprovementAccess.RequireEditAsync(db, user, clock, request.UnitId, Action, request.UnitId, ct);
        await validator.ValidateAndThrowAsync(request, ct);

        var decided = await DecidedUnit.LoadAsync(db, request.PeriodId, request.UnitId, ct);
        if (!decided.IsDecided)
        {
            db.Audit(user, clock, Action, nameof(ImprovementTask), request.UnitId, newValues: new { refused = ImprovementMessages.NotDecided }, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new WorkflowRefusedException(ImprovementMessages.NotDecided);
        }

        LostPoints? criterion = null;
        if (request.CriterionId is { } criterionId)
        {
            var loss = decided.Losses.FirstOrDefault(l => l.NodeId == criterionId)
                ?? throw new ValidationException([new ValidationFailure(nameof(CreateImprovementTask.CriterionId), ImprovementMessages.NotALostPoint)]);
            criterion = new LostPoints(loss.NodeId, loss.Code, loss.Lost);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var task = new ImprovementTask(request.PeriodId, request.UnitId, criterion, request.Title, request.Action, request.Owner, request.DueDate,
            ImprovementAccess.Today(clock), user.UserId, now);
        db.ImprovementTasks.Add(task);
        db.Audit(user, clock, Action, nameof(ImprovementTask), task.Id, newValues: ImprovementTasks.Snapshot(task));
        await db.SaveChangesAsync(ct);
        return task.Id;
    }
}

public sealed class CreateImprovementTaskValidator : AbstractValidator<CreateImprovementTask>
{
    public CreateImprovementTaskValidator(TimeProvider clock)
    {
        RuleFor(t => t.Title).Title();
        RuleFor(t => t.Owner).Owner();
        RuleFor(t => t.Action).Action();
        RuleFor(t => t.DueDate).Must(d => d >= ImprovementAccess.Today(clock)).WithMessage(_ => ImprovementMessages.DueDatePast);
    }
}
