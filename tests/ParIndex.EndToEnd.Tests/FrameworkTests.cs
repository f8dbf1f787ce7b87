using Microsoft.Playwright;
using ParIndex.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>Everyone can read the criteria they are scored against; the demo frameworks say they are illustrative.</summary>
[Collection(PortalCollection.Name)]
public sealed class FrameworkTests(PortalFixture fixture)
{
    [Fact]
    public async Task AgencyStaff_OpensDepartmentFramework_ReadsTheTreeAndARuleInVietnamese()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("canbo.syt");

        await page.ClickAsync("a[href='/frameworks']");
        await Expect(page.Locator("#framework-list tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#framework-list")).ToContainTextAsync("Minh họa");
        await page.SaveScreenshotAsync("frameworks");

        await page.Locator("#framework-list a", new PageLocatorOptions { HasText = "sở" }).First.ClickAsync();
        await Expect(page.Locator("#illustrative")).ToBeVisibleAsync();
        await Expect(page.Locator("#framework-issues")).ToContainTextAsync("Cấu trúc hợp lệ");
        await Expect(page.Locator("#framework-tree tbody tr.level-1")).ToHaveCountAsync(8);

        await page.ClickAsync("#framework-tree tr[data-code='A3.3']");
        await Expect(page.Locator("#node-panel")).ToContainTextAsync("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn");
        await Expect(page.Locator("#node-guidance")).ToContainTextAsync("98");
        await page.SaveScreenshotAsync("framework-department");
    }
}
