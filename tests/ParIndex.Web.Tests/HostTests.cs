using System.Net;
using ParIndex.Application.Common;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

public sealed class HostTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Health_Anonymous_Returns200Healthy()
    {
        var response = await portal.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_InDevelopment_ListsTheHomeEndpoints()
    {
        var response = await portal.CreateClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadAsStringAsync();
        Assert.Contains("/api/me", document, StringComparison.Ordinal);
        Assert.Contains("/api/home/summary", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_GivesTheExplanationAnswerItsOwnBody()
    {
        var document = System.Text.Json.JsonDocument.Parse(await portal.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;

        var body = document.GetProperty("paths").GetProperty("/api/assessments/{assessmentId}/explanations/{nodeId}").GetProperty("put")
            .GetProperty("requestBody").GetRawText();
        var schemas = document.GetProperty("components").GetProperty("schemas");

        Assert.Contains("ExplanationAnswerBody", body, StringComparison.Ordinal);
        Assert.True(schemas.GetProperty("ExplanationAnswerBody").GetProperty("properties").TryGetProperty("answer", out _));
        Assert.True(schemas.GetProperty("AnswerBody").GetProperty("properties").TryGetProperty("values", out _));
    }

    [Fact]
    public async Task HomePage_Anonymous_RedirectsToSignIn()
    {
        var response = await portal.CreateBrowser().GetAsync("/");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_Anonymous_AsksToSignInWithoutSayingWhetherItExists()
    {
        var response = await portal.CreateBrowser().GetAsync("/khong-co-trang-nay");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_SignedIn_ShowsNotFoundPageWith404()
    {
        await portal.CreateUserAsync("lac.duong", "chiều tà bên bến sông xưa", Roles.Leader);
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, "lac.duong", "chiều tà bên bến sông xưa");

        var response = await client.GetAsync("/khong-co-trang-nay");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains("Không tìm thấy", StringComparison.Ordinal), "BODY:" + body + "HEADERS:" + response.Content.Headers + response.Headers);
    }

    [Fact]
    public async Task AnyResponse_CarriesSecurityHeadersAndCorrelationId()
    {
        var response = await portal.CreateClient().GetAsync("/account/login");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{32}$", response.Headers.GetValues("X-Correlation-Id").Single());
    }
}
