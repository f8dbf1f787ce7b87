using System.Net.Mime;
using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Application.Publication;
using ParIndex.Domain.Publications;

namespace ParIndex.Web.Endpoints;

/// <summary>
/// The signed council minutes (attached to the approval) and the signed publishing decision (attached to the
/// publication): upload, list and download for the internal roles, and the decision publicly beside the published year.
/// </summary>
public static class SignedDocumentsEndpoints
{
    public static IEndpointRouteBuilder MapSignedDocumentsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/periods/{periodId:guid}/signed-documents").WithTags("Publication").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", async Task<Ok<IReadOnlyList<SignedDocumentItem>>> (Guid periodId, ListSignedDocumentsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new ListSignedDocuments(periodId), ct)))
            .WithName("ListSignedDocuments").WithSummary("The signed minutes and decisions attached to the period, with their SHA-256.");

        // kind: "minutes" (the council's approval) or "decision" (the current publication version).
        group.MapPost("/{kind}", async Task<Results<Ok<AttachedSignedDocument>, ProblemHttpResult, NotFound>> (Guid periodId, string kind, IFormFile file,
                AttachSignedDocumentHandler handler, EvidenceOptions options, CancellationToken ct) =>
            {
                if (ParseKind(kind) is not { } parsed)
                {
                    return TypedResults.NotFound();
                }

                if (file.Length > options.MaxFileBytes)
                {
                    return TypedResults.Problem(new UploadTooLargeException(options.MaxFileBytes).Message, statusCode: StatusCodes.Status413PayloadTooLarge);
                }

                await using var stream = file.OpenReadStream();
                return TypedResults.Ok(await handler.HandleAsync(new AttachSignedDocument(periodId, parsed, file.FileName, stream), ct));
            })
            .WithName("AttachSignedDocument")
            .WithSummary("Attaches (or replaces) the signed PDF: 'minutes' to the council's approval, 'decision' to the current publication. Checked by content, size-capped, audited with its SHA-256.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            // For API clients, which have no form token; the sign-in cookie is SameSite=Lax (as for evidence uploads).
            .DisableAntiforgery();

        app.MapGet("/api/signed-documents/{documentId:guid}/content", async Task<FileContentHttpResult> (Guid documentId, DownloadSignedDocumentHandler handler,
                CancellationToken ct) => Pdf(await handler.HandleAsync(new DownloadSignedDocument(documentId), ct)))
            .WithTags("Publication").RequireAuthorization().WithName("DownloadSignedDocument")
            .WithSummary("A signed minutes or decision file, after checking its SHA-256.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        // The signed decision is a public document, like the results it publishes.
        app.MapGet("/api/public/{year:int}/decision.pdf", async Task<FileContentHttpResult> (int year, DownloadPublishedDecisionHandler handler,
                CancellationToken ct) => Pdf(await handler.HandleAsync(new DownloadPublishedDecision(year), ct)))
            .WithTags("Public results").AllowAnonymous().WithName("GetPublicSignedDecision")
            .WithSummary("The signed decision that published the year's results (PDF), when it has been attached.")
            .Produces(StatusCodes.Status200OK, contentType: MediaTypeNames.Application.Pdf).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static SignedDocumentKind? ParseKind(string kind) => kind switch
    {
        "minutes" => SignedDocumentKind.CouncilMinutes,
        "decision" => SignedDocumentKind.PublicationDecision,
        _ => null,
    };

    private static FileContentHttpResult Pdf(EvidenceFile file) => TypedResults.File(file.Content, file.ContentType, file.FileName);
}
