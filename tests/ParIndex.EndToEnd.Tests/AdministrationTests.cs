using Microsoft.Playwright;
using ParIndex.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>The administrator sets up a person's account, and that person can then work for their unit.</summary>
[Collection(PortalCollection.Name)]
public sealed class AdministrationTests(PortalFixture fixture)
{
    [Fact]
    public async Task Administrator_CreatesAgencyStaffAccount_NewPersonSignsInToTheirUnit()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("admin");
        await page.ClickAsync("a[href='/admin/users']");
        await Expect(page.Locator("#user-list")).ToContainTextAsync("canbo.syt");

        await page.ClickAsync("#add-user");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Tên đăng nhập").FillAsync("canbo.stp");
        await dialog.GetByLabel("Họ và tên").FillAsync("Đỗ Thị Hằng");
        await dialog.GetByLabel("Đơn vị").FillAsync("Tư pháp");
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "Sở Tư pháp" }).First.ClickAsync();
        // The unit's list closes and the dialog re-renders before the next field is typed; typed earlier, it can be lost.
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await dialog.GetByLabel("Mật khẩu").FillAsync("sáng thứ hai đi làm sớm 2026");
        await Expect(dialog.GetByLabel("Mật khẩu")).ToHaveValueAsync("sáng thứ hai đi làm sớm 2026");
        await page.SaveScreenshotAsync("admin-user-dialog");
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.Locator("#user-list")).ToContainTextAsync("Đỗ Thị Hằng");
        await page.SaveScreenshotAsync("admin-users");

        var newcomer = await fixture.NewPageAsync();
        await newcomer.SignInAsync("canbo.stp", "sáng thứ hai đi làm sớm 2026");
        await Expect(newcomer.Locator("#agency-unit")).ToContainTextAsync("Sở Tư pháp");
    }

    [Fact]
    public async Task Administrator_OpensUnits_SeesBlocksAndMergedCommunes()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("admin");

        await page.ClickAsync("a[href='/admin/units']");

        await Expect(page.GetByText("Sở Y tế").First).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("admin-units");
    }

    [Fact]
    public async Task Administrator_NarrowsCommuneBandsAndOpensNextYearFromThisYear()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("admin");
        await page.ClickAsync("a[href='/admin/periods']");

        var current = page.Locator("[data-year='2026']");
        var communes = current.Locator("tr[data-block='UBND xã, phường']");
        await communes.Locator(".edit-bands").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Xuất sắc: từ").FillAsync("93");
        await page.SaveScreenshotAsync("admin-bands-dialog");
        await dialog.Locator("#save-bands").ClickAsync();
        await Expect(communes).ToContainTextAsync("≥ 93");
        await Expect(current.Locator("tr[data-block='Sở, ban, ngành']")).ToContainTextAsync("≥ 90");

        await page.ClickAsync("#create-period");
        await page.GetByRole(AriaRole.Dialog).Locator("#save-period").ClickAsync();
        var next = page.Locator("[data-year='2027']");
        await Expect(next).ToContainTextAsync("Đang chuẩn bị");
        await Expect(next.Locator("tr[data-block='UBND xã, phường']")).ToContainTextAsync("≥ 93");
        await page.SaveScreenshotAsync("admin-periods");
    }
}
