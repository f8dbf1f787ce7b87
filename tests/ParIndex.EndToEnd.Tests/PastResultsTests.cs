using Microsoft.Playwright;
using ParIndex.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>The administrator brings in a year published before the portal; citizens then see it with its history.</summary>
[Collection(PortalCollection.Name)]
public sealed class PastResultsTests(PortalFixture fixture)
{
    [Fact]
    public async Task Administrator_ImportsAPastYear_FromTheSampleFile_AndItIsPublished()
    {
        var sample = await File.ReadAllBytesAsync(Path.Combine(PortalSession.RepositoryRoot(), "docs", "samples", "ket-qua-cchc-2022-minh-hoa.csv"));
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("admin");
        await page.GotoAsync("/admin/periods");
        await page.WaitForInteractiveAsync();
        await page.ClickAsync("#past-results");
        await page.WaitForInteractiveAsync();

        // A broken copy first: the preview names the row and nothing can be saved.
        var broken = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(sample).Replace(",92.92,", ",192.92,", StringComparison.Ordinal));
        await ChooseAsync(page, "loi.csv", broken);
        await Expect(page.Locator("#preview-table")).ToContainTextAsync("Chỉ số \"192.92\" không hợp lệ");
        await Expect(page.Locator("#save-import")).ToBeDisabledAsync();

        await ChooseAsync(page, "ket-qua-cchc-2022-minh-hoa.csv", sample);
        // The file's decision fills the year's fields, which the administrator may complete before saving.
        await Expect(page.Locator("#decision-number-2022")).ToHaveValueAsync("412/QĐ-UBND");
        await Expect(page.Locator("#decision-signer-2022")).ToHaveValueAsync("Chủ tịch UBND tỉnh (minh họa)");
        await Expect(page.Locator(".row-problem-text")).ToHaveCountAsync(0);
        await page.SaveScreenshotAsync("past-results-preview");
        await page.ClickAsync("#save-import");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Lưu và công bố" }).ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Đã lưu và công bố kết quả các năm 2022");

        var citizen = await fixture.NewPageAsync();
        await citizen.GotoAsync("/public/2023/units/SNV");
        await Expect(citizen.Locator("#public-history")).ToContainTextAsync("2022");
        await citizen.SaveScreenshotAsync("past-results-public-history");
    }

    private static async Task ChooseAsync(IPage page, string name, byte[] content)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.ClickAsync("#choose-file"));
        await chooser.SetFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = content });
        await Expect(page.Locator("#preview-title")).ToContainTextAsync(name);
    }
}
