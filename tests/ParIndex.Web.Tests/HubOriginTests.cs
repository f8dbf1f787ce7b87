using System.Net;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>A9, issue 16.6: the Blazor hub refuses a page from another site, and still serves the portal's own pages.</summary>
public sealed class HubOriginTests(HubOriginTests.Fixture portal) : IClassFixture<HubOriginTests.Fixture>
{
    public sealed class Fixture() : PortalFactory("Development", new Dictionary<string, string?>
    {
        ["Security:AllowedOrigins:0"] = "https://cchc.tinh.gov.vn",
    });

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://localhost.evil.example")]
    [InlineData("null")]
    public async Task Negotiate_FromAForeignOrigin_IsRefused(string origin)
    {
        var response = await NegotiateAsync(origin);

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{response.StatusCode} {await response.Content.ReadAsStringAsync()} {string.Join(",", response.Headers.Select(h => h.Key))}");
    }

    [Theory]
    [InlineData("http://localhost")]
    [InlineData("https://localhost")]
    [InlineData("http://localhost:8080")]
    [InlineData("https://cchc.tinh.gov.vn")]
    public async Task Negotiate_FromThePortalItselfOrAConfiguredOrigin_IsServed(string origin)
    {
        var response = await NegotiateAsync(origin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> NegotiateAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", origin);
        return await portal.CreateBrowser().SendAsync(request);
    }
}
