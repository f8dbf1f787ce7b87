using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParIndex.Application.Common;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>The units, blocks and users API: only administrators change anything, and refusals say why.</summary>
public sealed class AdministrationEndpointsTests(AdministrationEndpointsTests.Fixture portal)
    : IClassFixture<AdministrationEndpointsTests.Fixture>
{
    private const string Password = "một câu mật khẩu đủ dài";

    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public Province Province { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            Province = await Province.SeedAsync(Services, DateTime.UtcNow);
            await CreateUserAsync("quantri", Password, Roles.Administrator, fullName: "Quản Trị Viên");
            await CreateUserAsync("canbo.tuphap", Password, Roles.AgencyStaff, Province.JusticeId, "Lê Văn Bình");
            await CreateUserAsync("lanhdao.tinh", Password, Roles.Leader, fullName: "Nguyễn Văn Tỉnh");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task CreateUnit_Anonymous_Returns401()
    {
        var response = await portal.CreateBrowser().PostAsJsonAsync("/api/units", NewUnit("X1"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("canbo.tuphap")]
    [InlineData("lanhdao.tinh")]
    public async Task CreateUnit_NotAdministrator_Returns403AndCreatesNothing(string userName)
    {
        var client = await SignedInAsync(userName);

        var response = await client.PostAsJsonAsync("/api/units", NewUnit("KHONGDUOC"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var admin = await SignedInAsync("quantri");
        var units = await admin.GetFromJsonAsync<JsonElement>("/api/units?search=KHONGDUOC");
        Assert.Equal(0, units.GetArrayLength());
    }

    [Fact]
    public async Task CreateUnit_Administrator_Returns201AndTheUnitIsListed()
    {
        var client = await SignedInAsync("quantri");

        var response = await client.PostAsJsonAsync("/api/units", NewUnit("SNN"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var unit = await client.GetFromJsonAsync<JsonElement>($"/api/units/{id}");
        Assert.Equal("Sở Nông nghiệp và Môi trường", unit.GetProperty("name").GetString());
    }

    [Fact]
    public async Task CreateUnit_DuplicateCodeAndEmptyName_Returns400WithVietnameseMessagesPerField()
    {
        var client = await SignedInAsync("quantri");

        var response = await client.PostAsJsonAsync("/api/units",
            new { code = "STP", name = "", shortName = (string?)null, blockId = portal.Province.DepartmentsBlockId });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Name", out var nameErrors), errors.ToString());
        Assert.Contains(nameErrors.EnumerateArray(), e => e.GetString()!.Contains("tên", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task RenameUnit_StaleConcurrencyStamp_Returns409AndKeepsTheFirstName()
    {
        var client = await SignedInAsync("quantri");
        var created = await client.PostAsJsonAsync("/api/units", NewUnit("SKHCN", "Sở Khoa học và Công nghệ"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var stamp = (await client.GetFromJsonAsync<JsonElement>($"/api/units/{id}")).GetProperty("concurrencyStamp").GetGuid();

        var first = await client.PutAsJsonAsync($"/api/units/{id}/name", new { id, name = "Sở KH&CN (lần 1)", shortName = (string?)null, concurrencyStamp = stamp });
        var second = await client.PutAsJsonAsync($"/api/units/{id}/name", new { id, name = "Sở KH&CN (lần 2)", shortName = (string?)null, concurrencyStamp = stamp });

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var unit = await client.GetFromJsonAsync<JsonElement>($"/api/units/{id}");
        Assert.Equal("Sở KH&CN (lần 1)", unit.GetProperty("name").GetString());
    }

    [Fact]
    public async Task ListUsers_AgencyStaff_Returns403()
    {
        var client = await SignedInAsync("canbo.tuphap");

        var response = await client.GetAsync("/api/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CreateUser_WeakPassword_Returns400AndTheAccountDoesNotExist()
    {
        var client = await SignedInAsync("quantri");

        var response = await client.PostAsJsonAsync("/api/users", new
        {
            userName = "yeu.matkhau",
            fullName = "Trần Văn Yếu",
            role = Roles.AgencyStaff,
            unitId = portal.Province.HealthId,
            password = "123456",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var users = await client.GetFromJsonAsync<JsonElement>("/api/users");
        Assert.DoesNotContain(users.EnumerateArray(), u => u.GetProperty("userName").GetString() == "yeu.matkhau");
    }

    [Fact]
    public async Task CreateUser_AgencyStaffWithoutUnit_Returns400()
    {
        var client = await SignedInAsync("quantri");

        var response = await client.PostAsJsonAsync("/api/users", new
        {
            userName = "khong.donvi",
            fullName = "Không Đơn Vị",
            role = Roles.AgencyStaff,
            unitId = (Guid?)null,
            password = "một câu mật khẩu khác đủ dài",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private object NewUnit(string code, string name = "Sở Nông nghiệp và Môi trường") =>
        new { code, name, shortName = (string?)null, blockId = portal.Province.DepartmentsBlockId };

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, userName, Password);
        return client;
    }
}
