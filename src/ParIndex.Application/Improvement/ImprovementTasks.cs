using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Improvement;

namespace ParIndex.Application.Improvement;

/// <summary>Loads a task for a change by its unit's own staff or leader; anyone else is audited and refused, whatever id they send.</summary>
internal static class ImprovementTasks
{
    public static async Task<ImprovementTask> LoadForChangeAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, Guid taskId, string action,
        CancellationToken ct, bool withNotes = false)
    {
        user.RequireAuthenticated();
        IQueryable<ImprovementTask> query = withNotes ? db.ImprovementTasks.Include(t => t.Notes) : db.ImprovementTasks;
        var task = await query.SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            // A person of another unit learns nothing from the difference between "missing" and "not yours".
            db.Audit(user, clock, action, nameof(ImprovementTask), taskId, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new NotFoundException(nameof(ImprovementTask), taskId);
        }

        await ImprovementAccess.RequireEditAsync(db, user, clock, task.UnitId, action, taskId, ct);
        return task;
    }

    public static object Snapshot(ImprovementTask task) => new
    {
        task.PeriodId,
        task.UnitId,
        task.CriterionCode,
        task.PointsLost,
        task.Title,
        task.Action,
        task.Owner,
        DueDate = task.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Status = task.Status.ToString(),
        CompletedOn = task.CompletedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
