using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Application.EvidenceFiles;

/// <summary>
/// Evidence follows a merge: a unit may read and reuse the evidence of the units merged into it (docs/methodology.md,
/// "Sáp nhập trong kỳ đánh giá"), so work done before a merge during an open period is not lost.
/// </summary>
internal static class MergedEvidence
{
    /// <summary>The units merged directly into <paramref name="unitId"/>.</summary>
    public static async Task<List<Guid>> PredecessorsAsync(IParIndexDb db, Guid unitId, CancellationToken ct) =>
        await db.UnitMerges.AsNoTracking().Where(m => m.SuccessorUnitId == unitId).Select(m => m.PredecessorUnitId).ToListAsync(ct);

    /// <summary>Whether the caller's own unit received <paramref name="evidenceUnitId"/> in a merge.</summary>
    public static async Task<bool> IsSuccessorOfAsync(IParIndexDb db, ICurrentUser user, Guid evidenceUnitId, CancellationToken ct) =>
        user.UnitId is { } own && await db.UnitMerges.AsNoTracking().AnyAsync(m => m.PredecessorUnitId == evidenceUnitId && m.SuccessorUnitId == own, ct);
}
