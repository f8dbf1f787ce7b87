using System.Net.Mime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Application.SelfAssessment;
using ParIndex.Web.Hosting;

namespace ParIndex.Web.Endpoints;

/// <summary>Evidence (tài liệu kiểm chứng): uploads, document references, links to criteria, and safe downloads.</summary>
public static class EvidenceEndpoints
{
    public sealed record DocumentBody(IReadOnlyList<Guid> NodeIds, string Title, string DocumentNumber, DateOnly? IssuedOn, string Issuer, string? Url);

    public sealed record LinkBody(Guid EvidenceId);

    /// <summary>Only these are shown in the browser; anything else is always a download.</summary>
    private static readonly string[] Previewable = ["application/pdf", "image/png", "image/jpeg"];

    public static IEndpointRouteBuilder MapEvidenceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/self-assessments/{id:guid}").WithTags("Evidence").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/evidence", async Task<Results<Ok<EvidenceItem>, ProblemHttpResult>> (Guid id, IFormFile file, [FromForm] string nodeIds,
                UploadEvidenceHandler handler, EvidenceOptions options, CancellationToken ct) =>
            {
                if (file.Length > options.MaxFileBytes)
                {
                    return TypedResults.Problem(new UploadTooLargeException(options.MaxFileBytes).Message, statusCode: StatusCodes.Status413PayloadTooLarge);
                }

                var nodes = nodeIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(n => Guid.TryParse(n, out var node) ? node : Guid.Empty).ToList();
                await using var stream = file.OpenReadStream();
                return TypedResults.Ok(await handler.HandleAsync(new UploadEvidence(id, nodes, file.FileName, stream), ct));
            })
            .WithName("UploadEvidence")
            .WithSummary("Uploads a PDF, DOCX, XLSX, JPG or PNG (checked by content, size-capped) for the criteria listed in nodeIds (comma-separated).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            // For API clients, which have no form token. A browser on another site cannot post here signed in: the
            // sign-in cookie is SameSite=Lax, so cross-site POSTs arrive anonymous and get 401.
            .DisableAntiforgery();

        group.MapPost("/documents", async Task<Ok<EvidenceItem>> (Guid id, DocumentBody body, AddDocumentReferenceHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(
                    new AddDocumentReference(id, body.NodeIds, body.Title, body.DocumentNumber, body.IssuedOn, body.Issuer, body.Url), ct)))
            .WithName("AddDocumentReference").WithSummary("Cites a document (number, date, issuer, link) as evidence for the given criteria.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/answers/{nodeId:guid}/evidence", async Task<Ok<Guid>> (Guid id, Guid nodeId, LinkBody body, AttachEvidenceHandler handler,
                CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(new AttachEvidence(id, nodeId, body.EvidenceId), ct)))
            .WithName("AttachEvidence")
            .WithSummary("Links the unit's existing evidence (this period's, or last period's for a carried-over criterion) to a criterion.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapDelete("/answers/{nodeId:guid}/evidence/{evidenceId:guid}", async Task<NoContent> (Guid id, Guid nodeId, Guid evidenceId,
                DetachEvidenceHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(new DetachEvidence(id, nodeId, evidenceId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DetachEvidence").WithSummary("Takes evidence off a criterion; the file stays with the unit.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        app.MapGet("/api/evidence/{evidenceId:guid}/content", async Task<FileContentHttpResult> (Guid evidenceId, bool? inline, HttpContext http,
                DownloadEvidenceHandler handler, CancellationToken ct) =>
            {
                var file = await handler.HandleAsync(new DownloadEvidence(evidenceId), ct);
                var show = inline == true && Previewable.Contains(file.ContentType);
                if (show)
                {
                    // Shown inside the portal's own preview frame, never scriptable: images sandboxed, PDFs in the browser's viewer.
                    http.Response.Headers.ContentSecurityPolicy = file.ContentType == MediaTypeNames.Application.Pdf
                        ? "default-src 'none'; object-src 'self'; plugin-types application/pdf; frame-ancestors 'self'"
                        : "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox";
                    http.Items[SecurityHeaders.FramedBySelf] = true;
                    http.Response.Headers.ContentDisposition = "inline";
                    return TypedResults.File(file.Content, file.ContentType);
                }

                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .WithTags("Evidence").RequireAuthorization().WithName("DownloadEvidence")
            .WithSummary("The evidence file, after checking its SHA-256; a download unless inline=true for a PDF or image preview.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }
}
