using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ParIndex.Application.Units;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Components.Pages.Admin;

namespace ParIndex.Web.Tests.Imports;

/// <summary>
/// The bulk-merge page on the one import flow (issue 18), in Vietnamese with the portal's handlers: a bad row is named by
/// its column and nothing can be confirmed; a merger that closes an open period's assessment waits for the warning to be
/// acknowledged; nothing is merged before the confirmation; the same file again says it changes nothing.
/// </summary>
public sealed class BulkMergesPageTests(ImportScreensFixture portal) : ImportScreenTest(portal)
{
    protected override void AddHandlers(IServiceCollection services)
    {
        services.AddSingleton(Portal.AsAdministrator<PreviewBulkMergesHandler>());
        services.AddSingleton(Portal.AsAdministrator<ApplyBulkMergesHandler>());
    }

    [Fact]
    public async Task BadRowNamed_ThenMergedOnlyOnceConfirmedAndAcknowledged_ThenTheSameFileChangesNothing()
    {
        var page = RenderScreen<BulkMerges>();
        Assert.Equal("/api/units/bulk-merges/template.csv", page.Find("#template").GetAttribute("href"));

        Choose(page, "loi.csv", $"Mã đơn vị cũ,Mã đơn vị mới,Ngày hiệu lực,Số quyết định\nKHONGCO,STC,01/07/{Portal.Province.CurrentYear + 1},1/NQ\n");
        page.WaitForAssertion(() => Assert.StartsWith("Mã đơn vị cũ: ", page.Find(".row-problem-text").TextContent, StringComparison.Ordinal));
        Assert.True(page.Find("#apply-merges").HasAttribute("disabled"));

        // Sở Y tế has an assessment in the open period: merging it closes that assessment, which must be acknowledged.
        var file = $"Mã đơn vị cũ,Mã đơn vị mới,Ngày hiệu lực,Số quyết định\nSYT,STC,01/07/{Portal.Province.CurrentYear + 1},1656/NQ-UBTVQH15\n";
        Choose(page, "sap-nhap.csv", file);
        page.WaitForAssertion(() => Assert.Contains("1 đơn vị sẽ được sáp nhập", page.Find("#preview-counts").TextContent, StringComparison.Ordinal));
        Assert.True(page.Find("#apply-merges").HasAttribute("disabled"));
        page.FindComponent<MudCheckBox<bool>>().Find("input").Change(true);
        page.WaitForAssertion(() => Assert.False(page.Find("#apply-merges").HasAttribute("disabled")));
        Assert.Null(await MergedIntoAsync("SYT"));

        page.Find("#apply-merges").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-dialog button")));
        Assert.Contains("Sáp nhập 1 đơn vị theo tệp?", page.Find(".mud-dialog").TextContent, StringComparison.Ordinal);
        page.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Xác nhận sáp nhập").Click();

        page.WaitForAssertion(() => Assert.StartsWith("Đã sáp nhập 1 đơn vị", page.Find("#merges-done").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal(Portal.Province.FinanceId, await MergedIntoAsync("SYT"));

        Choose(page, "sap-nhap.csv", file);
        page.WaitForAssertion(() => Assert.Equal("Mọi dòng đều đã được ghi nhận; không có gì thay đổi.", page.Find("#nothing-to-do").TextContent.Trim()));
        Assert.Contains("Đã sáp nhập trước đây", page.Find(".row-done").TextContent, StringComparison.Ordinal);
        Assert.True(page.Find("#apply-merges").HasAttribute("disabled"));
    }


    private static void Choose(IRenderedComponent<IComponent> page, string name, string csv) =>
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Encoding.UTF8.GetBytes(csv), name));

    private async Task<Guid?> MergedIntoAsync(string code)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
        return await db.Units.Where(u => u.Code == code).Select(u => u.MergedIntoUnitId).SingleAsync();
    }
}
