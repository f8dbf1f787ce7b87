using ParIndex.Application.Common;
using ParIndex.Application.Exports;
using ParIndex.Application.Results;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Reports;

/// <summary>
/// The draft of the decision that approves and publishes the period's index ("Quyết định phê duyệt và công bố Chỉ số
/// CCHC năm …"), in Word with the ranking annex attached. Drafted by Home Affairs for the committee: only the
/// province's roles (administrator, inspectors, the council, the leaders) may have it, and then under the annex's
/// rule; every download is audited, since the draft goes on to be signed.
/// </summary>
public sealed record ExportDecisionDraftDocx(Guid PeriodId);

public sealed class ExportDecisionDraftDocxHandler(
    IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock, GetBlockRankingHandler rankings, IWordReports documents)
{
    public async Task<ExportedDocument> HandleAsync(ExportDecisionDraftDocx request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using (var check = await dbFactory.CreateAsync(ct))
        {
            await user.RequireAnyRoleAsync(check, clock, "report.decisionDraft", nameof(EvaluationPeriod), request.PeriodId, ct,
                ResultAccess.BeforePublication);
        }

        var report = await RankingAnnexSource.LoadAsync(dbFactory, user, clock, rankings, request.PeriodId, null, "report.decisionDraft", ct);
        var file = ExportedDocument.Named($"Dự thảo Quyết định công bố Chỉ số CCHC năm {report.Year}", "docx", ExportedDocument.WordContentType,
            documents.DecisionDraft(report));

        await using var db = await dbFactory.CreateAsync(ct);
        db.Audit(user, clock, "report.decisionDraftExported", nameof(EvaluationPeriod), request.PeriodId,
            newValues: new { file.FileName, Published = report.Issue.IsPublished, report.Issue.Stamp?.Version });
        await db.SaveChangesAsync(ct);
        return file;
    }
}
