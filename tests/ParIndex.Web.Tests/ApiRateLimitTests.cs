using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ParIndex.Application.Common;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>B2 beyond sign-in: the API and uploads answer a flood with 429, Retry-After and a Vietnamese problem, per user.</summary>
public sealed class ApiRateLimitTests(ApiRateLimitTests.Fixture portal) : IClassFixture<ApiRateLimitTests.Fixture>
{
    private const string Password = "một câu mật khẩu đủ dài";

    public sealed class Fixture() : PortalFactory("Development", new Dictionary<string, string?>
    {
        ["Security:ApiRateLimit:PermitLimit"] = "4",
        ["Security:ApiRateLimit:WindowSeconds"] = "60",
        ["Security:UploadRateLimit:PermitLimit"] = "2",
        ["Security:UploadRateLimit:WindowSeconds"] = "60",
        ["Security:LoginRateLimit:PermitLimit"] = "1000",
    });

    [Fact]
    public async Task Api_OverTheLimit_Gets429WithRetryAfterAndVietnameseProblem_OtherUsersAndPagesAreUnaffected()
    {
        await portal.CreateUserAsync("nhieu.yeucau", Password, Roles.Leader);
        await portal.CreateUserAsync("nguoi.khac", Password, Roles.Leader);
        var flooder = portal.CreateBrowser();
        await LoginForm.SignInAsync(flooder, "nhieu.yeucau", Password);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await flooder.GetAsync("/api/me")).StatusCode);
        }

        var refused = await flooder.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("quá nhiều yêu cầu", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.RootElement.TryGetProperty("correlationId", out _));

        // The limit is per user, and pages and sign-in are not counted against the API.
        Assert.Equal(HttpStatusCode.OK, (await flooder.GetAsync("/account/login")).StatusCode);
        var other = portal.CreateBrowser();
        await LoginForm.SignInAsync(other, "nguoi.khac", Password);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Uploads_OverTheirOwnTighterLimit_Get429_OtherApiCallsStillPass()
    {
        await portal.CreateUserAsync("tai.len", Password, Roles.AgencyStaff);
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, "tai.len", Password);
        var url = $"/api/self-assessments/{Guid.NewGuid()}/evidence";

        for (var i = 0; i < 2; i++)
        {
            var answered = await client.PostAsync(url, Upload());
            Assert.Equal(HttpStatusCode.NotFound, answered.StatusCode);
        }

        var refused = await client.PostAsync(url, Upload());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        }
    }

    private static MultipartFormDataContent Upload()
    {
        var file = new ByteArrayContent("%PDF-1.4\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", "bao-cao.pdf" }, { new StringContent(Guid.NewGuid().ToString()), "nodeIds" } };
    }
}
