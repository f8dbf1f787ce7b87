using ParIndex.Infrastructure.Operations;

namespace ParIndex.Web.Hosting;

/// <summary>
/// <c>dotnet run --project src/ParIndex.Web -- backup &lt;folder&gt;</c> copies the SQLite database (online) and the
/// evidence store with a manifest; <c>-- restore &lt;folder&gt;</c> puts them into an empty environment and checks
/// counts, every evidence SHA-256 and the publication chain. Both exit with 1 on any problem (G2, docs/deploy.md).
/// </summary>
public static class BackupCommands
{
    public const string Backup = "backup";
    public const string Restore = "restore";

    /// <summary>The command and its folder, when the arguments ask for one.</summary>
    public static (string Command, string Folder)? Requested(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var at = Array.FindIndex(args, a => a is Backup or Restore);
        return at >= 0 && at + 1 < args.Length ? (args[at], Path.GetFullPath(args[at + 1])) : null;
    }

    public static async Task<int> RunAsync(WebApplication app, string command, string folder)
    {
        ArgumentNullException.ThrowIfNull(app);
        var backup = app.Services.GetRequiredService<PortalBackup>();
        var report = command == Backup
            ? await backup.BackupAsync(folder, CancellationToken.None)
            : await backup.RestoreAsync(folder, CancellationToken.None);
        foreach (var problem in report.Problems)
        {
            Console.WriteLine($"FAILED {problem}");
        }

        if (report.Manifest is { } manifest)
        {
            Console.WriteLine(string.Join(", ", manifest.Counts.Select(c => $"{c.Key} {c.Value}")));
            Console.WriteLine($"{manifest.Evidence.Count} evidence files; publication chain head #{manifest.ChainHeadSequence} {manifest.ChainHeadSha256}");
        }

        Console.WriteLine($"{command} {(report.Passed ? "passed" : "failed")} in {report.Took.TotalSeconds:0.0} s: {folder}");
        return report.Passed ? 0 : 1;
    }
}
