using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests.Imports;

/// <summary>
/// The framework import over HTTP as the dialog does it (issue 18): the template, a preview that saves nothing, then the
/// import of exactly the previewed file.
/// </summary>
public sealed class FrameworkImportEndpointsTests(ImportScreensFixture portal) : IClassFixture<ImportScreensFixture>
{
    [Fact]
    public async Task TemplateDownloads_PreviewSavesNothing_OnlyThePreviewedFileIsImported()
    {
        var admin = portal.CreateBrowser();
        await LoginForm.SignInAsync(admin, "quantri", ImportScreensFixture.Password);

        var template = await admin.GetAsync("/api/frameworks/template.xlsx");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal("mau-bo-chi-so.xlsx", template.Content.Headers.ContentDisposition?.FileNameStar ?? template.Content.Headers.ContentDisposition?.FileName);
        var bytes = await template.Content.ReadAsByteArrayAsync();

        var preview = await (await admin.PostAsync("/api/frameworks/import/preview", Upload(bytes))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(preview.GetProperty("canImport").GetBoolean(), preview.ToString());
        Assert.Equal("MAU", preview.GetProperty("framework").GetProperty("code").GetString());
        Assert.Equal(1, preview.GetProperty("framework").GetProperty("leafCount").GetInt32());
        var frameworks = await admin.GetFromJsonAsync<JsonElement>("/api/frameworks");
        Assert.DoesNotContain(frameworks.EnumerateArray(), f => f.GetProperty("code").GetString() == "MAU");

        var other = await admin.PostAsync("/api/frameworks/import", Upload(bytes, ("previewedSha256", new string('0', 64))));
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal("Tệp khác tệp đã xem trước; hãy xem trước lại.",
            (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("message").GetString());

        var imported = await admin.PostAsync("/api/frameworks/import", Upload(bytes, ("previewedSha256", preview.GetProperty("sha256").GetString()!)));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var again = await (await admin.PostAsync("/api/frameworks/import/preview", Upload(bytes))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(again.GetProperty("canImport").GetBoolean());
        Assert.Equal("Khung: Đã có bộ chỉ số mã MAU phiên bản 1: đổi mã hoặc phiên bản.", again.GetProperty("fileProblems")[0].GetString());
    }

    private static MultipartFormDataContent Upload(byte[] bytes, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "workbook", "mau-bo-chi-so.xlsx" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }
}
