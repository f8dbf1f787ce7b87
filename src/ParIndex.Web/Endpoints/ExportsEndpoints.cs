using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Exports;

namespace ParIndex.Web.Endpoints;

/// <summary>
/// Official exports: the period's full results as Excel, a unit's scorecard and its self-assessment report as Word.
/// Always downloads, named in Vietnamese (filename*) with an ASCII fallback (filename), never cached.
/// </summary>
public static class ExportsEndpoints
{
    public static IEndpointRouteBuilder MapExportsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/periods/{periodId:guid}").WithTags("Exports").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/exports/results.xlsx", async Task<FileContentHttpResult> (Guid periodId, HttpContext http, ExportResultsWorkbookHandler handler,
                CancellationToken ct) => FileDownloads.Attachment(http, await handler.HandleAsync(new ExportResultsWorkbook(periodId), ct)))
            .WithName("ExportResultsWorkbook")
            .WithSummary("The period's results as Excel: the publication stamp, one sheet per block and every unit's criteria (text formula-guarded).")
            .Produces(StatusCodes.Status200OK, contentType: ExportedDocument.ExcelContentType);

        group.MapGet("/units/{unitId:guid}/exports/scorecard.docx", async Task<FileContentHttpResult> (Guid periodId, Guid unitId, HttpContext http,
                ExportScorecardDocxHandler handler, CancellationToken ct) =>
                FileDownloads.Attachment(http, await handler.HandleAsync(new ExportScorecardDocx(periodId, unitId), ct)))
            .WithName("ExportScorecardDocx")
            .WithSummary("A unit's scorecard as Word: index, class, rank, domains, the biggest losses first, then every criterion with its reason.")
            .Produces(StatusCodes.Status200OK, contentType: ExportedDocument.WordContentType);

        group.MapGet("/units/{unitId:guid}/exports/self-assessment-report.docx", async Task<FileContentHttpResult> (Guid periodId, Guid unitId,
                HttpContext http, ExportSelfAssessmentReportDocxHandler handler, CancellationToken ct) =>
                FileDownloads.Attachment(http, await handler.HandleAsync(new ExportSelfAssessmentReportDocx(periodId, unitId), ct)))
            .WithName("ExportSelfAssessmentReportDocx")
            .WithSummary("The unit's self-assessment report as Word, in the administrative form its leader signs (Decree 30/2020).")
            .Produces(StatusCodes.Status200OK, contentType: ExportedDocument.WordContentType);
        return app;
    }
}
