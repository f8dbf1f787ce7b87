using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Periods;

internal static class PeriodRules
{
    /// <summary>Bands decide classes: once the council approved, they belong to the published record and stay.</summary>
    public static bool BandsEditable(PeriodState state) =>
        state is not (PeriodState.Approved or PeriodState.Published or PeriodState.Archived);

    public static async Task<EvaluationPeriod> LoadForChangeAsync(IParIndexDb db, Guid periodId, Guid seenStamp, CancellationToken ct)
    {
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == periodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), periodId);
        ConcurrencyCheck.EnsureUnchanged(seenStamp, period.ConcurrencyStamp);
        return period;
    }
}
