using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ParIndex.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The built portal as its own operating-system process (<c>dotnet ParIndex.Web.dll</c>), Development with the demo
/// province, on a free loopback port and a SQLite file in the folder given to <see cref="StartAsync"/> — so a test can kill it without a
/// graceful stop and start it again on the same database (D9).
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private PortalProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output.TakeLast(40));
            }
        }
    }

    public static string DatabasePath(string folder) => Path.Combine(folder, "portal.db");

    /// <param name="folder">Holds the database, evidence, mail and logs; start again with the same folder to reuse them.</param>
    /// <param name="settings">Environment variables on top of the defaults, such as <c>Database__SqliteBusyTimeoutSeconds</c>.</param>
    public static async Task<PortalProcess> StartAsync(string folder, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "ParIndex.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(PortalSession.RepositoryRoot(), "src", "ParIndex.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={DatabasePath(folder)}";
        start.Environment["Evidence__StoragePath"] = Path.Combine(folder, "evidence");
        start.Environment["Email__PickupFolder"] = Path.Combine(folder, "mail");
        start.Environment["Demo__Enabled"] = "true";
        start.Environment["Reminders__Enabled"] = "false";
        start.Environment["Security__LoginRateLimit__PermitLimit"] = "1000";
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(folder, "logs", "parindex-.log");

        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var portal = new PortalProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => portal.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => portal.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await portal.WaitUntilHealthyAsync();
        return portal;
    }

    /// <summary>No graceful stop: what a power cut or an out-of-memory kill does.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The portal stopped with {_process.ExitCode}:{Environment.NewLine}{Output}");
            }

            try
            {
                if ((await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The portal did not answer /health within 2 minutes:{Environment.NewLine}{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
