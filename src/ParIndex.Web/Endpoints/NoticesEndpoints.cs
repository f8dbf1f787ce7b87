using Microsoft.AspNetCore.Http.HttpResults;
using ParIndex.Application.Notifications;
using ParIndex.Application.Reminders;

namespace ParIndex.Web.Endpoints;

/// <summary>The caller's own notices: the same handlers as the bell and the /notices page.</summary>
public static class NoticesEndpoints
{
    public static IEndpointRouteBuilder MapNoticesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notices").WithTags("Notices").RequireAuthorization();

        group.MapGet("/", async Task<Ok<IReadOnlyList<NoticeItem>>> (int? max, int? days, ListNoticesHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new ListNotices(max ?? 50, days ?? 90), ct)))
            .WithName("ListMyNotices")
            .WithSummary("The caller's notices (their own and their unit's), newest first; Unread marks their own not yet read.");

        group.MapPost("/read", async Task<Ok<int>> (MarkNoticesReadHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new MarkNoticesRead(), ct)))
            .WithName("MarkMyNoticesRead").WithSummary("Marks every one of the caller's own notices read; returns how many.");
        return app;
    }
}
