using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Publication;
using ParIndex.Domain.Publications;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>
/// The public face of the portal: published results are readable without signing in, and nothing else is — not the
/// year still being assessed, not the signed-in pages, not the period APIs.
/// </summary>
public sealed class PublicResultsEndpointsTests(PublicResultsEndpointsTests.Fixture portal) : IClassFixture<PublicResultsEndpointsTests.Fixture>
{
    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public Province Province { get; private set; } = default!;

        public Guid CurrentPeriodId { get; private set; }

        public async Task InitializeAsync()
        {
            Province = await Province.SeedAsync(Services, DateTime.UtcNow);
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
            foreach (var period in await db.Periods.Where(p => p.Year < Province.CurrentYear).OrderBy(p => p.Year).ToListAsync())
            {
                await PublicationChain.AppendAsync(db, scope.ServiceProvider.GetRequiredService<IPublicationSigner>(), period, new PublicationDecision($"{period.Year}/QĐ-UBND", new DateOnly(period.Year + 1, 3, 1), "Chủ tịch UBND tỉnh"),
                    null, null, Guid.NewGuid(), DateTime.UtcNow, default);
                await db.SaveChangesAsync();
            }

            CurrentPeriodId = await db.Periods.Where(p => p.Year == Province.CurrentYear).Select(p => p.Id).SingleAsync();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task PublishedRanking_IsReadableWithoutSigningIn()
    {
        var anonymous = portal.CreateBrowser();
        var lastYear = portal.Province.CurrentYear - 1;

        var results = await anonymous.GetFromJsonAsync<PublicResults>("/api/public/results");

        Assert.Equal([lastYear, lastYear - 1], results!.Years);
        var departments = Assert.Single(results.Selected!.Blocks, b => b.IsRanked);
        var first = departments.Rows[0];
        Assert.Equal((Province.Justice, 1, 94.13m, 93.13m, 1), (first.Name, first.Rank, first.Index, first.PreviousIndex, first.PreviousRank));
        Assert.Equal($"{lastYear}/QĐ-UBND", results.Selected.Stamp.DecisionNumber);
        var vertical = Assert.Single(results.Selected.Blocks, b => !b.IsRanked);
        Assert.Null(Assert.Single(vertical.Rows).Rank);
    }

    [Fact]
    public async Task ThePublicKey_IsOfferedWithItsFingerprint_AndChecksEveryPublicationOffline()
    {
        var anonymous = portal.CreateBrowser();

        var pem = await anonymous.GetStringAsync("/api/public/signing-key.pem");
        var report = await anonymous.GetFromJsonAsync<VerificationReport>("/api/public/verify");
        var page = await anonymous.GetStringAsync("/public/verify");

        Assert.True(report!.Passed, string.Join("; ", report.Problems.Select(p => p.Message)));
        using var key = System.Security.Cryptography.ECDsa.Create();
        key.ImportFromPem(pem);
        var fingerprint = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(key.ExportSubjectPublicKeyInfo()));
        Assert.Equal(fingerprint, report.SigningKeyFingerprint);
        Assert.Contains(fingerprint, page, StringComparison.Ordinal);
        Assert.NotEmpty(report.Publications);
        Assert.All(report.Publications, p => Assert.True(key.VerifyData(System.Text.Encoding.UTF8.GetBytes(p.SignedText!), Convert.FromBase64String(p.Signature!),
            System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.DSASignatureFormat.Rfc3279DerSequence)));
    }

    [Fact]
    public async Task UnitPage_ShowsTheUnitsPublishedHistory()
    {
        var anonymous = portal.CreateBrowser();
        var lastYear = portal.Province.CurrentYear - 1;

        var unit = await anonymous.GetFromJsonAsync<PublicUnit>($"/api/public/{lastYear}/units/STP");

        Assert.Equal(Province.Justice, unit!.Name);
        Assert.Equal([lastYear - 1, lastYear], unit.History.Select(h => h.Year).Order());
    }

    [Fact]
    public async Task TheYearBeingAssessed_IsNotReachableFromThePublicSide()
    {
        var anonymous = portal.CreateBrowser();
        var year = portal.Province.CurrentYear;

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/results?year={year}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/{year}/units/STP")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/periods/{portal.CurrentPeriodId}/blocks/{portal.Province.DepartmentsBlockId}/ranking")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/periods/{portal.CurrentPeriodId}/reports/ranking.pdf")).StatusCode);
    }

    [Fact]
    public async Task PublicPages_RenderForCitizens_WhileThePortalsOwnPagesAskForSignIn()
    {
        var anonymous = portal.CreateBrowser();

        var page = await anonymous.GetAsync("/public");
        var results = await anonymous.GetAsync("/results");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(Province.Justice, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, results.StatusCode);
        Assert.StartsWith("/account/login", results.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verification_IsPublic_AndPassesOnAnUntouchedChain()
    {
        var report = await portal.CreateBrowser().GetFromJsonAsync<VerificationReport>("/api/public/verify");

        Assert.True(report!.Passed, string.Join("; ", report.Problems.Select(p => p.Message)));
        Assert.Equal([1L, 2L], report.Publications.Select(p => p.Sequence).Order());
    }

    [Fact]
    public async Task OfficialFiles_OfAPublishedYear_DownloadWithoutSigningIn_ButNotTheYearBeingAssessed()
    {
        var anonymous = portal.CreateBrowser();
        var lastYear = portal.Province.CurrentYear - 1;

        var annex = await anonymous.GetAsync($"/api/public/{lastYear}/annex.pdf");
        var workbook = await anonymous.GetAsync($"/api/public/{lastYear}/results.xlsx");
        var draft = await anonymous.GetAsync($"/api/public/{portal.Province.CurrentYear}/annex.pdf");

        Assert.Equal(HttpStatusCode.OK, annex.StatusCode);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await annex.Content.ReadAsByteArrayAsync())[..4]));
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await workbook.Content.ReadAsByteArrayAsync())[..2]));
        Assert.Equal("attachment", workbook.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    [Fact]
    public async Task ImportingPastResults_IsNotPublic()
    {
        var anonymous = portal.CreateBrowser();
        using var form = new MultipartFormDataContent { { new ByteArrayContent("Năm,Mã đơn vị"u8.ToArray()), "file", "ket-qua.csv" } };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/past-results/preview", form)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/past-results/template.csv")).StatusCode);
    }
}
