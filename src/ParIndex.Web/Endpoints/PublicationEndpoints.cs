using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Exports;
using ParIndex.Application.Publication;
using ParIndex.Application.Reports;

namespace ParIndex.Web.Endpoints;

/// <summary>Publishing, and the public, anonymous reading of what was published: the same handlers the pages call.</summary>
public static class PublicationEndpoints
{
    public sealed record PublishBody(string DecisionNumber, DateOnly DecisionDate, string Signer, string? Reason, Guid ConcurrencyStamp);

    public static IEndpointRouteBuilder MapPublicationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/periods/{periodId:guid}/publication", async Task<Ok<PublishedVersion>> (Guid periodId, PublishBody body, PublishResultsHandler handler,
                CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(
                    new PublishResults(periodId, body.DecisionNumber, body.DecisionDate, body.Signer, body.Reason, body.ConcurrencyStamp), ct)))
            .WithTags("Publication").RequireAuthorization().WithName("PublishResults")
            .WithSummary("The administrator publishes an approved period; a second publication of the same period is a correction and needs a reason.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        // Published results are public by law; these read only publication snapshots, never drafts.
        var open = app.MapGroup("/api/public").WithTags("Public results").AllowAnonymous();
        open.MapGet("/results", async Task<Ok<PublicResults>> (int? year, GetPublicResultsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetPublicResults(year), ct)))
            .WithName("GetPublicResults").WithSummary("The published years and one year's rankings by block, with the decision and the SHA-256.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/{year:int}/units/{code}", async Task<Ok<PublicUnit>> (int year, string code, GetPublicUnitHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetPublicUnit(year, code), ct)))
            .WithName("GetPublicUnit").WithSummary("One unit's published result, domain profile and history over the published years.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        // The official files of a published year. A period reopened for a correction is not published: nothing until it is again.
        open.MapGet("/{year:int}/annex.pdf", async Task<FileContentHttpResult> (int year, HttpContext http, FindPublishedPeriodHandler periods,
                ExportRankingAnnexPdfHandler handler, CancellationToken ct) =>
                FileDownloads.Attachment(http, await handler.HandleAsync(
                    new ExportRankingAnnexPdf(await periods.HandleAsync(new FindPublishedPeriod(year), ct), ReportsEndpoints.SiteUrl(http)), ct)))
            .WithName("GetPublicAnnexPdf").WithSummary("The published year's ranking annex as PDF, with the decision and SHA-256 on every page.")
            .Produces(StatusCodes.Status200OK, contentType: ExportedDocument.PdfContentType).ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/{year:int}/results.xlsx", async Task<FileContentHttpResult> (int year, HttpContext http, FindPublishedPeriodHandler periods,
                ExportResultsWorkbookHandler handler, CancellationToken ct) =>
                FileDownloads.Attachment(http, await handler.HandleAsync(
                    new ExportResultsWorkbook(await periods.HandleAsync(new FindPublishedPeriod(year), ct)), ct)))
            .WithName("GetPublicResultsWorkbook").WithSummary("The published year's full results as Excel: one sheet per block and every unit's criteria.")
            .Produces(StatusCodes.Status200OK, contentType: ExportedDocument.ExcelContentType).ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/verify", async Task<Ok<VerificationReport>> (Guid? publicationId, VerifyPublicationsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new VerifyPublications(publicationId), ct)))
            .WithName("VerifyPublications").WithSummary("Recomputes every publication's hash, chain and signature, checks each class and rank against the index and the bands, and compares them with the stored results.");
        open.MapGet("/signing-key.pem", Results<FileContentHttpResult, NotFound> (IPublicationSigner signer) => signer.PublicKeyPem is { } pem
                ? TypedResults.File(System.Text.Encoding.ASCII.GetBytes(pem), "application/x-pem-file", "parindex-publication-key.pem")
                : TypedResults.NotFound())
            .WithName("GetPublicationSigningKey").WithSummary("The public key (PEM) that checks every publication's signature offline; its SHA-256 is in the verification report.");
        return app;
    }
}
