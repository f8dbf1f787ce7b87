using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Exports;
using ParIndex.Application.Surveys.Exports;

namespace ParIndex.Web.Endpoints;

/// <summary>The survey's files: anonymised answers and results (Excel, PDF), and a code's QR as PNG. The survey page's buttons link here.</summary>
public static class SurveyExportsEndpoints
{
    public static IEndpointRouteBuilder MapSurveyExportsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/surveys/{id:guid}").WithTags("Surveys").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/exports/answers.xlsx", async Task<FileContentHttpResult> (Guid id, HttpContext http, ExportSurveyAnswersHandler handler,
                CancellationToken ct) => FileDownloads.Attachment(http, await handler.HandleAsync(new ExportSurveyAnswers(id), ct)))
            .WithName("ExportSurveyAnswers").WithSummary("The anonymised raw answers (Excel): ballots in random order, no invitation, code or link.")
            .Produces(StatusCodes.Status200OK, contentType: ExportedDocument.ExcelContentType);

        group.MapGet("/exports/results.xlsx", async Task<FileContentHttpResult> (Guid id, HttpContext http, ExportSurveyResultsHandler handler,
                CancellationToken ct) => FileDownloads.Attachment(http, await handler.HandleAsync(new ExportSurveyResults(id, SurveyResultsFormat.Excel), ct)))
            .WithName("ExportSurveyResultsWorkbook").WithSummary("Each unit's survey points per criterion with the counted answers (Excel).")
            .Produces(StatusCodes.Status200OK, contentType: ExportedDocument.ExcelContentType);

        group.MapGet("/reports/results.pdf", async Task<FileContentHttpResult> (Guid id, HttpContext http, ExportSurveyResultsHandler handler,
                CancellationToken ct) => FileDownloads.Attachment(http, await handler.HandleAsync(new ExportSurveyResults(id, SurveyResultsFormat.Pdf), ct)))
            .WithName("ExportSurveyResultsPdf").WithSummary("Each unit's survey points as the department's report (Decree 30/2020 form).")
            .Produces(StatusCodes.Status200OK, contentType: ExportedDocument.PdfContentType);

        group.MapGet("/qr/{code}.png", async Task<FileContentHttpResult> (Guid id, string code, HttpContext http, GetSurveyQrCodeHandler handler,
                CancellationToken ct) =>
                FileDownloads.Attachment(http, await handler.HandleAsync(new GetSurveyQrCode(id, code, $"{http.Request.Scheme}://{http.Request.Host}"), ct)))
            .WithName("GetSurveyQrCode").WithSummary("The QR code (PNG) of an invitation's or a SIPAS link's address.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png");

        return app;
    }
}
