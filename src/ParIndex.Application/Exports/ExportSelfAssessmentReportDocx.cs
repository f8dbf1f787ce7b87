using System.Globalization;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.Exports;

public sealed record ExportSelfAssessmentReportDocx(Guid PeriodId, Guid UnitId);

/// <summary>
/// The unit's self-assessment report (báo cáo kết quả tự đánh giá) as the Word document its leader signs and files.
/// Who may export is who may read the self-assessment (<see cref="GetSelfAssessmentHandler"/>: the unit's own staff
/// and leader, and province-wide roles); another unit's staff get the same refusal as on the page.
/// </summary>
public sealed class ExportSelfAssessmentReportDocxHandler(
    IParIndexDbFactory dbFactory, GetSelfAssessmentHandler selfAssessments, IWordDocuments documents, ICurrentUser user, TimeProvider clock)
{
    public async Task<ExportedDocument> HandleAsync(ExportSelfAssessmentReportDocx request, CancellationToken ct)
    {
        var view = await selfAssessments.HandleAsync(new GetSelfAssessment(request.PeriodId, request.UnitId), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var content = documents.SelfAssessmentReport(new SelfAssessmentReportContent(view, now));

        var file = ExportedDocument.Named($"Báo cáo tự đánh giá Chỉ số CCHC năm {view.Year.ToString(CultureInfo.InvariantCulture)} - {view.UnitName}",
            "docx", ExportedDocument.WordContentType, content);
        await using var db = await dbFactory.CreateAsync(ct);
        db.Audit(user, clock, "selfAssessment.reportExported", nameof(Assessment), view.AssessmentId,
            newValues: new { request.PeriodId, request.UnitId, file.FileName, view.State });
        await db.SaveChangesAsync(ct);
        return file;
    }
}
