using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>The "không đánh giá" API: Home Affairs decides and undoes it; agency users get 403 and change nothing.</summary>
public sealed class NotApplicableEndpointsTests(NotApplicableEndpointsTests.Fixture portal) : IClassFixture<NotApplicableEndpointsTests.Fixture>
{
    private const string Password = "một câu mật khẩu đủ dài";
    private const string Reason = "Đơn vị không có thủ tục hành chính phát sinh hồ sơ.";

    public sealed class Fixture() : PortalFactory("Development"), IAsyncLifetime
    {
        public Province Province { get; private set; } = default!;

        public Guid PeriodId { get; private set; }

        public async Task InitializeAsync()
        {
            Province = await Province.SeedAsync(Services, DateTime.UtcNow);
            await using (var scope = Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
                var framework = await db.Frameworks.Include(f => f.Nodes).SingleAsync();
                var domain = framework.AddNode(null, NodeLevel.Domain, "1", "Chỉ đạo, điều hành", 3m);
                framework.AddNode(domain, NodeLevel.Criterion, "1.1", "Kế hoạch CCHC", 1m);
                framework.AddNode(domain, NodeLevel.Criterion, "1.2", "Báo cáo CCHC", 2m);
                await db.SaveChangesAsync();
                PeriodId = await db.Periods.Where(p => p.Year == Province.CurrentYear).Select(p => p.Id).SingleAsync();
            }

            await CreateUserAsync("canbo.tuphap", Password, Roles.AgencyStaff, Province.JusticeId, "Lê Văn Bình");
            await CreateUserAsync("lanhdao.tuphap", Password, Roles.AgencyLeader, Province.JusticeId, "Trần Văn Lãnh");
            await CreateUserAsync("quantri", Password, Roles.Administrator, fullName: "Quản Trị");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task MarkAndUndo_ByAgencyUsers_Get403AndChangeNothing()
    {
        var body = new { unitIds = new[] { portal.Province.JusticeId }, criterionCodes = new[] { "1.2" }, reason = Reason };
        foreach (var user in new[] { "canbo.tuphap", "lanhdao.tuphap" })
        {
            var client = await SignedInAsync(user);
            var responses = new[]
            {
                await client.PostAsJsonAsync($"/api/periods/{portal.PeriodId}/not-applicable", body),
                await client.DeleteAsync($"/api/periods/{portal.PeriodId}/units/{portal.Province.JusticeId}/not-applicable/1.2"),
                await client.GetAsync($"/api/periods/{portal.PeriodId}/not-applicable"),
            };

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        }

        var mine = await (await SignedInAsync("canbo.tuphap")).GetFromJsonAsync<JsonElement>("/api/self-assessments/mine");
        Assert.False(Criterion(mine, "1.2").GetProperty("isNotApplicable").GetBoolean());
    }

    [Fact]
    public async Task MarkNotApplicable_ByAdministrator_UnitSeesReasonAndUndoRestores()
    {
        var admin = await SignedInAsync("quantri");
        var staff = await SignedInAsync("canbo.tuphap");

        var marked = await admin.PostAsJsonAsync($"/api/periods/{portal.PeriodId}/not-applicable",
            new { unitIds = new[] { portal.Province.JusticeId }, criterionCodes = new[] { "1.1" }, reason = Reason });

        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        Assert.Equal(1, (await marked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetInt32());
        var mine = await staff.GetFromJsonAsync<JsonElement>("/api/self-assessments/mine");
        var plan = Criterion(mine, "1.1");
        Assert.True(plan.GetProperty("isNotApplicable").GetBoolean());
        Assert.Equal(Reason, plan.GetProperty("notApplicableReason").GetString());
        Assert.Equal(2m, mine.GetProperty("totals").GetProperty("maxPoints").GetDecimal());
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/periods/{portal.PeriodId}/not-applicable");
        Assert.Equal("1.1", Assert.Single(listed.GetProperty("decisions").EnumerateArray()).GetProperty("criterionCode").GetString());

        var unknown = await admin.PostAsJsonAsync($"/api/periods/{portal.PeriodId}/not-applicable",
            new { unitIds = new[] { portal.Province.JusticeId }, criterionCodes = new[] { "9.9" }, reason = Reason });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("9.9", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var undone = await admin.DeleteAsync($"/api/periods/{portal.PeriodId}/units/{portal.Province.JusticeId}/not-applicable/1.1");

        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        mine = await staff.GetFromJsonAsync<JsonElement>("/api/self-assessments/mine");
        Assert.False(Criterion(mine, "1.1").GetProperty("isNotApplicable").GetBoolean());
        Assert.Equal(3m, mine.GetProperty("totals").GetProperty("maxPoints").GetDecimal());
    }

    private static JsonElement Criterion(JsonElement view, string code) =>
        view.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("criteria").EnumerateArray())
            .Single(c => c.GetProperty("code").GetString() == code);

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, userName, Password);
        return client;
    }
}
