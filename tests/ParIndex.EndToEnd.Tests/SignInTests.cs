using System.Text.RegularExpressions;
using ParIndex.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>Each role signs in in Vietnamese, sees the home page fitted to it, and signs out.</summary>
[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalFixture fixture)
{
    [Theory]
    [InlineData("admin", "#administrator-card", "Quản trị hệ thống")]
    [InlineData("thamdinh", "#inspector-card", "Chuyên viên thẩm định")]
    [InlineData("hoidong", "#council-card", "Hội đồng")]
    [InlineData("lanhdao", "#leader-card", "Lãnh đạo tỉnh")]
    [InlineData("canbo.syt", "#agency-card", "Sở Y tế")]
    [InlineData("lanhdao.plamson", "#agency-card", "Phường Lam Sơn")]
    public async Task SignIn_EachDemoRole_SeesTheirHomeCardAndCanSignOut(string userName, string card, string roleOrUnitText)
    {
        var page = await fixture.NewPageAsync();

        await page.SignInAsync(userName);

        await Expect(page.Locator(card)).ToBeVisibleAsync();
        await Expect(page.Locator("#user-box")).ToContainTextAsync(roleOrUnitText);
        await Expect(page.Locator("#demo-banner")).ToContainTextAsync("Dữ liệu minh họa");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await page.SaveScreenshotAsync($"home-{userName}");

        await page.ClickAsync("#sign-out");
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
    }

    [Fact]
    public async Task SignIn_WrongPassword_StaysOnTheFormWithAVietnameseMessage()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", "canbo.vpubnd");
        await page.FillAsync("#password", "sai mật khẩu rồi");
        await page.ClickAsync("#sign-in");

        await Expect(page.Locator("#login-error")).ToContainTextAsync("Tên đăng nhập hoặc mật khẩu không đúng");
        await page.SaveScreenshotAsync("login-failed");
    }

    [Fact]
    public async Task AgencyStaff_OpensAdministration_IsRefused()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("canbo.vpubnd");

        await Expect(page.Locator("a[href='/admin/users']")).ToHaveCountAsync(0);

        await page.GotoAsync("/admin/users");

        await Expect(page).ToHaveURLAsync(new Regex("/account/access-denied"));
        await Expect(page.Locator("#access-denied")).ToBeVisibleAsync();
        await Expect(page.Locator("#user-list")).ToHaveCountAsync(0);
        await page.SaveScreenshotAsync("access-denied");
    }

    [Fact]
    public async Task CultureSwitch_English_TranslatesTheLayoutAndKeepsThePage()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("lanhdao");

        await page.ClickAsync("#culture-en");
        await page.WaitForInteractiveAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("#sign-out")).ToContainTextAsync("Sign out");
        await Expect(page.Locator("#leader-card")).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("home-lanhdao-en");

        await page.ClickAsync("#culture-vi");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#sign-out")).ToContainTextAsync("Đăng xuất");
    }
}
