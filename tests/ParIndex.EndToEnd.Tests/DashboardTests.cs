using Microsoft.Playwright;
using ParIndex.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>Each role opens its dashboard: the province's for leaders and inspectors, a unit's own for its leader.</summary>
[Collection(PortalCollection.Name)]
public sealed class DashboardTests(PortalFixture fixture)
{
    [Fact]
    public async Task Leader_ReadsTheProvinceAtAGlance_AndSharesAFilteredView()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("lanhdao");
        await page.ClickAsync("a[href='/dashboard']");
        await page.WaitForInteractiveAsync();

        await Expect(page.Locator("#dashboard-ranking")).ToContainTextAsync("Văn phòng UBND tỉnh");
        await Expect(page.Locator("#dashboard-ranking")).ToContainTextAsync("95,11");
        await Expect(page.Locator("#heat-map")).ToContainTextAsync("A8");
        await Expect(page.Locator("#top-lost")).ToContainTextAsync("A");
        await Expect(page.Locator("#live-figures")).ToBeVisibleAsync();
        await Expect(page.Locator("#class-bars")).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("dashboard-leader");

        await page.Locator(".chart-table-toggle").First.ClickAsync();
        await Expect(page.Locator("#class-table")).ToContainTextAsync("2025");

        // The filters are the browser's own selects (issue 20: a lighter circuit than MudSelect's).
        await page.Locator("#filter-block").SelectOptionAsync(new SelectOptionValue { Label = "UBND xã, phường" });
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("block="));
        await Expect(page.Locator("#dashboard-ranking")).ToContainTextAsync("Phường Lam Sơn");
        var shared = page.Url;

        var inspector = await fixture.NewPageAsync();
        await inspector.SignInAsync("thamdinh");
        await inspector.GotoAsync(shared);
        await Expect(inspector.Locator("#dashboard-ranking")).ToContainTextAsync("Phường Lam Sơn");
        await inspector.SaveScreenshotAsync("dashboard-inspector-communes");
    }

    [Fact]
    public async Task AgencyLeader_SeesTheirUnitBesideTheBlockAverage()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("lanhdao.syt");
        await page.ClickAsync("a[href='/dashboard']");

        await Expect(page.Locator("#unit-dashboard-name")).ToHaveTextAsync("Sở Y tế");
        await Expect(page.Locator("#unit-domains")).ToContainTextAsync("A1");
        await Expect(page.Locator("#unit-trend")).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await page.Locator(".chart-table-toggle").First.ClickAsync();
        await Expect(page.Locator("#trend-table")).ToContainTextAsync("90,85");
        await page.SaveScreenshotAsync("dashboard-agency-leader");
    }
}
