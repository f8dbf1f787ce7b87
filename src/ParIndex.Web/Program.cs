using ParIndex.Application;
using ParIndex.Infrastructure;
using ParIndex.Web.Endpoints;
using ParIndex.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddParIndexLogging();
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddParIndexWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

// A restore goes into an empty environment: before migrations or the demo seed could write anything.
if (BackupCommands.Requested(args) is { Command: BackupCommands.Restore } restore)
{
    return await BackupCommands.RunAsync(app, restore.Command, restore.Folder);
}

try
{
    await app.PrepareDatabaseAsync();
}
catch (StartupRefusedException refused)
{
    // Configuration the operator must fix: the sentence, not a stack trace, and a non-zero exit for the service manager.
    await Console.Error.WriteLineAsync(refused.Message);
    return StartupRefusedException.ExitCode;
}

if (BackupCommands.Requested(args) is { } backup)
{
    return await BackupCommands.RunAsync(app, backup.Command, backup.Folder);
}

if (LoadCommands.Requested(args) is { } load)
{
    return await LoadCommands.RunAsync(app, load.Command, load.Value);
}

if (VerifyCommand.Requested(args) is { } check)
{
    return await VerifyCommand.RunAsync(app, check);
}

app.UseParIndexPipeline();
app.MapParIndexEndpoints();

app.Run();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
