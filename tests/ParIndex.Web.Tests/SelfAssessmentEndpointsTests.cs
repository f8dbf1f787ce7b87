using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>The self-assessment and evidence API as clients call it: isolation between units, conflicts, uploads, downloads.</summary>
public sealed class SelfAssessmentEndpointsTests(SelfAssessmentEndpointsTests.Fixture portal) : IClassFixture<SelfAssessmentEndpointsTests.Fixture>
{
    private const string Password = "một câu mật khẩu đủ dài";
    private const int Cap = 4096;
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    public sealed class Fixture() : PortalFactory("Development", new Dictionary<string, string?> { ["Evidence:MaxFileBytes"] = Cap.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
        IAsyncLifetime
    {
        public Province Province { get; private set; } = default!;

        public Guid PlanLeaf { get; private set; }

        public Guid RateLeaf { get; private set; }

        public async Task InitializeAsync()
        {
            Province = await Province.SeedAsync(Services, DateTime.UtcNow);
            await using (var scope = Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
                var framework = await db.Frameworks.Include(f => f.Nodes).SingleAsync();
                var domain = framework.AddNode(null, NodeLevel.Domain, "1", "Chỉ đạo, điều hành", 3m);
                var plan = framework.AddNode(domain, NodeLevel.Criterion, "1.1", "Kế hoạch CCHC", 1m);
                plan.SetRule(AssessmentMethod.SelfAssessed, RuleType.YesNo, "{}", WhenNothingToCount.Zero);
                plan.Describe(null, null, "Kế hoạch CCHC năm");
                var rate = framework.AddNode(domain, NodeLevel.Criterion, "1.2", "Tỷ lệ hoàn thành", 2m);
                rate.SetRule(AssessmentMethod.SelfAssessed, RuleType.Proportional, "{}", WhenNothingToCount.Zero);
                await db.SaveChangesAsync();
                (PlanLeaf, RateLeaf) = (plan.Id, rate.Id);
            }

            await CreateUserAsync("canbo.tuphap", Password, Roles.AgencyStaff, Province.JusticeId, "Lê Văn Bình");
            await CreateUserAsync("lanhdao.tuphap", Password, Roles.AgencyLeader, Province.JusticeId, "Trần Văn Lãnh");
            await CreateUserAsync("canbo.yte", Password, Roles.AgencyStaff, Province.HealthId, "Ngô Thị Y");
            await CreateUserAsync("thamdinh", Password, Roles.Inspector, fullName: "Phạm Thị Thẩm");
        }

        public async Task<(int Responses, int Evidence, string? State)> SnapshotAsync(Guid unitId)
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
            var assessment = await db.Assessments.Include(a => a.Responses).SingleAsync(a => a.UnitId == unitId && a.PeriodId ==
                db.Periods.Where(p => p.Year == Province.CurrentYear).Select(p => p.Id).Single());
            return (assessment.Responses.Count, await db.Evidence.CountAsync(e => e.UnitId == unitId), assessment.State.ToString());
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Mine_Staff_ReadsTheirOwnUnitWithEachCriterionsFields()
    {
        var client = await SignedInAsync("canbo.tuphap");

        var view = await client.GetFromJsonAsync<JsonElement>("/api/self-assessments/mine");

        Assert.Equal(Province.Justice, view.GetProperty("unitName").GetString());
        var criteria = view.GetProperty("domains")[0].GetProperty("criteria");
        Assert.Equal(["1.1", "1.2"], criteria.EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal("rate", criteria[1].GetProperty("fields")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task RuleWords_FollowTheReader_LabelsAsText_OutcomeWithTheCulturesNumbers()
    {
        var vietnamese = await SignedInAsync("canbo.yte");
        var english = await SignedInAsync("canbo.yte", "en-US");

        var shown = await vietnamese.GetFromJsonAsync<JsonElement>("/api/self-assessments/mine");
        var read = await english.GetFromJsonAsync<JsonElement>("/api/self-assessments/mine");
        var url = $"/api/self-assessments/{read.GetProperty("assessmentId").GetGuid()}/answers/{portal.RateLeaf}";
        var saved = await (await english.PutAsJsonAsync(url, new { values = new Dictionary<string, string> { ["numerator"] = "3", ["denominator"] = "4" } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var again = await vietnamese.GetFromJsonAsync<JsonElement>("/api/self-assessments/mine");

        Assert.Equal("Tỷ lệ", RateField(shown).GetProperty("label").GetString());
        Assert.Equal("Rate", RateField(read).GetProperty("label").GetString());
        Assert.Equal("Rate 75.00% (3/4) × maximum 2 = 1.5.", saved.GetProperty("outcome").GetString());
        Assert.Equal("Tỷ lệ 75,00% (3/4) × 2 = 1,5 điểm.", again.GetProperty("domains")[0].GetProperty("criteria")[1].GetProperty("outcome").GetString());

        static JsonElement RateField(JsonElement view) => view.GetProperty("domains")[0].GetProperty("criteria")[1].GetProperty("fields")[0];
    }

    [Fact]
    public async Task CrossUnit_ReadAndWriteWithRealIds_AreRefusedAndChangeNothing()
    {
        var justice = await SignedInAsync("canbo.tuphap");
        var own = await justice.GetFromJsonAsync<JsonElement>("/api/self-assessments/mine");
        var assessmentId = own.GetProperty("assessmentId").GetGuid();
        var evidence = await UploadAsync(justice, assessmentId, "Kế hoạch.pdf", Pdf);
        var evidenceId = (await evidence.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var before = await portal.SnapshotAsync(portal.Province.JusticeId);
        var health = await SignedInAsync("canbo.yte");
        var periodId = own.GetProperty("periodId").GetGuid();

        var responses = new[]
        {
            await health.GetAsync($"/api/periods/{periodId}/units/{portal.Province.JusticeId}/self-assessment"),
            await health.GetAsync($"/api/evidence/{evidenceId}/content"),
            await health.PutAsJsonAsync($"/api/self-assessments/{assessmentId}/answers/{portal.PlanLeaf}",
                new { values = new Dictionary<string, string> { ["done"] = "false" }, explanation = (string?)null, concurrencyStamp = (Guid?)null }),
            await UploadAsync(health, assessmentId, "x.pdf", Pdf),
            await health.PostAsJsonAsync($"/api/self-assessments/{assessmentId}/submission", new { concurrencyStamp = own.GetProperty("concurrencyStamp").GetGuid() }),
            await health.DeleteAsync($"/api/self-assessments/{assessmentId}/answers/{portal.PlanLeaf}/evidence/{evidenceId}"),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        foreach (var response in responses)
        {
            Assert.DoesNotContain(Province.Justice, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await portal.SnapshotAsync(portal.Province.JusticeId));
    }

    [Fact]
    public async Task WithdrawAndReturn_FromAnotherUnitOrOfASheetNotSubmitted_Get403And422_AndChangeNothing()
    {
        var justice = await SignedInAsync("canbo.tuphap");
        var own = await justice.GetFromJsonAsync<JsonElement>("/api/self-assessments/mine");
        var assessmentId = own.GetProperty("assessmentId").GetGuid();
        var body = new { reason = "Sửa số liệu", concurrencyStamp = own.GetProperty("concurrencyStamp").GetGuid() };
        var before = await portal.SnapshotAsync(portal.Province.JusticeId);

        var otherUnit = await (await SignedInAsync("canbo.yte")).PostAsJsonAsync($"/api/self-assessments/{assessmentId}/withdrawal", body);
        var staffReturn = await justice.PostAsJsonAsync($"/api/self-assessments/{assessmentId}/return", body);
        var inspector = await SignedInAsync("thamdinh");
        var notSubmitted = await inspector.PostAsJsonAsync($"/api/self-assessments/{assessmentId}/return", body);
        var noReason = await inspector.PostAsJsonAsync($"/api/self-assessments/{assessmentId}/return", body with { reason = " " });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.UnprocessableEntity, HttpStatusCode.BadRequest),
            (otherUnit.StatusCode, staffReturn.StatusCode, notSubmitted.StatusCode, noReason.StatusCode));
        Assert.Contains("đã gửi", (await notSubmitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await portal.SnapshotAsync(portal.Province.JusticeId));
    }

    [Fact]
    public async Task Notices_SignedIn_ListsTheCallersOwn_AndMarksThemRead()
    {
        var inspector = await SignedInAsync("thamdinh");

        var list = await inspector.GetAsync("/api/notices");
        var read = await inspector.PostAsync("/api/notices/read", null);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (list.StatusCode, read.StatusCode));
        Assert.Equal(JsonValueKind.Array, (await list.Content.ReadFromJsonAsync<JsonElement>()).ValueKind);
        Assert.Equal(HttpStatusCode.Unauthorized, (await portal.CreateBrowser().GetAsync("/api/notices")).StatusCode);
    }

    [Fact]
    public async Task SaveAnswer_TwiceFromTheSameVersion_SecondGets409AndTheFirstStays()
    {
        var client = await SignedInAsync("canbo.tuphap");
        var view = await client.GetFromJsonAsync<JsonElement>("/api/self-assessments/mine");
        var url = $"/api/self-assessments/{view.GetProperty("assessmentId").GetGuid()}/answers/{portal.RateLeaf}";
        var first = await client.PutAsJsonAsync(url, new { values = new Dictionary<string, string> { ["numerator"] = "3", ["denominator"] = "4" } });
        var firstSaved = await first.Content.ReadFromJsonAsync<JsonElement>();
        var stamp = firstSaved.GetProperty("concurrencyStamp").GetGuid();

        var second = await client.PutAsJsonAsync(url, new { values = new Dictionary<string, string> { ["rate"] = "100" }, concurrencyStamp = stamp });
        var third = await client.PutAsJsonAsync(url, new { values = new Dictionary<string, string> { ["rate"] = "10" }, concurrencyStamp = stamp });
        var invalid = await client.PutAsJsonAsync(url, new
        {
            values = new Dictionary<string, string> { ["numerator"] = "5", ["denominator"] = "4" },
            concurrencyStamp = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("concurrencyStamp").GetGuid()
        });

        Assert.Equal(1.5m, firstSaved.GetProperty("selfScore").GetDecimal());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("Tử số không được lớn hơn mẫu số.", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await client.GetFromJsonAsync<JsonElement>("/api/self-assessments/mine");
        var rate = after.GetProperty("domains")[0].GetProperty("criteria")[1];
        Assert.Equal(2m, rate.GetProperty("selfScore").GetDecimal());
    }

    [Fact]
    public async Task Upload_AtCapOverCapAndDisguised_GetOk413And400()
    {
        var client = await SignedInAsync("canbo.tuphap");
        var id = (await client.GetFromJsonAsync<JsonElement>("/api/self-assessments/mine")).GetProperty("assessmentId").GetGuid();
        // Padding after the header, so the file still ends with %%EOF like a real PDF.
        byte[] atCap = [.. Pdf[..9], .. Enumerable.Repeat((byte)' ', Cap - Pdf.Length), .. Pdf[9..]];

        var ok = await UploadAsync(client, id, "dung-cap.pdf", atCap);
        var tooLarge = await UploadAsync(client, id, "qua-cap.pdf", [.. atCap, 0]);
        var disguised = await UploadAsync(client, id, "anh.pdf", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("vượt quá dung lượng", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, disguised.StatusCode);
    }

    [Fact]
    public async Task Download_VietnameseNameWithLineBreak_IsAnAttachmentWithAnEncodedNameAndNoSniffing()
    {
        var client = await SignedInAsync("canbo.tuphap");
        var id = (await client.GetFromJsonAsync<JsonElement>("/api/self-assessments/mine")).GetProperty("assessmentId").GetGuid();
        var upload = await UploadAsync(client, id, "Báo cáo\r\nSet-Cookie: x=1.pdf", Pdf);
        var evidenceId = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var download = await (await SignedInAsync("thamdinh")).GetAsync($"/api/evidence/{evidenceId}/content");
        var preview = await client.GetAsync($"/api/evidence/{evidenceId}/content?inline=true");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Báo cáoSet-Cookie: x=1.pdf", disposition.FileNameStar);
        Assert.DoesNotContain("\n", download.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(download.Headers.Contains("Set-Cookie"));
        Assert.Equal("inline", preview.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("SAMEORIGIN", preview.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'self'", preview.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoredFiles_AreNotReachableByAnyStaticUrl()
    {
        var client = await SignedInAsync("canbo.tuphap");

        foreach (var guess in new[] { "/data/evidence/files", "/evidence/files", "/uploads/x.pdf", "/data/parindex.db" })
        {
            var response = await client.GetAsync(guess);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Found, $"{guess}: {response.StatusCode}");
            Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid assessmentId, string fileName, byte[] bytes)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(portal.PlanLeaf.ToString()), "nodeIds");
        return client.PostAsync($"/api/self-assessments/{assessmentId}/evidence", form);
    }

    private async Task<HttpClient> SignedInAsync(string userName, string? culture = null)
    {
        var client = portal.CreateBrowser();
        if (culture is not null)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/culture/set?culture={culture}&redirectUri=%2F")).StatusCode);
        }

        await LoginForm.SignInAsync(client, userName, Password);
        return client;
    }
}
