using System.Globalization;
using ParIndex.Infrastructure.Persistence.Seeding;

namespace ParIndex.Web.Hosting;

/// <summary>
/// For the load scripts (load/README.md), outside Production only: <c>load-province &lt;units&gt;</c> grows the demo
/// province to that many assessed units with an officer and a leader each; <c>load-deadline &lt;seconds&gt;</c> moves the
/// open year's deadline to that many seconds from now, for the submit storm.
/// </summary>
public static class LoadCommands
{
    public const string Province = "load-province";
    public const string Deadline = "load-deadline";

    public static (string Command, int Value)? Requested(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var at = Array.FindIndex(args, a => a is Province or Deadline);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value)
            ? (args[at], value)
            : null;
    }

    public static async Task<int> RunAsync(WebApplication app, string command, int value)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<LoadProvinceSeeder>();
        if (command == Province)
        {
            Console.WriteLine($"{await seeder.SeedAsync(value)} units assessed in the open year.");
        }
        else
        {
            Console.WriteLine($"Deadline {await seeder.MoveDeadlineAsync(TimeSpan.FromSeconds(value)):O}");
        }

        return 0;
    }
}
