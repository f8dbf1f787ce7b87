#:sdk Microsoft.NET.Sdk.Web
// The yardstick of load/public-throughput.sh: Kestrel serving files as static files, nothing else (no logging, no
// middleware but the static files). Usage: dotnet run static-host.cs -- <folder> <url>
using Microsoft.Extensions.FileProviders;

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls(args[1]);
var app = builder.Build();
app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.GetFullPath(args[0])), ServeUnknownFileTypes = true });
app.Run();
