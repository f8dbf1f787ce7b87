using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>The reports over HTTP (PDF and Word): a download with a Vietnamese name and its ASCII fallback, refused where results are.</summary>
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
    public async Task AnnexAndDecisionDraftInWord_PublishedYear_AreWordDownloads_TheDraftOnlyForTheProvince()
    {
        var year = portal.Province.CurrentYear - 1;
        var periodId = await portal.PeriodOfYearAsync(year);
        var staff = await SignedInAsync("canbo.tuphap");
        var leader = await SignedInAsync("lanhdao");

        var annex = await staff.GetAsync($"/api/periods/{periodId}/reports/ranking.docx");
        var draft = await leader.GetAsync($"/api/periods/{periodId}/reports/decision-draft.docx");
        var refused = await staff.GetAsync($"/api/periods/{periodId}/reports/decision-draft.docx");

        Assert.Equal(HttpStatusCode.OK, annex.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", annex.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"Phụ lục kết quả Chỉ số CCHC năm {year}.docx", annex.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Equal($"Dự thảo Quyết định công bố Chỉ số CCHC năm {year}.docx", draft.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(await draft.Content.ReadAsByteArrayAsync(), 0, 2));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
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
