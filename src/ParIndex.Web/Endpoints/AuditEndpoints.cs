using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Auditing;

namespace ParIndex.Web.Endpoints;

/// <summary>The audit trail's integrity check, for administrators (the same handler operators reach as <c>verify-audit</c>).</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/verify", async Task<Ok<AuditChainReport>> (VerifyAuditChainHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new VerifyAuditChain(), ct)))
            .WithName("VerifyAuditChain").WithSummary("Recomputes the audit trail's hash chain and names every edited or missing row (administrators only).");
        return app;
    }
}
