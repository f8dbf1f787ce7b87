using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Application.Publication;
using ParIndex.Domain.Publications;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>Issue 18: the signed publishing decision is attached over the API and downloaded publicly; a non-PDF is refused.</summary>
public sealed class SignedDocumentsEndpointsTests(SignedDocumentsEndpointsTests.Fixture portal) : IClassFixture<SignedDocumentsEndpointsTests.Fixture>
{
    private const string Password = "một câu mật khẩu đủ dài";

    private static readonly byte[] SignedPdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        + "trailer<</Root 1 0 R>>\n%%EOF\n");

    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public int Year { get; private set; }

        public Guid PeriodId { get; private set; }

        public async Task InitializeAsync()
        {
            var province = await Province.SeedAsync(Services, DateTime.UtcNow);
            await CreateUserAsync("quantri", Password, Roles.Administrator, fullName: "Nguyễn Quản Trị");
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
            Year = province.CurrentYear - 1;
            var period = await db.Periods.SingleAsync(p => p.Year == Year);
            await PublicationChain.AppendAsync(db, scope.ServiceProvider.GetRequiredService<IPublicationSigner>(), period,
                new PublicationDecision($"{Year}/QĐ-UBND", new DateOnly(Year + 1, 3, 1), "Chủ tịch UBND tỉnh"), null, null, Guid.NewGuid(), DateTime.UtcNow, default);
            await db.SaveChangesAsync();
            PeriodId = period.Id;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task SignedDecision_AttachedByHomeAffairs_IsDownloadableWithoutSigningIn()
    {
        var anonymous = portal.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/{portal.Year}/decision.pdf")).StatusCode);
        var admin = portal.CreateBrowser();
        await LoginForm.SignInAsync(admin, "quantri", Password);

        var attached = await admin.PostAsync($"/api/periods/{portal.PeriodId}/signed-documents/decision", Form(SignedPdf, "quyet-dinh-cong-bo.pdf"));

        Assert.Equal(HttpStatusCode.OK, attached.StatusCode);
        var response = await anonymous.GetAsync($"/api/public/{portal.Year}/decision.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SignedPdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await anonymous.PostAsync($"/api/periods/{portal.PeriodId}/signed-documents/decision", Form(SignedPdf, "x.pdf"))).StatusCode);
    }

    [Fact]
    public async Task SignedDecision_ThatIsNotAPdf_IsRefusedWithAMessage()
    {
        var admin = portal.CreateBrowser();
        await LoginForm.SignInAsync(admin, "quantri", Password);

        var response = await admin.PostAsync($"/api/periods/{portal.PeriodId}/signed-documents/decision",
            Form("Quyết định, bản văn bản thường"u8.ToArray(), "quyet-dinh.pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"errors\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static MultipartFormDataContent Form(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
