using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParIndex.Application.Common;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

public sealed class HomeEndpointsTests(HomeEndpointsTests.Fixture portal) : IClassFixture<HomeEndpointsTests.Fixture>
{
    private const string Password = "một câu mật khẩu đủ dài";

    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public Province Province { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            Province = await Province.SeedAsync(Services, DateTime.UtcNow);
            await CreateUserAsync("canbo.tuphap", Password, Roles.AgencyStaff, Province.JusticeId, "Lê Văn Bình");
            await CreateUserAsync("lanhdao.tinh", Password, Roles.Leader, fullName: "Nguyễn Văn Tỉnh");
            await CreateUserAsync("thamdinh", Password, Roles.Inspector, fullName: "Phạm Thị Thẩm");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Me_Anonymous_Returns401()
    {
        var response = await portal.CreateBrowser().GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_AfterSignIn_ReturnsNameRoleAndOwnUnit()
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, "canbo.tuphap", Password);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");

        Assert.Equal("Lê Văn Bình", me.GetProperty("fullName").GetString());
        Assert.Equal([Roles.AgencyStaff], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(portal.Province.JusticeId, me.GetProperty("unitId").GetGuid());
        Assert.Equal(Province.Justice, me.GetProperty("unitName").GetString());
    }

    [Fact]
    public async Task Summary_ForAgencyUser_ContainsOnlyTheirOwnUnit()
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, "canbo.tuphap", Password);

        var response = await client.GetAsync("/api/home/summary");
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var agency = JsonDocument.Parse(json).RootElement.GetProperty("agency");
        Assert.Equal(Province.Justice, agency.GetProperty("unitName").GetString());
        Assert.Equal("InProgress", ((ParIndex.Domain.Assessments.AssessmentState)agency.GetProperty("currentState").GetInt32()).ToString());
        Assert.Equal(10, agency.GetProperty("selfAssessmentDeadline").GetProperty("daysLeft").GetInt32());
        Assert.Equal(2, agency.GetProperty("lastResults").GetArrayLength());
        Assert.Equal(94.13m, agency.GetProperty("lastResults")[0].GetProperty("index").GetDecimal());
        foreach (var other in new[] { Province.Finance, Province.Health, Province.Construction, Province.Tax })
        {
            Assert.DoesNotContain(other, json, StringComparison.Ordinal);
        }

        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(json).RootElement.GetProperty("leader").ValueKind);
    }

    [Fact]
    public async Task HomePage_ForAgencyUser_ShowsOwnUnitInVietnameseFormat()
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, "canbo.tuphap", Password);

        var html = await client.GetStringAsync("/");

        Assert.Contains(Province.Justice, html, StringComparison.Ordinal);
        Assert.Contains("94,13", html, StringComparison.Ordinal);
        Assert.Contains("Đang tự đánh giá", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Province.Finance, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePage_InEnglish_UsesEnglishWordsAndNumberFormat()
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, "canbo.tuphap", Password);
        await client.GetAsync("/culture/set?culture=en-US&redirectUri=%2F");

        var html = await client.GetStringAsync("/");

        Assert.Contains("94.13", html, StringComparison.Ordinal);
        Assert.Contains("Latest published results", html, StringComparison.Ordinal);
        Assert.Contains("Sign out", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePage_SignedIn_IsNotCachedAndWaitsForTheCircuit()
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, "thamdinh", Password);

        var response = await client.GetAsync("/");

        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Contains("_framework/blazor.web", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_ForLeader_RanksTheLastPublishedYearAndLeavesVerticalAgenciesUnranked()
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, "lanhdao.tinh", Password);

        var leader = (await client.GetFromJsonAsync<JsonElement>("/api/home/summary")).GetProperty("leader");

        Assert.Equal(portal.Province.CurrentYear - 1, leader.GetProperty("period").GetProperty("year").GetInt32());
        var blocks = leader.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(2, blocks.Count);
        Assert.Equal([Province.Justice, Province.Finance, Province.Health, Province.Construction],
            blocks[0].GetProperty("top").EnumerateArray().Select(u => u.GetProperty("unitName").GetString()));
        Assert.Equal(0, blocks[0].GetProperty("bottom").GetArrayLength());
        Assert.False(blocks[1].GetProperty("isRanked").GetBoolean());
        Assert.Equal(0, blocks[1].GetProperty("top").GetArrayLength());
    }

    [Fact]
    public async Task Summary_ForInspector_CountsTheCurrentPeriodByState()
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, "thamdinh", Password);

        var inspector = (await client.GetFromJsonAsync<JsonElement>("/api/home/summary")).GetProperty("inspector");

        Assert.Equal(3, inspector.GetProperty("total").GetInt32());
        Assert.Equal(1, inspector.GetProperty("submitted").GetInt32());
        Assert.Equal(1, inspector.GetProperty("inProgress").GetInt32());
        Assert.Equal(1, inspector.GetProperty("notStarted").GetInt32());
    }
}
