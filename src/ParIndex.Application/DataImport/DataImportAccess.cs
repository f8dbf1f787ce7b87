using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.DataImport;

/// <summary>
/// Who brings in survey results and external figures: Home Affairs administrators for everything, inspectors for the
/// domains they appraise. The council and leaders read them.
/// </summary>
public static class DataImportAccess
{
    public static readonly string[] Writers = [Roles.Administrator, Roles.Inspector];

    public static readonly string[] Readers = [Roles.Administrator, Roles.Inspector, Roles.CouncilMember, Roles.Leader];

    /// <summary>Administrators are not limited to assignments; everyone else writes only what they appraise.</summary>
    internal static bool WritesEverything(ICurrentUser user) => user.IsInRole(Roles.Administrator);

    /// <summary>The period a preview or an import writes into, after the role check and the period's state (refusals audited).</summary>
    internal static async Task<EvaluationPeriod> LoadPeriodAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, Guid periodId, string action,
        CancellationToken ct)
    {
        await user.RequireAnyRoleAsync(db, clock, action, nameof(EvaluationPeriod), periodId, ct, Writers);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), periodId);
        if (AppraisalRules.RefusalForData(period) is { } refusal)
        {
            await AppraisalRules.RefuseAsync(db, user, clock, action, nameof(EvaluationPeriod), period.Id, refusal, ct);
        }

        return period;
    }
}
