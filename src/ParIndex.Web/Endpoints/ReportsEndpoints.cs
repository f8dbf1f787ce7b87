using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Exports;
using ParIndex.Application.Reports;

namespace ParIndex.Web.Endpoints;

/// <summary>
/// The official reports of a period: the ranking annex (PDF, signed once published, and Word), the draft decision
/// that publishes it (Word), the leaders' summary and a unit's scorecard.
/// Always downloads, named in Vietnamese (filename*) with an ASCII fallback (filename), never cached or sniffed.
/// </summary>
public static class ReportsEndpoints
{
    public static IEndpointRouteBuilder MapReportsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/periods/{periodId:guid}").WithTags("Reports").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/reports/ranking.pdf", async Task<FileContentHttpResult> (Guid periodId, HttpContext http, ExportRankingAnnexPdfHandler handler,
                CancellationToken ct) => FileDownloads.Attachment(http, await handler.HandleAsync(new ExportRankingAnnexPdf(periodId, SiteUrl(http)), ct)))
            .WithName("ExportRankingAnnexPdf")
            .WithSummary("The annex of the period's results as PDF (A4 landscape): every block's ranking with the change since last year, the decision and SHA-256 on every page.")
            .Produces(StatusCodes.Status200OK, contentType: ExportedDocument.PdfContentType);

        group.MapGet("/reports/ranking.docx", async Task<FileContentHttpResult> (Guid periodId, HttpContext http, ExportRankingAnnexDocxHandler handler,
                CancellationToken ct) => FileDownloads.Attachment(http, await handler.HandleAsync(new ExportRankingAnnexDocx(periodId), ct)))
            .WithName("ExportRankingAnnexDocx")
            .WithSummary("The annex of the period's results as Word (A4 landscape, Decree 30/2020): the committee's letterhead, \"Phụ lục\" with its reference to the decision, every block's ranking.")
            .Produces(StatusCodes.Status200OK, contentType: ExportedDocument.WordContentType);

        group.MapGet("/reports/decision-draft.docx", async Task<FileContentHttpResult> (Guid periodId, HttpContext http,
                ExportDecisionDraftDocxHandler handler, CancellationToken ct) =>
                FileDownloads.Attachment(http, await handler.HandleAsync(new ExportDecisionDraftDocx(periodId), ct)))
            .WithName("ExportDecisionDraftDocx")
            .WithSummary("The draft decision that approves and publishes the period's index, as Word: grounds, articles, recipients and signer, with the ranking annex attached. Province roles only; audited.")
            .Produces(StatusCodes.Status200OK, contentType: ExportedDocument.WordContentType);

        group.MapGet("/reports/summary.pdf", async Task<FileContentHttpResult> (Guid periodId, HttpContext http, ExportLeaderSummaryPdfHandler handler,
                CancellationToken ct) => FileDownloads.Attachment(http, await handler.HandleAsync(new ExportLeaderSummaryPdf(periodId, SiteUrl(http)), ct)))
            .WithName("ExportLeaderSummaryPdf")
            .WithSummary("One page for the province's leaders as PDF: units per class by block, top and bottom three of ranked blocks, biggest rank changes.")
            .Produces(StatusCodes.Status200OK, contentType: ExportedDocument.PdfContentType);

        group.MapGet("/units/{unitId:guid}/reports/scorecard.pdf", async Task<FileContentHttpResult> (Guid periodId, Guid unitId, HttpContext http,
                ExportScorecardPdfHandler handler, CancellationToken ct) =>
                FileDownloads.Attachment(http, await handler.HandleAsync(new ExportScorecardPdf(periodId, unitId, SiteUrl(http)), ct)))
            .WithName("ExportScorecardPdf")
            .WithSummary("A unit's scorecard as PDF: index, class and rank with last year's, what to fix first, domains, every criterion with self and appraised points and the reason.")
            .Produces(StatusCodes.Status200OK, contentType: ExportedDocument.PdfContentType);
        return app;
    }

    /// <summary>
    /// The address printed under the hash: the configured public address (Portal:PublicUrl) in production, so a forged
    /// Host header cannot put another site on an official report; the request's own address otherwise.
    /// </summary>
    internal static string SiteUrl(HttpContext http) =>
        http.RequestServices.GetRequiredService<IConfiguration>()["Portal:PublicUrl"] is { Length: > 0 } configured
            ? configured
            : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
