using FluentValidation;
using FluentValidation.Results;
using ParIndex.Application.Common;
using ParIndex.Domain.Improvement;

namespace ParIndex.Application.Improvement;

/// <summary>The unit changes what a task says, who owns it or when it is due. An overdue task may keep its date.</summary>
public sealed record UpdateImprovementTask(Guid Id, string Title, string? Action, string Owner, DateOnly DueDate, Guid ConcurrencyStamp);

public sealed class UpdateImprovementTaskHandler(IParIndexDbFactory dbFactory, IValidator<UpdateImprovementTask> validator, ICurrentUser user,
    TimeProvider clock)
{
    private const string Action = "improvement.updated";

    /// <returns>The task's new concurrency stamp.</returns>
    public async Task<Guid> HandleAsync(UpdateImprovementTask request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var task = await ImprovementTasks.LoadForChangeAsync(db, user, clock, request.Id, Action, ct);
        await validator.ValidateAndThrowAsync(request, ct);
        ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp, task.ConcurrencyStamp);
        var today = ImprovementAccess.Today(clock);
        if (request.DueDate != task.DueDate && request.DueDate < today)
        {
            throw new ValidationException([new ValidationFailure(nameof(UpdateImprovementTask.DueDate), ImprovementMessages.DueDatePast)]);
        }

        var old = ImprovementTasks.Snapshot(task);
        task.Edit(request.Title, request.Action, request.Owner, request.DueDate, today);
        db.Audit(user, clock, Action, nameof(ImprovementTask), task.Id, old, ImprovementTasks.Snapshot(task));
        await db.SaveChangesAsync(ct);
        return task.ConcurrencyStamp;
    }
}

public sealed class UpdateImprovementTaskValidator : AbstractValidator<UpdateImprovementTask>
{
    public UpdateImprovementTaskValidator()
    {
        RuleFor(t => t.Title).Title();
        RuleFor(t => t.Owner).Owner();
        RuleFor(t => t.Action).Action();
    }
}
