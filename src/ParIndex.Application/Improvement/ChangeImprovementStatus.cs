using ParIndex.Application.Common;
using ParIndex.Domain.Improvement;

namespace ParIndex.Application.Improvement;

/// <summary>
/// The unit moves a task forward (chưa bắt đầu → đang thực hiện → hoàn thành) or reopens a done one. The day it is
/// done is recorded; overdue is never chosen, it follows from the due date.
/// </summary>
public sealed record ChangeImprovementStatus(Guid Id, ImprovementStatus Status, Guid ConcurrencyStamp);

public sealed class ChangeImprovementStatusHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "improvement.statusChanged";

    /// <returns>The task's new concurrency stamp.</returns>
    public async Task<Guid> HandleAsync(ChangeImprovementStatus request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var task = await ImprovementTasks.LoadForChangeAsync(db, user, clock, request.Id, Action, ct);
        ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp, task.ConcurrencyStamp);
        if (request.Status == ImprovementStatus.Overdue || !ImprovementTask.MayMove(task.Status, request.Status))
        {
            var message = request.Status == ImprovementStatus.Overdue ? ImprovementMessages.StatusComputed : ImprovementMessages.Transition(task.Status, request.Status);
            db.Audit(user, clock, Action, nameof(ImprovementTask), task.Id, newValues: new { refused = message }, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new WorkflowRefusedException(message);
        }

        var old = new { Status = task.Status.ToString(), task.CompletedOn };
        task.MoveTo(request.Status, ImprovementAccess.Today(clock));
        db.Audit(user, clock, Action, nameof(ImprovementTask), task.Id, old, new { Status = task.Status.ToString(), task.CompletedOn });
        await db.SaveChangesAsync(ct);
        return task.ConcurrencyStamp;
    }
}
