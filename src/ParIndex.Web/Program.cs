using ParIndex.Application;
using ParIndex.Infrastructure;
using ParIndex.Web.Components;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();

await app.Services.GetRequiredService<ParIndex.Infrastructure.Persistence.DatabaseInitializer>().MigrateAsync();

app.UseStaticFiles();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapHealthChecks("/health");

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
