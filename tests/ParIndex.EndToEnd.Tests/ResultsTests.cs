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
        await Expect(page.Locator("#ranking")).ToContainTextAsync("Mới hợp nhất từ");
        await page.SaveScreenshotAsync("results-communes");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#ranking")).ToContainTextAsync("Mới hợp nhất từ");
    }

    [Fact]
    public async Task Leader_OnResults_GetsTheAnnexAndTheDraftDecisionInWordAndASignedAnnexPdf()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("lanhdao");
        await page.ClickAsync("a[href='/results']");

        await Expect(page.Locator("#report-decision-docx")).ToBeVisibleAsync();
        await Expect(page.Locator("#report-annex-docx")).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("results-documents");

        // The buttons open the API's downloads in a new tab; the browser's own session fetches what they point at.
        foreach (var (button, extension) in new[] { ("#report-decision-docx", ".docx"), ("#report-annex-docx", ".docx"), ("#report-annex", ".pdf") })
        {
            var response = await page.APIRequest.GetAsync((await page.Locator(button).GetAttributeAsync("href"))!);
            Assert.Equal(200, response.Status);
            Assert.Contains(extension, response.Headers["content-disposition"], StringComparison.Ordinal);
            if (extension == ".pdf")
            {
                Assert.Contains("/SubFilter /ETSI.CAdES.detached", System.Text.Encoding.Latin1.GetString(await response.BodyAsync()), StringComparison.Ordinal);
            }
        }
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
