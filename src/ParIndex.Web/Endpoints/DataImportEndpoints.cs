using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ParIndex.Application.DataImport;

namespace ParIndex.Web.Endpoints;

/// <summary>Survey results and external figures (by file, previewed then saved; or typed per unit): the handlers the page /periods/{id}/data calls.</summary>
public static class DataImportEndpoints
{
    public static IEndpointRouteBuilder MapDataImportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/periods/{periodId:guid}").WithTags("Data imports").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/data-imports", async Task<Ok<DataImportHistory>> (Guid periodId, ListDataImportsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new ListDataImports(periodId), ct)))
            .WithName("ListDataImports").WithSummary("The period's imported files of figures, the one that counts first.");

        group.MapGet("/data-imports/template.csv", async (Guid periodId, DataTemplateKind kind, HttpContext http, GetDataImportTemplateHandler handler,
                CancellationToken ct) => SetupImportEndpoints.Csv(http, await handler.HandleAsync(new GetDataImportTemplate(periodId, kind), ct)))
            .WithName("GetDataImportTemplate")
            .WithSummary("A CSV to fill in (kind=Survey or External): a row per unit and survey or external criterion the caller may write, codes and names filled in.");

        group.MapPost("/data-imports/preview", async Task<Results<Ok<DataImportPreview>, ProblemHttpResult>> (Guid periodId, IFormFile file,
                PreviewDataImportHandler handler, CancellationToken ct) =>
            {
                if (file.Length > DataImportFile.MaxBytes)
                {
                    return TooLarge();
                }

                return TypedResults.Ok(await handler.HandleAsync(new PreviewDataImport(periodId, file.FileName, await ContentAsync(file, ct)), ct));
            })
            .WithName("PreviewDataImport")
            .WithSummary("Reads a CSV or .xlsx of survey results or external figures and lists every row's points and problems; saves nothing.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            // For API clients, which have no form token. A browser on another site cannot post here signed in: the
            // sign-in cookie is SameSite=Lax, so cross-site POSTs arrive anonymous and get 401.
            .DisableAntiforgery();

        group.MapPost("/data-imports", async Task<Results<Ok<DataImportOutcome>, ProblemHttpResult>> (Guid periodId, IFormFile file,
                [FromForm] string previewedSha256, ImportDataHandler handler, CancellationToken ct) =>
            {
                if (file.Length > DataImportFile.MaxBytes)
                {
                    return TooLarge();
                }

                return TypedResults.Ok(await handler.HandleAsync(new ImportData(periodId, file.FileName, await ContentAsync(file, ct), previewedSha256), ct));
            })
            .WithName("ImportData")
            .WithSummary("Saves a previewed file (previewedSha256 from the preview): every row or none; replaces the period's earlier import.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            // Same reasoning as the preview: API clients have no form token; cross-site posts arrive anonymous.
            .DisableAntiforgery();

        group.MapGet("/external", async Task<Ok<ExternalData>> (Guid periodId, GetExternalDataHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new GetExternalData(periodId), ct)))
            .WithName("GetExternalData").WithSummary("The period's external criteria with every unit's figures, points and source.");

        group.MapPut("/external/{assessmentId:guid}/{nodeId:guid}", async Task<Ok<ExternalDataEntered>> (Guid periodId, Guid assessmentId, Guid nodeId,
                Dictionary<string, string?> values, EnterExternalDataHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new EnterExternalData(assessmentId, nodeId, values, periodId), ct)))
            .WithName("EnterExternalData")
            .WithSummary("Sets one unit's figures for an external criterion, e.g. {\"rate\":\"97,5\"}; empty values clear them.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    internal static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(ImportMessages.FileTooLarge(DataImportFile.MaxBytes), statusCode: StatusCodes.Status413PayloadTooLarge);

    internal static async Task<byte[]> ContentAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
