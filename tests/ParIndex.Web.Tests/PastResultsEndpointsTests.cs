using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ParIndex.Application.Common;
using ParIndex.Application.Publication;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>The import of past years' results over HTTP: the administrator's alone, previewed then saved, published for everyone.</summary>
public sealed class PastResultsEndpointsTests(PastResultsEndpointsTests.Fixture portal) : IClassFixture<PastResultsEndpointsTests.Fixture>
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
    public async Task Anonymous_GetsNoPreviewAndIsSentToSignInFromThePage()
    {
        var anonymous = portal.CreateBrowser();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/past-results/preview", Form(File(2015)))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/past-results", Form(File(2015), ("previewedSha256", "x")))).StatusCode);
        var page = await anonymous.GetAsync("/admin/past-results");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task NotAdministrator_Returns403()
    {
        var leader = await SignedInAsync("lanhdao.tinh");

        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsync("/api/past-results/preview", Form(File(2016)))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsync("/api/past-results", Form(File(2016), ("previewedSha256", "x")))).StatusCode);
    }

    [Fact]
    public async Task Administrator_PreviewsSavesWithTheDecisionAndTheYearIsPublic()
    {
        var admin = await SignedInAsync("quantri");
        var year = portal.Province.CurrentYear - 5;
        var file = File(year);

        var template = await admin.GetAsync("/api/past-results/template.csv");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.StartsWith("Năm,Mã đơn vị,Tên đơn vị,Khối,Chỉ số,Xếp loại,Hạng", (await template.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);

        var previewed = await admin.PostAsync("/api/past-results/preview", Form(file));
        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        var preview = await previewed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(preview.GetProperty("canImport").GetBoolean());
        var sha = preview.GetProperty("sha256").GetString()!;

        var badJson = await admin.PostAsync("/api/past-results", Form(file, ("previewedSha256", sha), ("decisions", "{không phải JSON")));
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        var decisions = JsonSerializer.Serialize(new[] { new { year, number = "88/QĐ-UBND", date = $"{year + 1}-03-02", signer = "Chủ tịch UBND tỉnh" } });
        var saved = await admin.PostAsync("/api/past-results", Form(file, ("previewedSha256", sha), ("decisions", decisions)));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var published = await portal.CreateBrowser().GetFromJsonAsync<PublicResults>($"/api/public/results?year={year}");
        Assert.Equal("88/QĐ-UBND", published!.Selected!.Stamp.DecisionNumber);
        var departments = Assert.Single(published.Selected.Blocks, b => b.IsRanked);
        Assert.Equal([("STP", 1), ("STC", 2)], departments.Rows.Select(r => (r.Code, r.Rank ?? 0)));
    }

    private static byte[] File(int year) => Encoding.UTF8.GetBytes(
        $"Năm,Mã đơn vị,Chỉ số,Xếp loại,Hạng\n{year},STP,90.5,Xuất sắc,1\n{year},STC,84,Tốt,2\n{year},THUE,88,Tốt,\n");

    private static MultipartFormDataContent Form(byte[] file, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "ket-qua.csv" } };
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
