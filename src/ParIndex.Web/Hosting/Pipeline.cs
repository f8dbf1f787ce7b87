using ParIndex.Web.Components;

namespace ParIndex.Web.Hosting;

public static class Pipeline
{
    public static WebApplication UseParIndexPipeline(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
