using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>The appraisal and workflow API as clients call it: who may write appraised scores, and steps refused by state.</summary>
public sealed class AppraisalEndpointsTests(AppraisalEndpointsTests.Fixture portal) : IClassFixture<AppraisalEndpointsTests.Fixture>
{
    private const string Password = "một câu mật khẩu đủ dài";

    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public Province Province { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            Province = await Province.SeedAsync(Services, DateTime.UtcNow);
            await CreateUserAsync("canbo.yte", Password, Roles.AgencyStaff, Province.HealthId, "Ngô Thị Y");
            await CreateUserAsync("thamdinh", Password, Roles.Inspector, fullName: "Phạm Thị Thẩm");
            await CreateUserAsync("quantri", Password, Roles.Administrator, fullName: "Quản Trị");
            await CreateUserAsync("hoidong", Password, Roles.CouncilMember, fullName: "Hội Đồng");
        }

        public async Task<(Guid PeriodId, Guid Stamp, Guid JusticeAssessment, PeriodState State)> CurrentAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
            var period = await db.Periods.SingleAsync(p => p.Year == Province.CurrentYear);
            var assessment = await db.Assessments.SingleAsync(a => a.PeriodId == period.Id && a.UnitId == Province.JusticeId);
            return (period.Id, period.ConcurrencyStamp, assessment.Id, period.State);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task AppraisedScores_ByAgencyStaffOrAnUnassignedInspector_AreRefused()
    {
        var (periodId, _, assessmentId, _) = await portal.CurrentAsync();
        var health = await SignedInAsync("canbo.yte");
        var inspector = await SignedInAsync("thamdinh");
        var body = new { round = 1, score = 1m, comment = "x", concurrencyStamp = (Guid?)null };

        var responses = new[]
        {
            await health.GetAsync($"/api/periods/{periodId}/units/{portal.Province.JusticeId}/appraisal"),
            await health.PutAsJsonAsync($"/api/assessments/{assessmentId}/appraisal/{Guid.NewGuid()}", body),
            await health.PostAsJsonAsync($"/api/assessments/{assessmentId}/appraisal/{Guid.NewGuid()}/accept-self-score", new { round = 1 }),
            await health.PutAsJsonAsync($"/api/assessments/{assessmentId}/questions/{Guid.NewGuid()}", new { question = "?" }),
            await health.PostAsJsonAsync($"/api/periods/{periodId}/assignments", new { inspectorUserId = Guid.NewGuid(), unitId = portal.Province.HealthId }),
            await inspector.PostAsJsonAsync($"/api/periods/{periodId}/state", new { target = (int)PeriodState.SelfAssessmentClosed, concurrencyStamp = Guid.Empty }),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.DoesNotContain(Province.Justice, await responses[0].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"/api/periods/{periodId}/units/{portal.Province.JusticeId}/appraisal")).StatusCode);
    }

    [Fact]
    public async Task Steps_OutOfOrderOrBeforeTheDeadline_Get422WithTheReason_AndTheStateStays()
    {
        var (periodId, stamp, _, state) = await portal.CurrentAsync();
        var admin = await SignedInAsync("quantri");
        var council = await SignedInAsync("hoidong");

        var skipped = await admin.PostAsJsonAsync($"/api/periods/{periodId}/state", new { target = (int)PeriodState.AppraisalRound1, concurrencyStamp = stamp });
        var early = await admin.PostAsJsonAsync($"/api/periods/{periodId}/state", new { target = (int)PeriodState.SelfAssessmentClosed, concurrencyStamp = stamp });
        var approval = await council.PostAsJsonAsync($"/api/periods/{periodId}/approval", new
        {
            meetingDate = "2026-11-20",
            decisionNumber = "15/QĐ-HĐTĐ",
            decisionDate = "2026-11-21",
            members = 9,
            inFavour = 6,
            concurrencyStamp = stamp,
        });

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity),
            (skipped.StatusCode, early.StatusCode, approval.StatusCode));
        Assert.Contains("Chưa hết hạn tự đánh giá", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(state, (await portal.CurrentAsync()).State);
    }

    [Fact]
    public async Task AMalformedBody_Gets400_NotAServerError()
    {
        var (periodId, stamp, _, _) = await portal.CurrentAsync();
        var admin = await SignedInAsync("quantri");

        var response = await admin.PostAsJsonAsync($"/api/periods/{periodId}/state", new { target = "không phải bước nào", concurrencyStamp = stamp });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Yêu cầu không hợp lệ", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, userName, Password);
        return client;
    }
}
