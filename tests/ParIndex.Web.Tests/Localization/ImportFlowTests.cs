using System.Globalization;
using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor.Services;
using ParIndex.Application.Common;
using ParIndex.Web.Components.Shared;
using ParIndex.Web.Localization;

namespace ParIndex.Web.Tests.Localization;

/// <summary>
/// The one preview-then-confirm flow every import screen uses: a chosen file is previewed and nothing is saved until
/// the person confirms; the confirmation sends the very bytes and fingerprint that were previewed; a preview with
/// problems cannot be confirmed.
/// </summary>
public sealed class ImportFlowTests
{
    private static readonly byte[] File = Encoding.UTF8.GetBytes("Mã đơn vị,Tỷ lệ\nU1,90\n");

    [Fact]
    public async Task NothingIsSavedUntilConfirmed_ThenThePreviewedFileIsSent()
    {
        await using var context = NewContext();
        (FakePreview Preview, byte[] Content)? confirmed = null;
        var cut = Render(context, canImport: true, (preview, content) =>
        {
            confirmed = (preview, content);
            return Task.FromResult("Đã lưu 1 dòng.");
        });

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(File, "ket-qua.csv"));

        cut.WaitForAssertion(() => Assert.Equal("ket-qua.csv", cut.Find("#rows").TextContent));
        Assert.Contains("Xem trước: ket-qua.csv", cut.Markup, StringComparison.Ordinal);
        Assert.Null(confirmed);
        Assert.False(cut.Find("#save-import").HasAttribute("disabled"));

        cut.Find("#save-import").Click();

        cut.WaitForAssertion(() => Assert.Equal("Đã lưu 1 dòng.", cut.Find("#done").TextContent.Trim()));
        Assert.Equal(File, confirmed!.Value.Content);
        Assert.Equal(FileFingerprint.Sha256Of(File), confirmed.Value.Preview.Sha256);
        Assert.Empty(cut.FindAll("#rows"));
    }

    [Fact]
    public async Task APreviewWithProblems_NamesThem_AndCannotBeConfirmed()
    {
        await using var context = NewContext();
        var cut = Render(context, canImport: false, (_, _) => throw new InvalidOperationException("Không được lưu."));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(File, "loi.csv"));

        cut.WaitForAssertion(() => Assert.Contains("Thiếu cột \"Tỷ lệ\".", cut.Find(".file-problem").TextContent, StringComparison.Ordinal));
        Assert.True(cut.Find("#save-import").HasAttribute("disabled"));
        Assert.Contains("Chưa lưu gì", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImportsOwnTypesAndSize_AreOfferedAndHeld_BeforeAnythingIsRead()
    {
        await using var context = NewContext();
        var previewed = false;
        var cut = context.Render<ImportFlow<FakePreview>>(p => p
            .Add(f => f.Preview, (name, content) =>
            {
                previewed = true;
                return Task.FromResult(new FakePreview(name, FileFingerprint.Sha256Of(content), [], true));
            })
            .Add(f => f.Confirm, (_, _) => Task.FromResult("Đã lưu."))
            .Add(f => f.ConfirmLabel, "Lưu")
            .Add(f => f.Accept, ".xlsx")
            .Add(f => f.MaxBytes, 1024L * 1024)
            .Add(f => f.ChooseLabel, "Chọn tệp (.xlsx)")
            .Add(f => f.LimitsText, "Tệp .xlsx, tối đa 1 MB.")
            .Add(f => f.PreviewContent, preview => builder => builder.AddMarkupContent(0, $"<p id=\"rows\">{preview.FileName}</p>")));

        Assert.Equal(".xlsx", cut.Find("input[type=file]").GetAttribute("accept"));
        Assert.Equal("Chọn tệp (.xlsx)", cut.Find("#choose-file").TextContent.Trim());
        Assert.Contains("Tệp .xlsx, tối đa 1 MB.", cut.Markup, StringComparison.Ordinal);

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[(1024 * 1024) + 1], "lon.xlsx"));

        cut.WaitForAssertion(() => Assert.Equal("Tệp lớn hơn 1 MB.", cut.Find(".import-error").TextContent.Trim()));
        Assert.False(previewed);
    }

    private static IRenderedComponent<ImportFlow<FakePreview>> Render(BunitContext context, bool canImport, Func<FakePreview, byte[], Task<string>> confirm) =>
        context.Render<ImportFlow<FakePreview>>(p => p
            .Add(f => f.Preview, (name, content) => Task.FromResult(new FakePreview(name, FileFingerprint.Sha256Of(content),
                canImport ? [] : ["Thiếu cột \"Tỷ lệ\"."], canImport)))
            .Add(f => f.Confirm, confirm)
            .Add(f => f.ConfirmLabel, "Lưu")
            .Add(f => f.DoneId, "done")
            .Add(f => f.PreviewContent, preview => builder => builder.AddMarkupContent(0, $"<p id=\"rows\">{preview.FileName}</p>")));

    private static BunitContext NewContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddParIndexLocalization();
        return context;
    }

    public sealed record FakePreview(string FileName, string Sha256, IReadOnlyList<string> FileProblems, bool CanImport) : IImportPreview;
}
