using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ParIndex.Application.Frameworks;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Components.Pages.Frameworks;

namespace ParIndex.Web.Tests.Imports;

/// <summary>
/// The framework import dialog on the one import flow (issue 18), in Vietnamese with the portal's handlers: every bad
/// cell named by sheet, row and column; the draft described and nothing saved before the confirmation; the import
/// audited with the file's fingerprint; the same file again refused by name, another version told what it keeps.
/// </summary>
public sealed class ImportFrameworkDialogTests(ImportScreensFixture portal) : ImportScreenTest(portal)
{
    protected override void AddHandlers(IServiceCollection services)
    {
        services.AddSingleton(Portal.AsAdministrator<PreviewFrameworkImportHandler>());
        services.AddSingleton(Portal.AsAdministrator<ImportFrameworkHandler>());
    }

    [Fact]
    public async Task BadCellsNamed_DraftSavedOnlyOnceConfirmed_TheSameFileAgainRefused_AnotherVersionToldWhatItKeeps()
    {
        var screen = RenderProviders();
        var dialog = await OpenAsync(screen);
        Assert.Equal("/api/frameworks/template.xlsx", screen.Find("#framework-template").GetAttribute("href"));

        var example = FrameworkTemplate.Example;
        var broken = example with
        {
            Code = "LOI",
            Nodes = [example.Nodes[0] with { MaxPoints = 150m }, example.Nodes[1] with { ParentCode = "ZZ" }],
        };
        Choose(screen, "loi.xlsx", broken);
        screen.WaitForAssertion(() => Assert.Contains("Không có mục cha mã ZZ.", screen.Find("#import-errors").TextContent, StringComparison.Ordinal));
        Assert.Contains("\"150\" không phải điểm hợp lệ", screen.Find("#import-errors").TextContent, StringComparison.Ordinal);
        Assert.Contains("Tệp có 2 lỗi, chưa lưu gì.", screen.Markup, StringComparison.Ordinal);
        Assert.True(screen.Find("#import-confirm").HasAttribute("disabled"));

        Choose(screen, "mau-bo-chi-so.xlsx", example);
        screen.WaitForAssertion(() => Assert.Contains("Sẽ tạo bản nháp mới: MAU phiên bản 1", screen.Find("#import-summary").TextContent, StringComparison.Ordinal));
        Assert.Equal("Chưa có bộ chỉ số nào mã MAU.", screen.Find("#import-versions").TextContent.Trim());
        Assert.Equal(0, await CountAsync("MAU"));

        screen.Find("#import-confirm").Click();
        screen.WaitForAssertion(() => Assert.Contains("Nhập bộ chỉ số MAU phiên bản 1 thành bản nháp mới?", screen.Markup, StringComparison.Ordinal));
        screen.FindAll(".mud-dialog button").Last(b => b.TextContent.Trim() == "Xác nhận nhập").Click();

        var result = await dialog.Result;
        Assert.False(result!.Canceled);
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
            var imported = await db.Frameworks.SingleAsync(f => f.Code == "MAU");
            Assert.Equal((Guid)result.Data!, imported.Id);
            var audit = await db.AuditEntries.SingleAsync(a => a.Action == "framework.imported" && a.EntityId == imported.Id.ToString());
            Assert.Contains("Sha256", audit.NewValues, StringComparison.Ordinal);
        }

        await OpenAsync(screen);
        Choose(screen, "mau-bo-chi-so.xlsx", example);
        screen.WaitForAssertion(() => Assert.Equal("Khung: Đã có bộ chỉ số mã MAU phiên bản 1: đổi mã hoặc phiên bản.", screen.Find(".file-problem").TextContent.Trim()));
        Assert.True(screen.Find("#import-confirm").HasAttribute("disabled"));

        Choose(screen, "mau-bo-chi-so-v2.xlsx", example with { Version = 2 });
        screen.WaitForAssertion(() => Assert.Equal("Đã có bộ chỉ số mã MAU, phiên bản 1: giữ nguyên, không bị thay thế.", screen.Find("#import-versions").TextContent.Trim()));
        Assert.False(screen.Find("#import-confirm").HasAttribute("disabled"));
        Assert.Equal(1, await CountAsync("MAU"));
    }


    private async Task<IDialogReference> OpenAsync(IRenderedComponent<IComponent> screen)
    {
        var dialogs = Context.Services.GetRequiredService<IDialogService>();
        var dialog = await screen.InvokeAsync(() => dialogs.ShowAsync<ImportFrameworkDialog>("Nhập từ Excel"));
        screen.WaitForAssertion(() => Assert.NotNull(screen.Find("#import-choose")));
        return dialog;
    }

    private void Choose(IRenderedComponent<IComponent> screen, string name, FrameworkDocument framework)
    {
        var workbook = Portal.Services.GetRequiredService<IFrameworkWorkbook>().Write(framework);
        screen.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(workbook, name));
    }

    private async Task<int> CountAsync(string code)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ParIndexDbContext>().Frameworks.CountAsync(f => f.Code == code);
    }
}
