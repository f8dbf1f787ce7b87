using ParIndex.Application.Publication;

namespace ParIndex.Web.Hosting;

/// <summary>
/// <c>dotnet run --project src/ParIndex.Web -- verify-publications</c>: checks every publication's hash, the chain and
/// the stored results, prints what differs and exits with 1 if anything does, for operators and scheduled checks.
/// </summary>
public static class VerifyCommand
{
    public const string Name = "verify-publications";

    public static bool IsRequested(string[] args) => args.Contains(Name, StringComparer.Ordinal);

    public static async Task<int> RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<VerifyPublicationsHandler>().HandleAsync(new VerifyPublications(), CancellationToken.None);
        foreach (var publication in report.Publications)
        {
            Console.WriteLine($"#{publication.Sequence} {publication.Year} v{publication.Version} {publication.DecisionNumber} {publication.Sha256} {(publication.Passed ? "OK" : "FAILED")}");
        }

        foreach (var problem in report.Problems)
        {
            Console.WriteLine($"FAILED {problem.Year} v{problem.Version} {problem.UnitCode ?? "-"}: {problem.Message}");
        }

        Console.WriteLine(report.Passed ? $"{report.Publications.Count} publications verified." : $"{report.Problems.Count} problems found.");
        return report.Passed ? 0 : 1;
    }
}
