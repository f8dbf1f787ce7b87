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
        await Expect(page.Locator("#framework-list")).ToContainTextAsync("Bộ chỉ số CCHC khối Sở, ban, ngành (minh họa)");
        await Expect(page.Locator("#framework-list")).ToContainTextAsync("Bộ chỉ số CCHC khối UBND xã, phường (minh họa)");
        await Expect(page.Locator("#framework-list")).ToContainTextAsync("Minh họa");
        await page.SaveScreenshotAsync("frameworks");

        await page.Locator("#framework-list a", new PageLocatorOptions { HasText = "Bộ chỉ số CCHC khối Sở, ban, ngành (minh họa)" }).First.ClickAsync();
        await Expect(page.Locator("#illustrative")).ToBeVisibleAsync();
        await Expect(page.Locator("#framework-issues")).ToContainTextAsync("Cấu trúc hợp lệ");
        await Expect(page.Locator("#framework-tree tbody tr.level-1")).ToHaveCountAsync(8);

        await page.ClickAsync("#framework-tree tr[data-code='A3.3']");
        await Expect(page.Locator("#node-panel")).ToContainTextAsync("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn");
        await Expect(page.Locator("#node-guidance")).ToContainTextAsync("98");
        await page.SaveScreenshotAsync("framework-department");
    }

    [Fact]
    public async Task Administrator_BuildsAFrameworkInThePortal_SeesTheSumCheckTurnGreen()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("admin");
        await page.ClickAsync("a[href='/frameworks']");

        await page.ClickAsync("#create-framework");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Locator("#framework-code").FillAsync("SO-2027");
        await dialog.Locator("#framework-name-input").FillAsync("Bộ chỉ số sở, ban, ngành 2027");
        await dialog.Locator("#framework-basis").FillAsync("Dự thảo theo QĐ 1187/QĐ-BNV");
        await dialog.Locator("#save-framework").ClickAsync();
        await Expect(page.Locator("#framework-name")).ToHaveTextAsync("Bộ chỉ số sở, ban, ngành 2027");
        await page.WaitForInteractiveAsync();

        await Expect(page.Locator("#framework-issues")).ToContainTextAsync("Bộ chỉ số chưa có lĩnh vực nào.");
        await AddNodeAsync(page, "#add-domain", "L1", "Công tác chỉ đạo, điều hành CCHC", "100");
        await page.ClickAsync("#framework-tree tr[data-code='L1']");
        await AddNodeAsync(page, "#add-child", "L1.1", "Kế hoạch CCHC năm ban hành đúng hạn", "60");
        await Expect(page.Locator("#framework-issues")).ToContainTextAsync("L1: tổng điểm các mục con là 60,00, khác điểm tối đa 100,00.");
        await page.SaveScreenshotAsync("framework-editor-sum-error");

        await page.ClickAsync("#framework-tree tr[data-code='L1']");
        await AddNodeAsync(page, "#add-child", "L1.2", "Báo cáo CCHC định kỳ đúng hạn", "40");
        await Expect(page.Locator("#framework-issues")).ToContainTextAsync("Cấu trúc hợp lệ");

        // The rule is built in the form (no JSON): % tiers, a tier above the maximum refused as typed, the guidance written from it.
        await page.ClickAsync("#edit-rule");
        var rule = page.GetByRole(AriaRole.Dialog);
        await page.Locator("div.mud-select", new() { Has = page.Locator("#node-rule") }).Last.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Theo ngưỡng tỷ lệ" }).ClickAsync();
        await rule.Locator("#add-tier").ClickAsync();
        await rule.Locator("#tier-min-0").FillAsync("90");
        await rule.Locator("#tier-points-0").FillAsync("45");
        await Expect(rule.Locator("#rule-problems")).ToContainTextAsync("điểm tối đa");
        await Expect(rule.Locator("#save-rule")).ToBeDisabledAsync();
        await rule.Locator("#tier-points-0").FillAsync("40");
        await rule.Locator("#add-tier").ClickAsync();
        await rule.Locator("#tier-min-1").FillAsync("70");
        await rule.Locator("#tier-points-1").FillAsync("20,5");
        await Expect(rule.Locator("#rule-preview")).ToContainTextAsync("Đạt từ 90% trở lên: 40 điểm; từ 70% đến dưới 90%: 20,5 điểm; dưới 70%: 0 điểm.");
        await Expect(rule.Locator("#rule-problems")).ToHaveCountAsync(0);
        await rule.Locator("#node-guidance-input").FillAsync("Tính theo số báo cáo gửi đúng hạn.");
        await page.SaveScreenshotAsync("framework-rule-form");
        await rule.Locator("#save-rule").ClickAsync();
        await Expect(page.Locator("#node-guidance")).ToHaveTextAsync(
            "Đạt từ 90% trở lên: 40 điểm; từ 70% đến dưới 90%: 20,5 điểm; dưới 70%: 0 điểm. "
            + "Không phát sinh trường hợp nào trong năm: đạt tối đa 40 điểm. Tính theo số báo cáo gửi đúng hạn.");
        await page.SaveScreenshotAsync("framework-editor");
    }

    [Fact]
    public async Task Administrator_CopiesLastYearsFramework_EditsTheDraftWhileTheOriginalStaysFrozen()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("admin");
        await page.ClickAsync("a[href='/frameworks']");

        var departments = page.Locator("#framework-list tbody tr", new PageLocatorOptions { HasText = "DEMO-SBN" }).First;
        await departments.Locator(".copy-framework").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Locator("#copy-name").FillAsync("Bộ chỉ số sở, ban, ngành 2027 (dự thảo)");
        await dialog.Locator("#save-copy").ClickAsync();

        await Expect(page.Locator("#framework-name")).ToHaveTextAsync("Bộ chỉ số sở, ban, ngành 2027 (dự thảo)");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#framework-tree tbody tr")).ToHaveCountAsync(58);
        await page.ClickAsync("#framework-tree tr[data-code='A1.8']");
        await page.ClickAsync("#remove-node");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Xóa" }).ClickAsync();

        await Expect(page.Locator("#framework-tree tr[data-code='A1.8']")).ToHaveCountAsync(0);
        await Expect(page.Locator("#framework-issues")).ToContainTextAsync("A1: tổng điểm các mục con là 7,50, khác điểm tối đa 10,00.");
        await page.SaveScreenshotAsync("framework-copy-edited");
    }

    [Fact]
    public async Task Administrator_ExportsAFrameworkAndImportsItBackAsANewVersion()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("admin");
        await page.ClickAsync("a[href='/frameworks']");
        await page.Locator("#framework-list a", new PageLocatorOptions { HasText = "Bộ chỉ số CCHC khối UBND xã, phường (minh họa)" }).ClickAsync();
        await page.WaitForInteractiveAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-framework"));
        var file = Path.Combine(Path.GetTempPath(), $"framework-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);

        await page.ClickAsync("a[href='/frameworks']");
        await page.ClickAsync("#import-framework");
        // The same file again: the preview names what stops it, and nothing can be confirmed.
        await ChooseWorkbookAsync(page, file);
        await Expect(page.Locator(".file-problem")).ToContainTextAsync("phiên bản 1");
        await Expect(page.Locator("#import-confirm")).ToBeDisabledAsync();
        await page.SaveScreenshotAsync("framework-import-errors");

        // A new file name, as after "Save as" in Excel.
        var edited = Path.ChangeExtension(file, ".v7.xlsx");
        File.Copy(file, edited);
        WorkbookEdits.SetHeaderValue(edited, "Phiên bản", "7");
        await ChooseWorkbookAsync(page, edited);
        await Expect(page.Locator("#import-summary")).ToContainTextAsync("phiên bản 7");
        await Expect(page.Locator("#import-versions")).ToContainTextAsync("giữ nguyên, không bị thay thế");
        await page.SaveScreenshotAsync("framework-import-preview");
        await page.ClickAsync("#import-confirm");
        var question = page.Locator(".mud-dialog", new PageLocatorOptions { HasText = "thành bản nháp mới?" });
        await page.SaveScreenshotAsync("framework-import-confirm");
        await question.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Xác nhận nhập" }).ClickAsync();

        await Expect(page.Locator("#framework-name")).ToHaveTextAsync("Bộ chỉ số CCHC khối UBND xã, phường (minh họa)");
        await Expect(page.Locator("#framework-issues")).ToContainTextAsync("Cấu trúc hợp lệ");
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Đã nhập bộ chỉ số DEMO-XP phiên bản 7 (bản nháp).");
        await Expect(page.Locator("body")).ToContainTextAsync("phiên bản 7");
        File.Delete(file);
        File.Delete(edited);
    }

    private static async Task ChooseWorkbookAsync(IPage page, string path)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.ClickAsync("#import-choose"));
        await chooser.SetFilesAsync(path);
        await Expect(page.Locator("#preview-title")).ToContainTextAsync(Path.GetFileName(path));
    }

    private static async Task AddNodeAsync(IPage page, string button, string code, string title, string maxPoints)
    {
        await page.ClickAsync(button);
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Locator("#node-code").FillAsync(code);
        await dialog.Locator("#node-title").FillAsync(title);
        await dialog.Locator("#node-max").FillAsync(maxPoints);
        await dialog.Locator("#save-node").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.Locator($"#framework-tree tr[data-code='{code}']")).ToBeVisibleAsync();
    }
}
