using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>The PDF reports over HTTP: a download with a Vietnamese name and its ASCII fallback, refused where results are.</summary>
public sealed class ReportsEndpointsTests(ReportsEndpointsTests.Fixture portal) : IClassFixture<ReportsEndpointsTests.Fixture>
{
    private const string Password = "một câu mật khẩu đủ dài";

    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public Province Province { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            Province = await Province.SeedAsync(Services, DateTime.UtcNow);
            await CreateUserAsync("canbo.tuphap", Password, Roles.AgencyStaff, Province.JusticeId, "Lê Văn Bình");
            await CreateUserAsync("lanhdao", Password, Roles.Leader, fullName: "Trần Văn Lãnh");
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
    public async Task RankingAnnex_PublishedYear_IsAPdfAttachmentNamedInVietnameseWithAnAsciiFallback()
    {
        var client = await SignedInAsync("canbo.tuphap");
        var year = portal.Province.CurrentYear - 1;
        var periodId = await portal.PeriodOfYearAsync(year);

        var response = await client.GetAsync($"/api/periods/{periodId}/reports/ranking.pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal($"phu-luc-ket-qua-chi-so-cchc-nam-{year}.pdf", disposition.FileName?.Trim('"'));
        Assert.Equal($"Phụ lục kết quả Chỉ số CCHC năm {year}.pdf", disposition.FileNameStar);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task SummaryAndScorecard_PublishedYear_AreDownloads()
    {
        var periodId = await portal.PeriodOfYearAsync(portal.Province.CurrentYear - 1);

        var summary = await (await SignedInAsync("lanhdao")).GetAsync($"/api/periods/{periodId}/reports/summary.pdf");
        var scorecard = await (await SignedInAsync("canbo.tuphap")).GetAsync($"/api/periods/{periodId}/units/{portal.Province.JusticeId}/reports/scorecard.pdf");

        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
        Assert.Equal(HttpStatusCode.OK, scorecard.StatusCode);
        Assert.Equal("application/pdf", scorecard.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Phiếu kết quả Chỉ số CCHC năm", scorecard.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_OpenYear_AgencyStaffGets403ForAnnexAndAnotherUnitsScorecard_AnonymousGets401()
    {
        var periodId = await portal.PeriodOfYearAsync(portal.Province.CurrentYear);
        var staff = await SignedInAsync("canbo.tuphap");

        var annex = await staff.GetAsync($"/api/periods/{periodId}/reports/ranking.pdf");
        var other = await staff.GetAsync($"/api/periods/{periodId}/units/{portal.Province.FinanceId}/reports/scorecard.pdf");
        var anonymous = await portal.CreateBrowser().GetAsync($"/api/periods/{periodId}/reports/summary.pdf");

        Assert.Equal(HttpStatusCode.Forbidden, annex.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, userName, Password);
        return client;
    }
}
