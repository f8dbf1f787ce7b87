using Microsoft.EntityFrameworkCore;

namespace ParIndex.Infrastructure.Persistence;

/// <summary>
/// Changes to existing rows that a generated migration cannot make (migrations are never edited by hand): each runs at the
/// first start after its migration, is recorded in the DataSteps table, and costs later starts one small read. A step must
/// be idempotent — a start stopped between the step and its record, or two servers starting at once, run it again.
/// </summary>
internal static class DataSteps
{
    /// <summary>The steps, in the order they run.</summary>
    private static readonly (string Name, Func<ParIndexDbContext, CancellationToken, Task<int>> Run)[] All =
    [
        (nameof(AssessmentBlockBackfill), AssessmentBlockBackfill.RunAsync),
    ];

    /// <summary>Runs the steps not yet recorded; returns the names of those it ran.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(ParIndexDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var done = await db.DataSteps.AsNoTracking().Select(s => s.Name).ToListAsync(ct);
        var ran = new List<string>();
        foreach (var (name, run) in All.Where(s => !done.Contains(s.Name)))
        {
            await run(db, ct);
            await RecordAsync(db, new DataStep(name, clock.GetUtcNow().UtcDateTime), ct);
            ran.Add(name);
        }

        return ran;
    }

    private static async Task RecordAsync(ParIndexDbContext db, DataStep step, CancellationToken ct)
    {
        db.DataSteps.Add(step);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another server starting at the same moment recorded it first: the step is done either way.
            db.Entry(step).State = EntityState.Detached;
            if (!await db.DataSteps.AsNoTracking().AnyAsync(s => s.Name == step.Name, ct))
            {
                throw;
            }
        }
    }
}
