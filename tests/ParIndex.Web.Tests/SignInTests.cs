using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Infrastructure.Identity;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

public sealed class SignInTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Password = "mùa lúa chín trên đồng quê";

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountSoTheRightOneIsRefusedToo()
    {
        var user = await portal.CreateUserAsync("khoa.thu", Password, Roles.Inspector);
        var client = portal.CreateBrowser();
        var token = await LoginForm.TokenAsync(client);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await LoginForm.PostAsync(client, "khoa.thu", "sai mật khẩu lần " + attempt, token);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains(LoginForm.FailedMessageStart, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var sixth = await LoginForm.PostAsync(client, "khoa.thu", Password, token);

        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.False(sixth.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("ParIndex.Auth=", StringComparison.Ordinal)));
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var stored = await users.FindByIdAsync(user.Id.ToString());
        Assert.True(await users.IsLockedOutAsync(stored!));
        Assert.InRange(stored!.LockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        var actions = await AuditActionsAsync(user.Id);
        Assert.Equal(4, actions.Count(a => a == "auth.signIn.failed"));
        Assert.Equal(2, actions.Count(a => a == "auth.signIn.lockedOut"));
    }

    [Fact]
    public async Task SignIn_UnknownUserAndWrongPassword_GetTheSameAnswer()
    {
        await portal.CreateUserAsync("co.that", Password, Roles.Leader);
        var client = portal.CreateBrowser();

        var unknown = await LoginForm.PostAsync(client, "khong.ton.tai", Password);
        var wrong = await LoginForm.PostAsync(client, "co.that", "không phải mật khẩu này");

        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        Assert.Equal(ErrorText(await unknown.Content.ReadAsStringAsync()), ErrorText(await wrong.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task SignIn_DisabledAccount_IsRefusedWithTheSameMessage()
    {
        var user = await portal.CreateUserAsync("da.nghi", Password, Roles.AgencyStaff);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var stored = await users.FindByIdAsync(user.Id.ToString());
            stored!.IsActive = false;
            await users.UpdateAsync(stored);
        }

        var response = await LoginForm.PostAsync(portal.CreateBrowser(), "da.nghi", Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(LoginForm.FailedMessageStart, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("auth.signIn.notAllowed", await AuditActionsAsync(user.Id));
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_Is400AndSignsNobodyIn()
    {
        await portal.CreateUserAsync("khong.token", Password, Roles.Leader);
        var client = portal.CreateBrowser();

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.UserName"] = "khong.token",
            ["Input.Password"] = Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("ParIndex.Auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SignIn_Succeeds_WithHttpOnlyLaxCookieAndAnAuditEntry()
    {
        var user = await portal.CreateUserAsync("dang.nhap", Password, Roles.CouncilMember);
        var client = portal.CreateBrowser();

        var response = await LoginForm.PostAsync(client, "dang.nhap", Password);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(new Uri("http://localhost/"), new Uri(client.BaseAddress!, response.Headers.Location!));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ParIndex.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("auth.signIn.succeeded", await AuditActionsAsync(user.Id));
    }

    [Fact]
    public async Task SignIn_ReturnUrlToAnotherSite_GoesHomeInstead()
    {
        await portal.CreateUserAsync("chuyen.huong", Password, Roles.Leader);
        var client = portal.CreateBrowser();
        var html = await client.GetStringAsync("/account/login?returnUrl=%2F%2Fevil.example%2F");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        var response = await client.PostAsync("/account/login?returnUrl=%2F%2Fevil.example%2F", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = "chuyen.huong",
            ["Input.Password"] = Password,
        }));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(new Uri("http://localhost/"), new Uri(client.BaseAddress!, response.Headers.Location!));
    }

    [Fact]
    public async Task SignOut_EndsTheSessionAndAuditsIt()
    {
        var user = await portal.CreateUserAsync("dang.xuat", Password, Roles.Leader);
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, "dang.xuat", Password);
        var home = await client.GetStringAsync("/");
        var token = System.Text.RegularExpressions.Regex.Match(home, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Uri("http://localhost/account/login"), new Uri(client.BaseAddress!, response.Headers.Location!));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
        Assert.Contains("auth.signOut", await AuditActionsAsync(user.Id));
    }

    private async Task<List<string>> AuditActionsAsync(Guid userId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
        return await db.AuditEntries.Where(a => a.UserId == userId).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    }

    private static string ErrorText(string html)
    {
        var start = html.IndexOf(LoginForm.FailedMessageStart, StringComparison.Ordinal);
        Assert.True(start >= 0, "No sign-in error message on the page.");
        return html[start..html.IndexOf('<', start)];
    }
}
