using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Application.Improvement;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Endpoints;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>Improvement plans over HTTP: a unit keeps its own plan, another unit's is a 403, the overview is the province's.</summary>
public sealed class ImprovementEndpointsTests(ImprovementEndpointsTests.Fixture portal) : IClassFixture<ImprovementEndpointsTests.Fixture>
{
    private const string Password = "một câu mật khẩu đủ dài";

    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public Province Province { get; private set; } = default!;

        public Guid LastYear { get; private set; }

        public async Task InitializeAsync()
        {
            Province = await Province.SeedAsync(Services, DateTime.UtcNow);
            await CreateUserAsync("canbo.tuphap", Password, Roles.AgencyStaff, Province.JusticeId, "Lê Văn Bình");
            await CreateUserAsync("thamdinh", Password, Roles.Inspector, fullName: "Đỗ Thị Thẩm");
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
            LastYear = await db.Periods.Where(p => p.Year == Province.CurrentYear - 1).Select(p => p.Id).SingleAsync();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task AnotherUnitsPlan_IsForbidden_ToReadOrToAddTo_WhileTheUnitKeepsItsOwn_AndHomeAffairsSeesItInTheOverview()
    {
        var staff = await SignedInAsync("canbo.tuphap");
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(40));

        var otherPlan = await staff.GetAsync($"/api/improvement/units/{portal.Province.FinanceId}?periodId={portal.LastYear}");
        var otherTask = await staff.PostAsJsonAsync("/api/improvement/tasks",
            new CreateImprovementTask(portal.LastYear, portal.Province.FinanceId, null, "Chen vào kế hoạch Sở Tài chính", null, "Sở Tư pháp", due));
        var otherWhatIf = await staff.PostAsJsonAsync($"/api/periods/{portal.LastYear}/units/{portal.Province.FinanceId}/what-if",
            new ImprovementEndpoints.WhatIfBody([]));
        var created = await staff.PostAsJsonAsync("/api/improvement/tasks",
            new CreateImprovementTask(portal.LastYear, portal.Province.JusticeId, null, "Số hóa hồ sơ thủ tục hành chính", "Rà soát 100% hồ sơ", "Văn phòng Sở", due));
        var ownPlan = await staff.GetFromJsonAsync<ImprovementPlan>($"/api/improvement/units/{portal.Province.JusticeId}");
        var overview = await (await SignedInAsync("thamdinh")).GetFromJsonAsync<ImprovementOverview>($"/api/improvement/overview?periodId={portal.LastYear}");
        var staffOverview = await staff.GetAsync("/api/improvement/overview");

        Assert.Equal(HttpStatusCode.Forbidden, otherPlan.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherTask.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherWhatIf.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staffOverview.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<CreatedResource>())!.Id;
        Assert.Equal((portal.LastYear, id, true), (ownPlan!.Period!.Id, Assert.Single(ownPlan.Tasks).Id, ownPlan.MayEdit));
        Assert.Equal(1, overview!.Rows.Single(r => r.UnitId == portal.Province.JusticeId).Counts.Total);
        Assert.Equal(0, overview.Rows.Single(r => r.UnitId == portal.Province.FinanceId).Counts.Total);
    }

    [Fact]
    public async Task CreateWithoutTitle_Is400WithTheVietnameseMessage_AndWhatIfOnATotalsOnlyResult_Is422()
    {
        var staff = await SignedInAsync("canbo.tuphap");

        var invalid = await staff.PostAsJsonAsync("/api/improvement/tasks",
            new CreateImprovementTask(portal.LastYear, portal.Province.JusticeId, null, " ", null, "Văn phòng Sở", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(9))));
        var whatIf = await staff.PostAsJsonAsync($"/api/periods/{portal.LastYear}/units/{portal.Province.JusticeId}/what-if",
            new ImprovementEndpoints.WhatIfBody([]));

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("Cần nhập tên nhiệm vụ.", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, whatIf.StatusCode);
        Assert.Contains("chỉ có tổng điểm", await whatIf.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, userName, Password);
        return client;
    }
}
