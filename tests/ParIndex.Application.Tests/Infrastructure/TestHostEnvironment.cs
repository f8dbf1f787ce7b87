using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace ParIndex.Application.Tests.Infrastructure;

/// <summary>The host environment services ask for (the demo seeder refuses Production), without a web host.</summary>
public sealed class TestHostEnvironment(string name, string root) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = name;

    public string ApplicationName { get; set; } = "ParIndex.Web";

    public string ContentRootPath { get; set; } = root;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
