using System.Net;
using System.Text.Json;
using ParIndex.Application.Common;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>E3 over HTTP: administrators read the audit chain's check; nobody else does, and the refusal is itself chained.</summary>
public sealed class AuditEndpointsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Password = "một câu mật khẩu đủ dài";

    [Fact]
    public async Task VerifyAudit_Administrator_GetsAPassingReportCoveringTheSignIns_OthersGet403()
    {
        await portal.CreateUserAsync("quantri.nhatky", Password, Roles.Administrator);
        await portal.CreateUserAsync("thamdinh.nhatky", Password, Roles.Inspector);
        var inspector = portal.CreateBrowser();
        await LoginForm.SignInAsync(inspector, "thamdinh.nhatky", Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync("/api/audit/verify")).StatusCode);
        var admin = portal.CreateBrowser();
        await LoginForm.SignInAsync(admin, "quantri.nhatky", Password);

        var response = await admin.GetAsync("/api/audit/verify");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(report.RootElement.GetProperty("passed").GetBoolean());
        // Two sign-ins and the refused check, at least.
        Assert.True(report.RootElement.GetProperty("entriesChecked").GetInt64() >= 3);
        Assert.Equal(0, report.RootElement.GetProperty("problems").GetArrayLength());
    }
}
