using System.Text;
using Microsoft.Playwright;
using ParIndex.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>
/// Mergers from a file through the one import flow (issue 18), on a portal of its own since a merger changes the demo
/// province: the bad row named by its column, the open period's warning acknowledged, nothing merged before the
/// confirmation, and the same file again changing nothing.
/// </summary>
[Collection(OwnPortalCollection.Name)]
public sealed class BulkMergesTests : OwnPortalTest
{
    [Fact]
    public async Task Administrator_PreviewsFixesAndConfirmsAFileOfMergers_ThenTheSameFileChangesNothing()
    {
        await using var portal = await PortalProcess.StartAsync(Folder);
        var page = await Browser.NewPageAsync(portal.BaseAddress);
        await page.SignInAsync("admin");
        await page.GotoAsync("/admin/units/bulk-merges");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#template")).ToHaveAttributeAsync("href", "/api/units/bulk-merges/template.csv");

        var effective = $"01/07/{DateTime.UtcNow.Year + 1}";
        await ChooseAsync(page, "sap-nhap-loi.csv", $"Mã đơn vị cũ,Mã đơn vị mới,Ngày hiệu lực,Số quyết định\nXTIENKY,XDONGVAN,{effective},1656/NQ-UBTVQH15\nKHONGCO,XDONGVAN,{effective},1656/NQ-UBTVQH15\n");
        await Expect(page.Locator("#preview-table .row-problem-text")).ToContainTextAsync("Mã đơn vị cũ: ");
        await Expect(page.Locator("#apply-merges")).ToBeDisabledAsync();
        await page.SaveScreenshotAsync("bulk-merges-preview-errors");

        var file = $"Mã đơn vị cũ,Mã đơn vị mới,Ngày hiệu lực,Số quyết định\nXTIENKY,XDONGVAN,{effective},1656/NQ-UBTVQH15\n";
        await ChooseAsync(page, "sap-nhap.csv", file);
        await Expect(page.Locator("#preview-counts")).ToContainTextAsync("1 đơn vị sẽ được sáp nhập");
        await Expect(page.Locator("#apply-merges")).ToBeDisabledAsync();
        await page.GetByText("Tôi đã đọc cảnh báo và đồng ý đóng các bản đánh giá này.").ClickAsync();
        await Expect(page.Locator("#apply-merges")).ToBeEnabledAsync();
        await page.SaveScreenshotAsync("bulk-merges-preview");

        await page.ClickAsync("#apply-merges");
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Expect(confirm).ToContainTextAsync("Sáp nhập 1 đơn vị theo tệp?");
        await confirm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Xác nhận sáp nhập" }).ClickAsync();
        await Expect(page.Locator("#merges-done")).ToContainTextAsync("Đã sáp nhập 1 đơn vị");

        await ChooseAsync(page, "sap-nhap-lan-2.csv", file);
        await Expect(page.Locator("#nothing-to-do")).ToHaveTextAsync("Mọi dòng đều đã được ghi nhận; không có gì thay đổi.");
        await Expect(page.Locator("#apply-merges")).ToBeDisabledAsync();
        await page.SaveScreenshotAsync("bulk-merges-reimport");
    }

    private static async Task ChooseAsync(IPage page, string name, string csv)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.ClickAsync("#choose-file"));
        await chooser.SetFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await Expect(page.Locator("#preview-title")).ToContainTextAsync(name);
    }
}
