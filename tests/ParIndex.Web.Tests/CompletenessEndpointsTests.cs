using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>
/// The completeness API: a period in appraisal round 1 whose one unit answered nothing (criterion 1.1 unappraised)
/// and has no survey result (1.2). The council's step is refused until someone says so.
/// </summary>
public sealed class CompletenessEndpointsTests(CompletenessEndpointsTests.Fixture portal) : IClassFixture<CompletenessEndpointsTests.Fixture>
{
    private const string Password = "một câu mật khẩu đủ dài";

    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public Guid PeriodId { get; private set; }

        public Guid UnitId { get; private set; }

        public async Task InitializeAsync()
        {
            var now = DateTime.UtcNow;
            await using (var scope = Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
                var block = new Block("XA", "Xã, phường", "Communes", BlockKind.CommuneWard, isRanked: true, sortOrder: 1);
                var unit = new Unit("XAB", "Xã An Bình", block.Id);
                var framework = new Framework("XA-T", "Bộ chỉ số thử", BlockKind.CommuneWard, 1, "Thử", isIllustrative: true);
                var domain = framework.AddNode(null, NodeLevel.Domain, "1", "Lĩnh vực", 3m);
                framework.AddNode(domain, NodeLevel.Criterion, "1.1", "Kế hoạch CCHC", 2m)
                    .SetRule(AssessmentMethod.SelfAssessed, RuleType.YesNo, """{"yes":2,"no":0}""", WhenNothingToCount.Zero);
                framework.AddNode(domain, NodeLevel.Criterion, "1.2", "Hài lòng", 1m)
                    .SetRule(AssessmentMethod.Survey, RuleType.Survey, """{"source":"SIPAS"}""", WhenNothingToCount.Zero);
                var period = new EvaluationPeriod(now.Year + 3, "Kỳ thử", now.AddDays(-20), now.AddDays(-2));
                period.UseFramework(block.Id, framework.Id);
                foreach (var state in new[] { PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1 })
                {
                    period.MoveTo(state, now);
                }

                var assessment = new Assessment(period.Id, unit.Id, unit.BlockId, framework.Id);
                assessment.BeginAppraisal();
                db.AddRange(block, unit, framework, period, assessment);
                await db.SaveChangesAsync();
                (PeriodId, UnitId) = (period.Id, unit.Id);
            }

            await CreateUserAsync("quantri", Password, Roles.Administrator, fullName: "Quản Trị");
            await CreateUserAsync("thamdinh", Password, Roles.Inspector, fullName: "Thẩm Định");
            await CreateUserAsync("canbo.xa", Password, Roles.AgencyStaff, UnitId, "Cán Bộ");
        }

        public async Task<Guid> StampAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
            return await db.Periods.Where(p => p.Id == PeriodId).Select(p => p.ConcurrencyStamp).SingleAsync();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Completeness_IsRead_AcceptedAndWaived_ThenTheCouncilsStepGoesThrough()
    {
        var admin = await SignedInAsync("quantri");
        var inspector = await SignedInAsync("thamdinh");
        var staff = await SignedInAsync("canbo.xa");
        var periodId = portal.PeriodId;

        var before = await inspector.GetFromJsonAsync<JsonElement>($"/api/periods/{periodId}/completeness");
        var staffRead = await staff.GetAsync($"/api/periods/{periodId}/completeness");
        var refused = await admin.PostAsJsonAsync($"/api/periods/{periodId}/state", new { target = (int)PeriodState.CouncilReview, concurrencyStamp = await portal.StampAsync() });
        var unassigned = await inspector.PostAsJsonAsync($"/api/periods/{periodId}/accept-remaining-self-scores", new { unitId = portal.UnitId });
        var accepted = await admin.PostAsJsonAsync($"/api/periods/{periodId}/accept-remaining-self-scores", new { unitId = portal.UnitId });
        var noReason = await admin.PostAsJsonAsync($"/api/periods/{periodId}/survey-waivers", new { reason = "" });
        var waived = await admin.PostAsJsonAsync($"/api/periods/{periodId}/survey-waivers", new { reason = "Không tổ chức khảo sát trong kỳ thử." });
        var moved = await admin.PostAsJsonAsync($"/api/periods/{periodId}/state", new { target = (int)PeriodState.CouncilReview, concurrencyStamp = await portal.StampAsync() });

        Assert.Equal(1, before.GetProperty("unappraisedCriteria").GetInt32());
        Assert.Equal("1.2", before.GetProperty("missingSurvey")[0].GetProperty("criterionCode").GetString());
        Assert.Contains("thiếu kết quả khảo sát", before.GetProperty("refusal").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, staffRead.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("1 tiêu chí của 1 đơn vị chưa được thẩm định", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, unassigned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(1, (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("criteria").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("Miễn số liệu khảo sát: Không tổ chức khảo sát trong kỳ thử.", (await waived.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("line").GetString());
        Assert.Equal(HttpStatusCode.NoContent, moved.StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, userName, Password);
        return client;
    }
}
