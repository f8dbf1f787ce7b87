using System.Text.Json;
using ParIndex.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>
/// Issue 17: a unit formed by the 2025 merger shows its predecessors' years, labelled as theirs, on the public site and
/// on its dashboard; the commune block's rank changes carry the caveat that the block shrank from 38 to 30.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class MergedUnitHistoryTests(PortalFixture fixture)
{
    [Fact]
    public async Task MergedCommune_ShowsItsPredecessorsYears_OnThePublicPageAndItsDashboard()
    {
        var citizen = await fixture.NewPageAsync();
        await citizen.GotoAsync("/public/2025/units/XHUNGNGUYEN");
        await Expect(citizen.Locator("#public-history")).ToContainTextAsync("Xã Hưng Lợi (đơn vị tiền thân, đã sáp nhập)");
        await Expect(citizen.Locator("#public-history")).ToContainTextAsync("Xã Hưng Trung (đơn vị tiền thân, đã sáp nhập)");
        await citizen.SaveScreenshotAsync("public-unit-merged-history");
        await citizen.GotoAsync("/public/2025");
        await Expect(citizen.Locator("#block-XP .membership-caveat")).ToContainTextAsync("38 đơn vị năm 2024, 30 đơn vị năm nay");
        await Expect(citizen.Locator("#block-XP")).ToContainTextAsync("Mới hợp nhất từ: Xã Hưng Lợi (hạng 6, 87,10)");

        var leader = await fixture.NewPageAsync();
        await leader.SignInAsync("lanhdao");
        var units = await leader.APIRequest.GetAsync("/api/units?search=Hưng Nguyên");
        using var found = JsonDocument.Parse(await units.TextAsync());
        var id = found.RootElement.EnumerateArray().Single(u => u.GetProperty("code").GetString() == "XHUNGNGUYEN").GetProperty("id").GetString();
        await leader.GotoAsync($"/dashboard/units/{id}");
        await leader.WaitForInteractiveAsync();
        await Expect(leader.Locator("#unit-dashboard-name")).ToHaveTextAsync("Xã Hưng Nguyên");
        await leader.SaveScreenshotAsync("dashboard-unit-merged-chart");
        await leader.Locator(".chart-table-toggle").First.ClickAsync();
        await Expect(leader.Locator("#trend-table")).ToContainTextAsync("Số liệu của đơn vị tiền thân: Xã Hưng Lợi (87,10, #6); Xã Hưng Trung (85,99, #13)");
        await leader.SaveScreenshotAsync("dashboard-unit-merged-history");
    }
}
