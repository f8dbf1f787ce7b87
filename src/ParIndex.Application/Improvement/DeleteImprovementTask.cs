using ParIndex.Application.Common;
using ParIndex.Domain.Improvement;

namespace ParIndex.Application.Improvement;

/// <summary>The unit removes a task from its plan, with its notes; the audit trail keeps what it said.</summary>
public sealed record DeleteImprovementTask(Guid Id, Guid ConcurrencyStamp);

public sealed class DeleteImprovementTaskHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "improvement.deleted";

    public async Task HandleAsync(DeleteImprovementTask request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var task = await ImprovementTasks.LoadForChangeAsync(db, user, clock, request.Id, Action, ct, withNotes: true);
        ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp, task.ConcurrencyStamp);
        db.ImprovementTasks.Remove(task);
        db.Audit(user, clock, Action, nameof(ImprovementTask), task.Id, ImprovementTasks.Snapshot(task));
        await db.SaveChangesAsync(ct);
    }
}
