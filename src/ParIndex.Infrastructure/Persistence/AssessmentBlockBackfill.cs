using Microsoft.EntityFrameworkCore;

namespace ParIndex.Infrastructure.Persistence;

/// <summary>
/// Gives assessments written before <c>Assessment.BlockId</c> existed the block their unit is in (the generated
/// migration adds the column empty and is never edited by hand). A one-off <see cref="DataSteps"/> step; idempotent, as
/// those must be: only empty rows are filled. A unit moved before the column existed is placed in its current block.
/// </summary>
internal static class AssessmentBlockBackfill
{
    public static Task<int> RunAsync(ParIndexDbContext db, CancellationToken ct) =>
        db.Assessments.IgnoreQueryFilters()
            .Where(a => a.BlockId == Guid.Empty)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.BlockId, a => db.Units.Where(u => u.Id == a.UnitId).Select(u => u.BlockId).First()), ct);
}
