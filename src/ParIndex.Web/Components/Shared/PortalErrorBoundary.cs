using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using ParIndex.Application.Common;
using ParIndex.Web.Hosting.ErrorHandling;

namespace ParIndex.Web.Components.Shared;

/// <summary>
/// Inside a circuit there is no error page: this shows the generic message with an id the log also holds, and
/// keeps the exception's details on the server (the client never receives them, DetailedErrors stays off).
/// </summary>
public sealed partial class PortalErrorBoundary : ErrorBoundary
{
    private string? _errorId;

    [Inject]
    private ILogger<PortalErrorBoundary> Logger { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> S { get; set; } = default!;

    protected override Task OnErrorAsync(Exception exception)
    {
        if (exception is AccessDeniedException or NotFoundException)
        {
            return Task.CompletedTask;
        }

        _errorId = Guid.NewGuid().ToString("N")[..12];
        LogCircuitError(Logger, exception, _errorId);
        return Task.CompletedTask;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (CurrentException is null)
        {
            builder.AddContent(0, ChildContent);
            return;
        }

        // Refusals are answers, not faults: the person is told plainly, and nothing of the record is shown.
        if (CurrentException is AccessDeniedException)
        {
            builder.OpenComponent<AccessDeniedMessage>(10);
            builder.CloseComponent();
            return;
        }

        if (CurrentException is NotFoundException)
        {
            builder.OpenElement(20, "div");
            builder.AddAttribute(21, "class", "portal-error pa-4 my-4");
            builder.AddAttribute(22, "role", "alert");
            builder.AddAttribute(23, "id", "not-found");
            builder.OpenElement(24, "h2");
            builder.AddContent(25, S["NotFound.Title"]);
            builder.CloseElement();
            builder.OpenElement(26, "p");
            builder.AddContent(27, S["NotFound.Body"]);
            builder.CloseElement();
            builder.CloseElement();
            return;
        }

        // The database is down or locked (G5): nothing was written; say so and let the person try again in place.
        if (DatabaseUnavailable.Is(CurrentException))
        {
            builder.OpenElement(30, "div");
            builder.AddAttribute(31, "class", "portal-error pa-4 my-4");
            builder.AddAttribute(32, "role", "alert");
            builder.AddAttribute(33, "id", "database-unavailable");
            builder.OpenElement(34, "p");
            builder.AddContent(35, S["Error.DatabaseUnavailable"]);
            builder.CloseElement();
            builder.OpenElement(36, "button");
            builder.AddAttribute(37, "class", "mud-button-root mud-button mud-button-outlined mud-button-outlined-primary");
            builder.AddAttribute(38, "id", "database-retry");
            builder.AddAttribute(39, "onclick", EventCallback.Factory.Create(this, Recover));
            builder.AddContent(40, S["Error.TryAgain"]);
            builder.CloseElement();
            builder.CloseElement();
            return;
        }

        builder.OpenElement(1, "div");
        builder.AddAttribute(2, "class", "portal-error pa-4 my-4");
        builder.AddAttribute(3, "role", "alert");
        builder.OpenElement(4, "p");
        builder.AddContent(5, S["Error.Generic"]);
        builder.CloseElement();
        builder.OpenElement(6, "p");
        builder.AddContent(7, string.Format(CultureInfo.CurrentCulture, "{0} {1}", S["Error.ReferenceLabel"], _errorId));
        builder.CloseElement();
        builder.CloseElement();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception in a Blazor circuit, reference {ErrorId}")]
    private static partial void LogCircuitError(ILogger logger, Exception exception, string errorId);
}
