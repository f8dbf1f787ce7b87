using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

public sealed class FrameworksAndResultsEndpointsTests(FrameworksAndResultsEndpointsTests.Fixture portal)
    : IClassFixture<FrameworksAndResultsEndpointsTests.Fixture>
{
    private const string Password = "một câu mật khẩu đủ dài";

    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public Province Province { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            Province = await Province.SeedAsync(Services, DateTime.UtcNow);
            await CreateUserAsync("canbo.tuphap", Password, Roles.AgencyStaff, Province.JusticeId, "Lê Văn Bình");
            await CreateUserAsync("thamdinh", Password, Roles.Inspector, fullName: "Phạm Thị Thẩm");
            await CreateUserAsync("quantri", Password, Roles.Administrator, fullName: "Quản Trị Viên");
        }

        public async Task<Guid> PeriodOfYearAsync(int year)
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
            return await db.Periods.Where(p => p.Year == year).Select(p => p.Id).SingleAsync();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Frameworks_Anonymous_Returns401()
    {
        var response = await portal.CreateBrowser().GetAsync("/api/frameworks");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Frameworks_AgencyStaff_ReadsListAndTree()
    {
        var client = await SignedInAsync("canbo.tuphap");

        var list = await client.GetFromJsonAsync<JsonElement>("/api/frameworks");
        var id = list.EnumerateArray().Single().GetProperty("id").GetGuid();
        var details = await client.GetFromJsonAsync<JsonElement>($"/api/frameworks/{id}");

        Assert.Equal("SO-2025", details.GetProperty("code").GetString());
        Assert.True(details.GetProperty("isIllustrative").GetBoolean());
    }

    [Fact]
    public async Task Framework_Unknown_Returns404()
    {
        var client = await SignedInAsync("canbo.tuphap");

        var response = await client.GetAsync($"/api/frameworks/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Ranking_PublishedYear_ShowsRanksAndChangeSinceTheYearBefore()
    {
        var client = await SignedInAsync("canbo.tuphap");
        var periodId = await portal.PeriodOfYearAsync(portal.Province.CurrentYear - 1);

        var ranking = await client.GetFromJsonAsync<JsonElement>(
            $"/api/periods/{periodId}/blocks/{portal.Province.DepartmentsBlockId}/ranking");

        Assert.Equal(portal.Province.CurrentYear - 2, ranking.GetProperty("previousYear").GetInt32());
        var first = ranking.GetProperty("rows")[0];
        Assert.Equal(Province.Justice, first.GetProperty("name").GetString());
        Assert.Equal(1, first.GetProperty("rank").GetInt32());
        Assert.Equal(1m, first.GetProperty("indexChange").GetDecimal());
    }

    [Fact]
    public async Task Ranking_OpenYear_AgencyStaffGets403InspectorGets200()
    {
        var periodId = await portal.PeriodOfYearAsync(portal.Province.CurrentYear);
        var url = $"/api/periods/{periodId}/blocks/{portal.Province.DepartmentsBlockId}/ranking";

        var staff = await (await SignedInAsync("canbo.tuphap")).GetAsync(url);
        var inspector = await (await SignedInAsync("thamdinh")).GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inspector.StatusCode);
    }

    [Fact]
    public async Task ExportThenImport_AgencyStaffMayDownloadButNotImport_AndABrokenFileIsA400WithItsProblems()
    {
        var staff = await SignedInAsync("canbo.tuphap");
        var id = (await staff.GetFromJsonAsync<JsonElement>("/api/frameworks")).EnumerateArray().Single().GetProperty("id").GetGuid();

        var export = await staff.GetAsync($"/api/frameworks/{id}/workbook");
        var bytes = await export.Content.ReadAsByteArrayAsync();
        var refused = await staff.PostAsync("/api/frameworks/import", Upload(bytes));
        var inspector = await (await SignedInAsync("thamdinh")).PostAsync("/api/frameworks/import", Upload(bytes));
        var broken = await (await SignedInAsync("quantri")).PostAsync("/api/frameworks/import", Upload("không phải excel"u8.ToArray()));

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, inspector.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var errors = (await broken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Tệp không phải bảng tính Excel (.xlsx) hợp lệ.", errors[0].GetProperty("message").GetString());
    }

    private static MultipartFormDataContent Upload(byte[] bytes) =>
        new() { { new ByteArrayContent(bytes), "workbook", "bo-chi-so.xlsx" } };

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, userName, Password);
        return client;
    }
}
