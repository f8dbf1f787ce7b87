using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ParIndex.Application.DataImport;
using ParIndex.Application.Frameworks;

namespace ParIndex.Web.Endpoints;

/// <summary>Criteria frameworks: the same handlers the pages under /frameworks call.</summary>
public static class FrameworksEndpoints
{
    public static IEndpointRouteBuilder MapFrameworksEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/frameworks").WithTags("Frameworks").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/", async Task<Ok<IReadOnlyList<FrameworkListItem>>> (ListFrameworksHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new ListFrameworks(), ct)))
            .WithName("ListFrameworks").WithSummary("Lists the criteria frameworks with their size and the years that use them.");

        group.MapGet("/{id:guid}", async Task<Ok<FrameworkDetails>> (Guid id, GetFrameworkHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetFramework(id), ct)))
            .WithName("GetFramework").WithSummary("One framework's tree in reading order, with the findings of its structure checks.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/workbook", async Task<FileContentHttpResult> (Guid id, ExportFrameworkHandler handler, CancellationToken ct) =>
            {
                var file = await handler.HandleAsync(new ExportFramework(id), ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName("ExportFramework").WithSummary("The framework as an Excel workbook (sheets Khung, Tiêu chí, Hướng dẫn), re-importable.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/template.xlsx", (IFrameworkWorkbook workbook) =>
                TypedResults.File(workbook.Write(FrameworkTemplate.Example), ExportFrameworkHandler.ExcelContentType, FrameworkTemplate.FileName))
            .WithName("GetFrameworkTemplate").WithSummary("An Excel workbook with the sheets and columns the import reads and one example field and criterion.");

        group.MapPost("/import/preview", async Task<Results<Ok<FrameworkImportPreview>, ProblemHttpResult>> (IFormFile workbook,
                PreviewFrameworkImportHandler handler, CancellationToken ct) => workbook.Length > ImportFrameworkHandler.MaxFileBytes
                ? TypedResults.Problem(ImportMessages.FileTooLarge(ImportFrameworkHandler.MaxFileBytes), statusCode: StatusCodes.Status413PayloadTooLarge)
                : TypedResults.Ok(await handler.HandleAsync(new PreviewFrameworkImport(workbook.FileName, await DataImportEndpoints.ContentAsync(workbook, ct)), ct)))
            .WithName("PreviewFrameworkImport")
            .WithSummary("Reads a framework workbook and lists every problem by sheet, row and column, or the draft confirming would create and the "
                + "versions of its code already here; saves nothing. Confirm with POST /import and previewedSha256.")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery();

        group.MapPost("/import", async Task<Results<Created<CreatedResource>, BadRequest<FrameworkImportResult>>> (
                IFormFile workbook, [FromForm] string? previewedSha256, ImportFrameworkHandler handler, CancellationToken ct) =>
            {
                if (workbook.Length > ImportFrameworkHandler.MaxFileBytes)
                {
                    return TypedResults.BadRequest(new FrameworkImportResult(null, [new WorkbookError(string.Empty, 0, string.Empty, ImportMessages.FileTooLarge(ImportFrameworkHandler.MaxFileBytes))]));
                }

                await using var stream = workbook.OpenReadStream();
                var result = await handler.HandleAsync(new ImportFramework(stream, previewedSha256), ct);
                return result.FrameworkId is { } created
                    ? TypedResults.Created($"/api/frameworks/{created}", new CreatedResource(created))
                    : TypedResults.BadRequest(result);
            })
            .WithName("ImportFramework").WithSummary("Imports a framework workbook as a new draft; a 400 lists every problem by sheet, row and column.")
            // For API clients, which have no form token. A browser on another site cannot post here signed in: the
            // sign-in cookie is SameSite=Lax, so cross-site POSTs arrive anonymous and get 401.
            .DisableAntiforgery();
        return app;
    }
}
