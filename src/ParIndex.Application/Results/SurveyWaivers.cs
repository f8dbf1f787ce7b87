using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Application.Results;

/// <summary>A recorded survey waiver with the line the scorecard, the annex and the workflow print for it.</summary>
internal sealed record SurveyWaiverRow(Guid Id, Guid? NodeId, string? CriterionCode, string Reason, DateTime RecordedAtUtc, string Line);

/// <summary>
/// The period's survey waivers, period-wide first: read here, in the results core, because a decided result prints them
/// (scorecard, annex); the workflow's completeness check lists the same rows.
/// </summary>
internal static class SurveyWaivers
{
    public static async Task<IReadOnlyList<SurveyWaiverRow>> ReadAsync(IParIndexDb db, Guid periodId, CancellationToken ct)
    {
        var rows = await (from w in db.SurveyWaivers.AsNoTracking()
                          where w.PeriodId == periodId
                          join n in db.FrameworkNodes.AsNoTracking() on w.NodeId equals (Guid?)n.Id into named
                          from n in named.DefaultIfEmpty()
                          select new { w.Id, w.NodeId, Code = n == null ? null : n.Code, w.Reason, w.RecordedAtUtc }).ToListAsync(ct);
        return [.. rows.OrderBy(w => w.NodeId is not null).ThenBy(w => w.Code, StringComparer.Ordinal).ThenBy(w => w.RecordedAtUtc)
            .Select(w => new SurveyWaiverRow(w.Id, w.NodeId, w.Code, w.Reason, w.RecordedAtUtc, MissingSurveyText.WaiverLine(w.Code, w.Reason)))];
    }
}
