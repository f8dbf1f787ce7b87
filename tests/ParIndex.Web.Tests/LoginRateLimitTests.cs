using System.Net;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

public sealed class LoginRateLimitTests(LoginRateLimitTests.Fixture portal) : IClassFixture<LoginRateLimitTests.Fixture>
{
    public sealed class Fixture() : PortalFactory("Development", new Dictionary<string, string?>
    {
        ["Security:LoginRateLimit:PermitLimit"] = "3",
        ["Security:LoginRateLimit:WindowSeconds"] = "60",
    });

    [Fact]
    public async Task SignIn_FloodFromOneClient_Gets429WithRetryAfterAndVietnameseMessage()
    {
        var client = portal.CreateBrowser();
        var token = await LoginForm.TokenAsync(client);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await LoginForm.PostAsync(client, "ai.do", "mật khẩu đoán thử " + i, token)).StatusCode);
        }

        var refused = await LoginForm.PostAsync(client, "ai.do", "mật khẩu đoán thử nữa", token);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Contains("quá nhiều lần", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }
}

/// <summary>Issue 16.4: the limit follows the sign-in endpoint, not its path string, so case and a trailing slash do not escape it.</summary>
public sealed class LoginRateLimitPathVariantsTests(LoginRateLimitTests.Fixture portal) : IClassFixture<LoginRateLimitTests.Fixture>
{
    [Fact]
    public async Task SignIn_ThroughPathVariants_CountsAgainstTheSameLimit()
    {
        var client = portal.CreateBrowser();
        var token = await LoginForm.TokenAsync(client);
        foreach (var (path, i) in new[] { "/account/login/", "/Account/Login/", "/ACCOUNT/LOGIN" }.Select((p, i) => (p, i)))
        {
            Assert.Equal(HttpStatusCode.OK, (await LoginForm.PostAsync(client, "ai.do", "mật khẩu đoán thử " + i, token, path)).StatusCode);
        }

        var refused = await LoginForm.PostAsync(client, "ai.do", "mật khẩu đoán thử nữa", token, "/Account/login/");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("quá nhiều lần", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
