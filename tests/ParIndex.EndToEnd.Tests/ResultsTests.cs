using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ParIndex.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>A provincial leader reads the published ranking of each block, with each unit's movement since last year.</summary>
[Collection(PortalCollection.Name)]
public sealed class ResultsTests(PortalFixture fixture)
{
    [Fact]
    public async Task Leader_OpensResults_SeesRankedDepartmentsThenCommunesWithMergesAndTheChoiceInTheUrl()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("lanhdao");

        await page.ClickAsync("a[href='/results']");

        await Expect(page.Locator("#ranking tbody tr").First).ToContainTextAsync("Văn phòng UBND tỉnh");
        await Expect(page.Locator("#ranking thead")).ToContainTextAsync("So với 2024");
        await page.SaveScreenshotAsync("results-departments");

        await page.Locator("#block-chips .mud-chip", new PageLocatorOptions { HasText = "xã" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("block="));
        await Expect(page.Locator("#ranking")).ToContainTextAsync("Tiếp nhận");
        await page.SaveScreenshotAsync("results-communes");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#ranking")).ToContainTextAsync("Tiếp nhận");
    }

    [Fact]
    public async Task AgencyLeader_OpensTheirScorecard_SeesIndexDomainsAndEveryLostPointWithItsReason()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("lanhdao.syt");
        await page.ClickAsync("a[href='/results']");

        await page.Locator("#ranking a", new PageLocatorOptions { HasText = "Sở Y tế" }).ClickAsync();

        await Expect(page.Locator("#scorecard-unit")).ToHaveTextAsync("Sở Y tế");
        await Expect(page.Locator("#scorecard-index")).ToHaveTextAsync("90,85");
        await Expect(page.Locator("#scorecard-domains tbody tr")).ToHaveCountAsync(8);
        var losses = page.Locator("#scorecard-losses tbody tr");
        Assert.True(await losses.CountAsync() > 0);
        await Expect(losses.First.Locator("td.lost")).ToContainTextAsync("−");
        await page.SaveScreenshotAsync("scorecard-syt");
    }
}
