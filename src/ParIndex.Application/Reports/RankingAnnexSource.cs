using ParIndex.Application.Common;
using ParIndex.Application.Results;

namespace ParIndex.Application.Reports;

/// <summary>
/// What the annex shows, in PDF or Word, alone or attached to the draft decision: every block with results, ranked as
/// on the results page, read under the results' rule (<see cref="ReportPeriods.ReadableAsync"/>).
/// </summary>
internal static class RankingAnnexSource
{
    public static async Task<RankingAnnexReport> LoadAsync(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock,
        GetBlockRankingHandler rankings, Guid periodId, string? siteUrl, string action, CancellationToken ct)
    {
        int year;
        string periodName;
        ReportIssue issue;
        List<Guid> blockIds;
        List<string> notes;
        await using (var db = await dbFactory.CreateAsync(ct))
        {
            var period = await ReportPeriods.ReadableAsync(db, user, clock, periodId, action, ct);
            (year, periodName) = (period.Year, period.Name);
            issue = await ReportPeriods.IssueAsync(db, clock, period.Id, siteUrl, ct);
            blockIds = await ReportPeriods.BlockIdsAsync(db, ct);
            notes = [.. (await Workflow.CompletenessCheck.WaiversAsync(db, period.Id, ct)).Select(w => w.Line)];
        }

        var blocks = new List<BlockRanking>();
        foreach (var blockId in blockIds)
        {
            var ranking = await rankings.HandleAsync(new GetBlockRanking(periodId, blockId), ct);
            if (ranking.Rows.Count > 0)
            {
                blocks.Add(ranking);
            }
        }

        return new RankingAnnexReport(year, periodName, issue, blocks) { DataNotes = notes };
    }
}
