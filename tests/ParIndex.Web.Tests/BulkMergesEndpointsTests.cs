using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ParIndex.Application.Common;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>Mergers from a file over HTTP (issue 17): the administrator's alone, previewed row by row, then confirmed once.</summary>
public sealed class BulkMergesEndpointsTests(BulkMergesEndpointsTests.Fixture portal) : IClassFixture<BulkMergesEndpointsTests.Fixture>
{
    private const string Password = "một câu mật khẩu đủ dài";

    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public Province Province { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            Province = await Province.SeedAsync(Services, DateTime.UtcNow);
            await CreateUserAsync("quantri", Password, Roles.Administrator, fullName: "Quản Trị Viên");
            await CreateUserAsync("lanhdao.tinh", Password, Roles.Leader, fullName: "Nguyễn Văn Tỉnh");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Anonymous401_NotAdministrator403()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await portal.CreateBrowser().PostAsync("/api/units/bulk-merges/preview", Form(File()))).StatusCode);
        var leader = await SignedInAsync("lanhdao.tinh");
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsync("/api/units/bulk-merges/preview", Form(File()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsync("/api/units/bulk-merges", Form(File(), ("previewedSha256", "x")))).StatusCode);
    }

    [Fact]
    public async Task Administrator_DownloadsTheTemplate_PreviewsBadAndGoodFiles_ConfirmsOnce()
    {
        var admin = await SignedInAsync("quantri");
        var template = await admin.GetAsync("/api/units/bulk-merges/template.csv");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.StartsWith("Mã đơn vị cũ,Mã đơn vị mới,Ngày hiệu lực,Số quyết định,Tên đơn vị mới,Khối của đơn vị mới\n", (await template.Content.ReadAsStringAsync()).TrimStart('\uFEFF'),
            StringComparison.Ordinal);

        var bad = await (await admin.PostAsync("/api/units/bulk-merges/preview", Form(Encoding.UTF8.GetBytes(
            "Mã đơn vị cũ,Mã đơn vị mới,Ngày hiệu lực,Số quyết định\nKHONGCO,STC,01/07/2030,1/NQ\n")))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(bad.GetProperty("canApply").GetBoolean());
        var problem = bad.GetProperty("rows")[0].GetProperty("problems")[0];
        Assert.Equal("Mã đơn vị cũ", problem.GetProperty("column").GetString());

        var file = File();
        var preview = await (await admin.PostAsync("/api/units/bulk-merges/preview", Form(file))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(preview.GetProperty("canApply").GetBoolean(), preview.ToString());
        var fields = new[]
        {
            ("previewedSha256", preview.GetProperty("sha256").GetString()!),
            ("acknowledgeOpenAssessments", preview.GetProperty("needsAcknowledgement").GetBoolean() ? "true" : "false"),
        };
        var applied = await admin.PostAsync("/api/units/bulk-merges", Form(file, fields));
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Equal(1, (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("merged").GetInt32());

        var again = await admin.PostAsync("/api/units/bulk-merges", Form(file, fields));
        Assert.Equal(0, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("merged").GetInt32());
    }

    [Fact]
    public async Task ThePage_IsTheAdministratorsAndOffersTheTemplate()
    {
        var page = await (await SignedInAsync("quantri")).GetStringAsync("/admin/units/bulk-merges");
        Assert.Contains("Sáp nhập đơn vị theo tệp", page, StringComparison.Ordinal);
        Assert.Contains("/api/units/bulk-merges/template.csv", page, StringComparison.Ordinal);
        Assert.Contains("/admin/units/bulk-merges", await (await SignedInAsync("quantri")).GetStringAsync("/admin/units"), StringComparison.Ordinal);
        // A signed-in person without the right is sent to the access-denied page, not shown the form.
        var denied = await (await SignedInAsync("lanhdao.tinh")).GetAsync("/admin/units/bulk-merges");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.DoesNotContain("bulk-merges", denied.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    private byte[] File() => Encoding.UTF8.GetBytes(
        $"Mã đơn vị cũ,Mã đơn vị mới,Ngày hiệu lực,Số quyết định\nSXD,STC,01/07/{portal.Province.CurrentYear + 1},1656/NQ-UBTVQH15\n");

    private static MultipartFormDataContent Form(byte[] file, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "sap-nhap.csv" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, userName, Password);
        return client;
    }
}
