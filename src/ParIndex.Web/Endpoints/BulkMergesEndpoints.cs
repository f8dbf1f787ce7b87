using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ParIndex.Application.DataImport;
using ParIndex.Application.Units;

namespace ParIndex.Web.Endpoints;

/// <summary>Mergers from a file (the reform's resolution): the template, a preview, then the confirmation — the handlers /admin/units/bulk-merges calls.</summary>
public static class BulkMergesEndpoints
{
    public static IEndpointRouteBuilder MapBulkMergesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/units/bulk-merges").WithTags("Units").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/template.csv", () => TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(PreviewBulkMergesHandler.TemplateCsv)).ToArray(),
                "text/csv", "mau-sap-nhap-don-vi.csv"))
            .WithName("GetBulkMergesTemplate").WithSummary("A CSV with the columns of a file of mergers (old code, new code, effective date, decision) and one example row.");

        group.MapPost("/preview", async Task<Results<Ok<BulkMergePreview>, ProblemHttpResult>> (IFormFile file, PreviewBulkMergesHandler handler,
                CancellationToken ct) => file.Length > DataImportFile.MaxBytes
                ? DataImportEndpoints.TooLarge()
                : TypedResults.Ok(await handler.HandleAsync(new PreviewBulkMerges(file.FileName, await DataImportEndpoints.ContentAsync(file, ct)), ct)))
            .WithName("PreviewBulkMerges")
            .WithSummary("Reads a CSV or .xlsx of mergers, one row per unit merged away, and lists every row's problems by column and the open "
                + "periods a merger would close; saves nothing.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            // API clients have no form token; the SameSite=Lax sign-in cookie makes cross-site posts arrive anonymous (401).
            .DisableAntiforgery();

        group.MapPost("/", async Task<Results<Ok<BulkMergesApplied>, ProblemHttpResult>> (IFormFile file, [FromForm] string previewedSha256,
                [FromForm] bool? acknowledgeOpenAssessments, ApplyBulkMergesHandler handler, CancellationToken ct) => file.Length > DataImportFile.MaxBytes
                ? DataImportEndpoints.TooLarge()
                : TypedResults.Ok(await handler.HandleAsync(new ApplyBulkMerges(file.FileName, await DataImportEndpoints.ContentAsync(file, ct), previewedSha256,
                    acknowledgeOpenAssessments ?? false), ct)))
            .WithName("ApplyBulkMerges")
            .WithSummary("Confirms a previewed file (previewedSha256 from the preview): every merger still to make, all or none, each as the single merge "
                + "does it; rows already recorded are skipped, so the same file twice changes nothing. acknowledgeOpenAssessments=true is needed when "
                + "a merger closes an assessment of an open period.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .DisableAntiforgery();
        return app;
    }
}
