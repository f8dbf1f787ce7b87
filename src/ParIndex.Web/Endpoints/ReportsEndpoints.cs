using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using ParIndex.Application.Reports;

namespace ParIndex.Web.Endpoints;

/// <summary>
/// The official PDF reports of a period: the ranking annex, the leaders' one-page summary and a unit's scorecard.
/// Always downloads, named in Vietnamese (filename*) with an ASCII fallback (filename), never cached or sniffed.
/// </summary>
public static class ReportsEndpoints
{
    public static IEndpointRouteBuilder MapReportsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/periods/{periodId:guid}").WithTags("Reports").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/reports/ranking.pdf", async Task<FileContentHttpResult> (Guid periodId, HttpContext http, ExportRankingAnnexPdfHandler handler,
                CancellationToken ct) => Pdf(http, await handler.HandleAsync(new ExportRankingAnnexPdf(periodId, SiteUrl(http.Request)), ct)))
            .WithName("ExportRankingAnnexPdf")
            .WithSummary("The annex of the period's results as PDF (A4 landscape): every block's ranking with the change since last year, the decision and SHA-256 on every page.")
            .Produces(StatusCodes.Status200OK, contentType: ReportFile.PdfContentType);

        group.MapGet("/reports/summary.pdf", async Task<FileContentHttpResult> (Guid periodId, HttpContext http, ExportLeaderSummaryPdfHandler handler,
                CancellationToken ct) => Pdf(http, await handler.HandleAsync(new ExportLeaderSummaryPdf(periodId, SiteUrl(http.Request)), ct)))
            .WithName("ExportLeaderSummaryPdf")
            .WithSummary("One page for the province's leaders as PDF: units per class by block, top and bottom three of ranked blocks, biggest rank changes.")
            .Produces(StatusCodes.Status200OK, contentType: ReportFile.PdfContentType);

        group.MapGet("/units/{unitId:guid}/reports/scorecard.pdf", async Task<FileContentHttpResult> (Guid periodId, Guid unitId, HttpContext http,
                ExportScorecardPdfHandler handler, CancellationToken ct) =>
                Pdf(http, await handler.HandleAsync(new ExportScorecardPdf(periodId, unitId, SiteUrl(http.Request)), ct)))
            .WithName("ExportScorecardPdf")
            .WithSummary("A unit's scorecard as PDF: index, class and rank with last year's, what to fix first, domains, every criterion with self and appraised points and the reason.")
            .Produces(StatusCodes.Status200OK, contentType: ReportFile.PdfContentType);
        return app;
    }

    /// <summary>"Phu luc ket qua ... nam 2025.pdf": diacritics dropped, đ as d, anything else outside printable ASCII as '-'.</summary>
    internal static string AsciiFileName(string fileName)
    {
        var ascii = new StringBuilder(fileName.Length);
        foreach (var c in fileName.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            ascii.Append(c switch
            {
                'đ' => 'd',
                'Đ' => 'D',
                >= ' ' and <= '~' and not '"' and not '\\' and not ';' => c,
                _ => '-',
            });
        }

        return ascii.ToString();
    }

    private static string SiteUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static FileContentHttpResult Pdf(HttpContext http, ReportFile file)
    {
        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = AsciiFileName(file.FileName), FileNameStar = file.FileName };
        http.Response.Headers.ContentDisposition = disposition.ToString();
        http.Response.Headers.XContentTypeOptions = "nosniff";
        // The path ends in a file extension, which the portal's header middleware treats as a static asset: say no-store here.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(file.Content, ReportFile.PdfContentType);
    }
}
