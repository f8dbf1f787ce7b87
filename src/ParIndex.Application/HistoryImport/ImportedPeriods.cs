using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.HistoryImport;

/// <summary>
/// Periods whose results came from a file of a decision made before the portal. They have no criterion scores, so the
/// council cannot review them again: their corrections come from a new file, with a reason (<see cref="ImportPastResults"/>).
/// </summary>
internal static class ImportedPeriods
{
    public static string NoCouncilReview => PastResultMessages.NoCouncilReview;

    public static Task<bool> IsImportedAsync(IParIndexDb db, Guid periodId, CancellationToken ct) =>
        db.Assessments.AnyAsync(a => a.PeriodId == periodId && a.ResultSource == ResultSource.Imported, ct);
}
