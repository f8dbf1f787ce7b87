using System.Net;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

public sealed class CultureTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SignInPage_ByDefault_IsVietnameseEvenForAnEnglishBrowser()
    {
        var client = portal.CreateBrowser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var html = await client.GetStringAsync("/account/login");

        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("Tên đăng nhập", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetCulture_English_RemembersItAndGoesBack()
    {
        var client = portal.CreateBrowser();

        var response = await client.GetAsync("/culture/set?culture=en-US&redirectUri=%2Faccount%2Flogin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.OriginalString);
        var html = await client.GetStringAsync("/account/login");
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("User name", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%2F%2Fevil.example%2F")]
    [InlineData("https%3A%2F%2Fevil.example%2F")]
    [InlineData("%2F%5Cevil.example")]
    public async Task SetCulture_RedirectOffSite_GoesHomeInstead(string redirectUri)
    {
        var response = await portal.CreateBrowser().GetAsync($"/culture/set?culture=en-US&redirectUri={redirectUri}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SetCulture_Unsupported_SetsNoCookie()
    {
        var response = await portal.CreateBrowser().GetAsync("/culture/set?culture=fr-FR&redirectUri=%2F");

        Assert.False(response.Headers.Contains("Set-Cookie"));
    }
}
