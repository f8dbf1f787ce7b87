using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ParIndex.Application.Common;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>
/// E4: a value with CR/LF cannot forge a log line, and a sign-in leaves neither the password, the cookie nor the
/// antiforgery token in any log. Besides the portal's JSON files, the logs are also written with the console's
/// text template (the sink where CR/LF would show), at Debug level so that more is scanned.
/// </summary>
public sealed class LoggingSafetyTests(LoggingSafetyTests.Fixture portal) : IClassFixture<LoggingSafetyTests.Fixture>
{
    private const string Password = "sông Lam chảy qua chín khúc";

    public sealed class Fixture() : PortalFactory("Development", new Dictionary<string, string?>
    {
        ["Serilog:MinimumLevel:Default"] = "Debug",
        ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Debug",
        ["Serilog:WriteTo:2:Name"] = "File",
        ["Serilog:WriteTo:2:Args:path"] = TextLogPath,
        ["Serilog:WriteTo:2:Args:outputTemplate"] = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}",
    })
    {
        // Beside the JSON files, so the factory's clean-up takes it too.
        private static string TextLogPath { get; } = Path.Combine(Path.GetTempPath(), "parindex-web-tests", "text-" + Guid.NewGuid().ToString("N") + ".log");

        public string TextLog => TextLogPath;

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            File.Delete(TextLogPath);
        }
    }

    [Fact]
    public async Task UnitNameWithCrLfAndAFakeLogLine_StaysOnOneLine()
    {
        var marker = Guid.NewGuid().ToString("N");
        var forged = $"[08:30:00 INF] Đăng nhập thành công: admin {marker}";
        var logger = portal.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ParIndex.Application.Units");

        logger.LogInformation("Đã đổi tên đơn vị {UnitName}", $"Sở Tư pháp\r\n{forged}");
        await portal.CreateBrowser().GetAsync($"/api/units/x%0D%0A{Uri.EscapeDataString(forged)}");

        // The request path shows up in several Debug lines; every one of them must keep the fake line inline.
        var lines = (await LinesAsync(portal.TextLog, marker, expected: 2)).Where(l => l.Contains(forged, StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count >= 2);
        Assert.All(lines, l => Assert.Contains(@"\r\n[08:30:00 INF] Đăng nhập", l, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Matches(@"^\[\d\d:\d\d:\d\d (DBG|INF|WRN)\] ", l));
        Assert.Contains(lines, l => l.Contains(@"Đã đổi tên đơn vị Sở Tư pháp\r\n[08:30:00 INF]", StringComparison.Ordinal));
        var json = (await LinesAsync(JsonLogs(), marker, expected: 2)).Where(l => l.Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.True(json.Count >= 2);
        Assert.All(json, l => JsonDocument.Parse(l).Dispose());
    }

    [Fact]
    public async Task SignIn_LeavesNoPasswordCookieOrAntiforgeryTokenInTheLogs()
    {
        await portal.CreateUserAsync("bi.mat", Password, Roles.Inspector);
        var client = portal.CreateBrowser();
        var token = await LoginForm.TokenAsync(client);
        var wrongPassword = "đoán sai " + Guid.NewGuid().ToString("N");
        await LoginForm.PostAsync(client, "bi.mat", wrongPassword, token);
        var signedIn = await LoginForm.PostAsync(client, "bi.mat", Password, token);
        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        var cookies = signedIn.Headers.GetValues("Set-Cookie").ToList();
        var authCookie = CookieValue(cookies, "ParIndex.Auth");
        var marker = "/api/me?probe=" + Guid.NewGuid().ToString("N");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(marker)).StatusCode);
        await client.GetAsync("/");

        var logs = (await LinesAsync(portal.TextLog, marker, expected: 1)).Concat(await LinesAsync(JsonLogs(), marker, expected: 1)).ToList();
        Assert.Contains(logs, l => l.Contains(marker, StringComparison.Ordinal));
        foreach (var secret in new[] { Password, wrongPassword, authCookie, token, Uri.EscapeDataString(Password) })
        {
            Assert.DoesNotContain(logs, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }

    private static string CookieValue(IEnumerable<string> setCookies, string name)
    {
        var cookie = setCookies.Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));
        var value = cookie[(name.Length + 1)..cookie.IndexOf(';', StringComparison.Ordinal)];
        Assert.True(value.Length > 100);
        return value;
    }

    private IEnumerable<string> JsonLogs() => Directory.Exists(portal.LogFolder) ? Directory.GetFiles(portal.LogFolder) : [];

    private static Task<List<string>> LinesAsync(string file, string marker, int expected) => LinesAsync([file], marker, expected);

    /// <summary>The request log is written just after the response; wait until the marker is there.</summary>
    private static async Task<List<string>> LinesAsync(IEnumerable<string> files, string marker, int expected)
    {
        var paths = files.ToList();
        for (var attempt = 0; ; attempt++)
        {
            var lines = new List<string>();
            foreach (var path in paths.Where(File.Exists))
            {
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                lines.AddRange((await reader.ReadToEndAsync()).Split('\n'));
            }

            if (lines.Count(l => l.Contains(marker, StringComparison.Ordinal)) >= expected || attempt == 50)
            {
                return lines;
            }

            await Task.Delay(100);
        }
    }
}
