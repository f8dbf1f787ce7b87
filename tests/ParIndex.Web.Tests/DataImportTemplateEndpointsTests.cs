using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>The survey and sector data templates over HTTP: for those who import data, pre-filled with the period's unit and criterion codes.</summary>
public sealed class DataImportTemplateEndpointsTests(DataImportTemplateEndpointsTests.Fixture portal) : IClassFixture<DataImportTemplateEndpointsTests.Fixture>
{
    private const string Password = "một câu mật khẩu đủ dài";

    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public Province Province { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            Province = await Province.SeedAsync(Services, DateTime.UtcNow);
            await CreateUserAsync("quantri", Password, Roles.Administrator, fullName: "Quản Trị");
            await CreateUserAsync("canbo.yte", Password, Roles.AgencyStaff, Province.HealthId, "Ngô Thị Y");
        }

        public async Task<Guid> PeriodIdAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
            return await db.Periods.Where(p => p.Year == Province.CurrentYear).Select(p => p.Id).SingleAsync();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Theory]
    [InlineData("Survey")]
    [InlineData("External")]
    public async Task Administrator_GetsACsvWithTheCodeColumns(string kind)
    {
        var periodId = await portal.PeriodIdAsync();
        var admin = await SignedInAsync("quantri");

        var template = await admin.GetAsync($"/api/periods/{periodId}/data-imports/template.csv?kind={kind}");

        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal("text/csv", template.Content.Headers.ContentType?.MediaType);
        var text = (await template.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("Mã đơn vị,Tên đơn vị,Mã tiêu chí,Tên tiêu chí", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgencyStaff_Gets403()
    {
        var periodId = await portal.PeriodIdAsync();
        var staff = await SignedInAsync("canbo.yte");

        var template = await staff.GetAsync($"/api/periods/{periodId}/data-imports/template.csv?kind=Survey");

        Assert.Equal(HttpStatusCode.Forbidden, template.StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, userName, Password);
        return client;
    }
}
