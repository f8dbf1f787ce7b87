using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>Bulk assignment and the load view through the API: the same use cases the assignments page calls.</summary>
public sealed class BulkAssignmentEndpointsTests(BulkAssignmentEndpointsTests.Fixture portal) : IClassFixture<BulkAssignmentEndpointsTests.Fixture>
{
    private const string Password = "một câu mật khẩu đủ dài";

    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public Province Province { get; private set; } = default!;

        public Guid InspectorId { get; private set; }

        /// <summary>An inspector who belongs to the Health department (as an imported account may).</summary>
        public Guid HealthInspectorId { get; private set; }

        public async Task InitializeAsync()
        {
            Province = await Province.SeedAsync(Services, DateTime.UtcNow);
            await CreateUserAsync("canbo.yte", Password, Roles.AgencyStaff, Province.HealthId, "Ngô Thị Y");
            await CreateUserAsync("quantri", Password, Roles.Administrator, fullName: "Quản Trị");
            InspectorId = (await CreateUserAsync("thamdinh", Password, Roles.Inspector, fullName: "Phạm Thị Thẩm")).Id;
            HealthInspectorId = (await CreateUserAsync("thamdinh.yte", Password, Roles.Inspector, Province.HealthId, "Lê Văn Y")).Id;
        }

        public async Task<Guid> PeriodIdAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
            return await db.Periods.Where(p => p.Year == Province.CurrentYear).Select(p => p.Id).SingleAsync();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task BulkAssign_ThenLoad_ShowsTheUnits_AndTheOwnUnitIsRefusedByName()
    {
        var periodId = await portal.PeriodIdAsync();
        var admin = await SignedInAsync("quantri");
        var units = new[] { portal.Province.JusticeId, portal.Province.FinanceId };

        var assigned = await admin.PostAsJsonAsync($"/api/periods/{periodId}/assignments/units", new { inspectorUserId = portal.InspectorId, unitIds = units });
        var conflict = await admin.PostAsJsonAsync($"/api/periods/{periodId}/assignments/units",
            new { inspectorUserId = portal.HealthInspectorId, unitIds = new[] { portal.Province.JusticeId, portal.Province.HealthId } });
        var load = await admin.GetFromJsonAsync<JsonElement>($"/api/periods/{periodId}/assignments/load");

        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.Equal(2, (await assigned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assigned").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, conflict.StatusCode);
        var refusal = await conflict.Content.ReadAsStringAsync();
        Assert.Contains(Province.Health, refusal, StringComparison.Ordinal);
        var rows = load.EnumerateArray().ToDictionary(r => r.GetProperty("inspectorUserId").GetGuid(), r => r.GetProperty("units").GetInt32());
        Assert.Equal(2, rows[portal.InspectorId]);
        Assert.Equal(0, rows[portal.HealthInspectorId]);
    }

    [Fact]
    public async Task BulkAssign_ByAUnitsStaff_IsForbidden()
    {
        var periodId = await portal.PeriodIdAsync();
        var staff = await SignedInAsync("canbo.yte");

        var response = await staff.PostAsJsonAsync($"/api/periods/{periodId}/assignments/units",
            new { inspectorUserId = portal.InspectorId, unitIds = new[] { portal.Province.HealthId } });
        var load = await staff.GetAsync($"/api/periods/{periodId}/assignments/load");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, load.StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, userName, Password);
        return client;
    }
}
