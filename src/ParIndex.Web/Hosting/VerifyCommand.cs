using ParIndex.Application.Auditing;
using ParIndex.Application.Common;
using ParIndex.Application.Publication;

namespace ParIndex.Web.Hosting;

/// <summary>
/// Integrity checks for operators and scheduled jobs (cron, monitoring): each prints what it checked and every
/// problem, and exits with 1 if there is one.
/// <c>dotnet run --project src/ParIndex.Web -- verify-publications</c>: every publication's hash, the chain and the
/// stored results. <c>-- verify-audit</c>: the audit trail's hash chain, naming each edited or missing row (E3).
/// </summary>
public static class VerifyCommand
{
    public const string Publications = "verify-publications";
    public const string Audit = "verify-audit";

    /// <summary>The check the arguments ask for, if any.</summary>
    public static string? Requested(string[] args) => args.FirstOrDefault(a => a is Publications or Audit);

    public static async Task<int> RunAsync(WebApplication app, string command)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var (lines, passed) = command == Audit
            ? await AuditAsync(scope.ServiceProvider)
            : await PublicationsAsync(scope.ServiceProvider);
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        return passed ? 0 : 1;
    }

    private static async Task<(IEnumerable<string> Lines, bool Passed)> PublicationsAsync(IServiceProvider services)
    {
        var report = await services.GetRequiredService<VerifyPublicationsHandler>().HandleAsync(new VerifyPublications(), CancellationToken.None);
        return (report.Publications
                .Select(p => $"#{p.Sequence} {p.Year} v{p.Version} {p.DecisionNumber} {p.Sha256} {(p.Passed ? "OK" : "FAILED")}")
                .Concat(report.Problems.Select(p => $"FAILED {p.Year} v{p.Version} {p.UnitCode ?? "-"}: {p.Message}"))
                .Append(report.Passed ? $"{report.Publications.Count} publications verified." : $"{report.Problems.Count} problems found."),
            report.Passed);
    }

    // The operator at the server's shell already holds the database; the Administrator check is for the portal's users.
    private static async Task<(IEnumerable<string> Lines, bool Passed)> AuditAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IParIndexDbFactory>().CreateAsync();
        var report = await AuditChain.VerifyAsync(db, services.GetRequiredService<TimeProvider>(), services.GetRequiredService<IAuditHeadStore>(),
            CancellationToken.None);
        return (report.Problems
                .Select(p => $"FAILED {(p.EntryId > 0 ? $"#{p.EntryId}" : "missing")} {(p.Sequence is { } n ? $"no. {n} " : string.Empty)}{p.OccurredAtUtc:O} {p.Action}: {p.Message}")
                .Append(report.Passed
                    ? $"{report.EntriesChecked} audit entries verified{(report.LastEntryId is { } last ? $"; last #{last} {report.LastHash}" : string.Empty)}."
                    : $"{report.ProblemCount} problems found in {report.EntriesChecked} audit entries; first: {report.Problems[0].Message}"),
            report.Passed);
    }
}
