using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using ParIndex.Application.Common;
using ParIndex.Application.Publication;
using ParIndex.Domain.Publications;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>
/// The public side is served like static files: the same bytes per publication version with a strong ETag,
/// <c>Cache-Control: public</c>, 304 on a matching If-None-Match, no cookie — and a corrected version is seen at once.
/// </summary>
public sealed class PublicReadCacheTests(PublicReadCacheTests.Fixture portal) : IClassFixture<PublicReadCacheTests.Fixture>
{
    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public Province Province { get; private set; } = default!;

        public int LastYear => Province.CurrentYear - 1;

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
        }

        /// <summary>A corrected version of the last published year, saved the way the publishing use case saves it.</summary>
        public async Task CorrectLastYearAsync(string decisionNumber)
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
            var period = await db.Periods.SingleAsync(p => p.Year == LastYear);
            var current = await db.Publications.SingleAsync(p => p.PeriodId == period.Id && p.SupersededById == null);
            await PublicationChain.AppendAsync(db, scope.ServiceProvider.GetRequiredService<IPublicationSigner>(), period, new PublicationDecision(decisionNumber, new DateOnly(LastYear + 1, 6, 1), "Chủ tịch UBND tỉnh"),
                current, "Sửa lỗi chính tả tên đơn vị", Guid.NewGuid(), DateTime.UtcNow, default);
            await db.SaveChangesAsync();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Theory]
    [InlineData("/api/public/results")]
    [InlineData("/public")]
    [InlineData("/public/{0}/units/STP")]
    [InlineData("/public/verify")]
    public async Task PublicRead_CarriesAStrongETag_PublicCaching_AndNoCookie(string path)
    {
        var anonymous = portal.CreateBrowser();
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, path, portal.LastYear);

        var first = await anonymous.GetAsync(url);
        var second = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.True(etag is not null, first.ToString());
        Assert.False(etag.IsWeak);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.False(first.Headers.CacheControl.NoStore);
        Assert.False(first.Headers.Contains(HeaderNames.SetCookie), string.Join("; ", first.Headers.TryGetValues(HeaderNames.SetCookie, out var c) ? c : []));
        Assert.False(second.Headers.Contains(HeaderNames.SetCookie));
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task MatchingIfNoneMatch_Gets304WithoutABody()
    {
        var anonymous = portal.CreateBrowser();
        var etag = (await anonymous.GetAsync($"/public/{portal.LastYear}/units/STP")).Headers.ETag!.Tag;

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/public/{portal.LastYear}/units/STP");
        again.Headers.TryAddWithoutValidation(HeaderNames.IfNoneMatch, etag);
        var response = await anonymous.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task TheFilesLinkedFromThePage_NameTheVersion_AndAreImmutable()
    {
        var anonymous = portal.CreateBrowser();
        var page = await anonymous.GetStringAsync($"/public/{portal.LastYear}");
        var link = System.Text.RegularExpressions.Regex.Match(page, $"/api/public/{portal.LastYear}/annex\\.pdf\\?v=[^\"]+").Value;
        Assert.NotEmpty(link);

        var annex = await anonymous.GetAsync(WebUtility.HtmlDecode(link));
        var plain = await anonymous.GetAsync($"/api/public/{portal.LastYear}/annex.pdf");

        Assert.Equal(HttpStatusCode.OK, annex.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", annex.Headers.CacheControl!.ToString());
        Assert.Equal("attachment", annex.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", annex.Content.Headers.ContentType?.MediaType);
        Assert.True(plain.Headers.CacheControl!.Public);
        Assert.DoesNotContain(plain.Headers.CacheControl.Extensions, e => e.Name == "immutable");
    }

    [Fact]
    public async Task SignedInReaders_AreNotServedFromTheSharedCache()
    {
        await portal.CreateUserAsync("cache.leader", "một câu mật khẩu đủ dài", Roles.Leader);
        var leader = portal.CreateBrowser();
        await LoginForm.SignInAsync(leader, "cache.leader", "một câu mật khẩu đủ dài");

        var page = await leader.GetAsync("/public");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(page.Headers.ETag);
        Assert.False(page.Headers.CacheControl?.Public ?? false);
    }

    [Fact]
    public async Task ACorrectedVersion_ReplacesTheCachedOnes_AtOnce()
    {
        var anonymous = portal.CreateBrowser();
        var before = await anonymous.GetAsync("/api/public/results");
        var pageBefore = await anonymous.GetAsync("/public");
        var etag = before.Headers.ETag!.Tag;

        await portal.CorrectLastYearAsync("99/QĐ-UBND-SĐ");

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/api/public/results");
        revalidate.Headers.TryAddWithoutValidation(HeaderNames.IfNoneMatch, etag);
        var after = await anonymous.SendAsync(revalidate);
        var pageAfter = await anonymous.GetAsync("/public");

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag!.Tag);
        var results = await after.Content.ReadFromJsonAsync<PublicResults>();
        Assert.Equal(("99/QĐ-UBND-SĐ", 2), (results!.Selected!.Stamp.DecisionNumber, results.Selected.Stamp.Version));
        Assert.NotEqual(pageBefore.Headers.ETag, pageAfter.Headers.ETag);
        Assert.Contains("99/QĐ-UBND-SĐ", await pageAfter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
