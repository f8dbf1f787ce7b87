using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using ParIndex.Web.Localization;

namespace ParIndex.Web.Tests.Imports;

/// <summary>
/// What every import screen's bUnit test needs: a Vietnamese reader, MudBlazor and the portal's resources, the screen's
/// own handlers acting as the administrator on the shared portal, and the providers MudBlazor's dialogs render into.
/// </summary>
public abstract class ImportScreenTest(ImportScreensFixture portal) : IClassFixture<ImportScreensFixture>, IAsyncLifetime
{
    private readonly (CultureInfo Culture, CultureInfo UiCulture) _previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    protected BunitContext Context { get; } = new();

    protected ImportScreensFixture Portal => portal;

    public Task InitializeAsync()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
        Context.Services.AddParIndexLocalization();
        AddHandlers(Context.Services);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = _previous;
    }

    /// <summary>The screen's handlers, e.g. <c>services.AddSingleton(Portal.AsAdministrator&lt;XHandler&gt;())</c>.</summary>
    protected abstract void AddHandlers(IServiceCollection services);

    /// <summary>MudBlazor's popover, dialog and snackbar providers, then the page under test if there is one.</summary>
    protected IRenderedComponent<IComponent> RenderScreen<TPage>()
        where TPage : IComponent => Context.Render(builder =>
        {
            Providers(builder);
            builder.OpenComponent<TPage>(3);
            builder.CloseComponent();
        });

    protected IRenderedComponent<IComponent> RenderProviders() => Context.Render(Providers);

    private static void Providers(RenderTreeBuilder builder)
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<MudSnackbarProvider>(2);
        builder.CloseComponent();
    }
}
