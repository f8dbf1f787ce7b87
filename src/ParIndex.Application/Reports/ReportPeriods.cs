using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Publication;
using ParIndex.Application.Results;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Reports;

/// <summary>What every report use case does first: find the period, apply the results' reading rule, stamp the issue.</summary>
internal static class ReportPeriods
{
    /// <summary>
    /// A period's reports follow its results: anyone once published, before that only Home Affairs, the
    /// council and the province's leaders. A refusal is audited under <paramref name="action"/>.
    /// </summary>
    public static async Task<EvaluationPeriod> ReadableAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, Guid periodId, string action,
        CancellationToken ct)
    {
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), periodId);
        await ResultAccess.RequireReadableAsync(user, db, clock, IsPublished(period.State), action, nameof(EvaluationPeriod), period.Id, ct);
        return period;
    }

    public static bool IsPublished(PeriodState state) => state is PeriodState.Published or PeriodState.Archived;

    /// <summary>Whether the caller may read the period's block rankings (the same rule as <see cref="GetBlockRankingHandler"/>).</summary>
    public static bool CanReadRankings(ICurrentUser user, bool isPublished) => ResultAccess.MayRead(user, isPublished);

    public static async Task<ReportIssue> IssueAsync(IParIndexDb db, TimeProvider clock, Guid periodId, string? siteUrl, CancellationToken ct) =>
        ReportIssue.Of(await PublicationStamps.ForPeriodAsync(db, periodId, ct), siteUrl, clock.GetUtcNow().UtcDateTime);

    /// <summary>The blocks in the order the portal lists them.</summary>
    public static Task<List<Guid>> BlockIdsAsync(IParIndexDb db, CancellationToken ct) => ScorecardComparison.BlockIdsAsync(db, ct);
}
