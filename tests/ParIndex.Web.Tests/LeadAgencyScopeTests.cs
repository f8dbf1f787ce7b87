using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Domain.Periods;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>
/// Issue 16.5: the demo's lead-agency inspector (<c>chutri.stp</c>, the Justice department, assigned domain A2) reads and
/// writes only the criteria of A2; whole-unit working figures before publication are refused like any unit's people;
/// published results stay public to them as to anyone.
/// </summary>
public sealed class LeadAgencyScopeTests(LeadAgencyScopeTests.Fixture portal) : IClassFixture<LeadAgencyScopeTests.Fixture>
{
    private const string DemoPassword = "Demo@ParIndex2026";

    public sealed class Fixture() : PortalFactory("Development", new Dictionary<string, string?>
    {
        ["Demo:Enabled"] = "true",
        ["Demo:Stage"] = "Appraisal",
    })
    {
        public async Task<Demo> DemoAsync()
        {
            _ = CreateClient();
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
            var current = await db.Periods.SingleAsync(p => p.State == PeriodState.AppraisalRound1);
            var published = await db.Periods.Where(p => p.State == PeriodState.Published).OrderByDescending(p => p.Year).FirstAsync();
            var unit = await db.Units.SingleAsync(u => u.Code == "SYT");
            var assessment = await db.Assessments.SingleAsync(a => a.PeriodId == current.Id && a.UnitId == unit.Id);
            var framework = await db.Frameworks.Include(f => f.Nodes).SingleAsync(f => f.Id == assessment.FrameworkId);
            Guid LeafOf(string domainCode)
            {
                var domain = framework.Nodes.Single(n => n.ParentId is null && n.Code == domainCode);
                return framework.Leaves().First(l => framework.DomainOf(l).Id == domain.Id
                    && l.Method == Domain.Frameworks.AssessmentMethod.SelfAssessed && l.RuleType != Domain.Frameworks.RuleType.Bonus).Id;
            }

            return new Demo(current.Id, published.Id, unit.Id, unit.BlockId, assessment.Id, LeafOf("A2"), LeafOf("A1"));
        }
    }

    public sealed record Demo(Guid PeriodId, Guid PublishedPeriodId, Guid UnitId, Guid BlockId, Guid AssessmentId, Guid LegalLeaf, Guid OtherLeaf);

    [Fact]
    public async Task AppraisalView_OfAnyDepartment_HoldsDomainA2Only_WithoutTheWholeUnitIndex()
    {
        var demo = await portal.DemoAsync();
        var client = await SignedInAsync("chutri.stp");

        var view = await client.GetFromJsonAsync<JsonElement>($"/api/periods/{demo.PeriodId}/units/{demo.UnitId}/appraisal");

        var codes = view.GetProperty("domains").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.Equal(["A2"], codes);
        var totals = view.GetProperty("totals");
        Assert.Equal(JsonValueKind.Null, totals.GetProperty("selfIndex").ValueKind);
        Assert.Equal(JsonValueKind.Null, totals.GetProperty("appraisedIndex").ValueKind);
        Assert.Equal(JsonValueKind.Null, totals.GetProperty("projectedClass").ValueKind);

        // The Home Affairs inspector still reads every domain of the same unit.
        var homeAffairs = await (await SignedInAsync("thamdinh")).GetFromJsonAsync<JsonElement>($"/api/periods/{demo.PeriodId}/units/{demo.UnitId}/appraisal");
        Assert.True(homeAffairs.GetProperty("domains").GetArrayLength() > 1);
    }

    [Fact]
    public async Task Scoring_WritesDomainA2_AndIsRefusedOutsideIt()
    {
        var demo = await portal.DemoAsync();
        var client = await SignedInAsync("chutri.stp");
        var body = new { round = 1, score = 0m, comment = "Thiếu văn bản kiểm chứng", concurrencyStamp = (Guid?)null };

        var outside = await client.PutAsJsonAsync($"/api/assessments/{demo.AssessmentId}/appraisal/{demo.OtherLeaf}", body);
        var question = await client.PutAsJsonAsync($"/api/assessments/{demo.AssessmentId}/questions/{demo.OtherLeaf}", new { question = "?" });
        var inside = await client.PutAsJsonAsync($"/api/assessments/{demo.AssessmentId}/appraisal/{demo.LegalLeaf}", body);

        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, question.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, inside.StatusCode);
    }

    [Fact]
    public async Task WholeUnitOutputs_BeforePublication_AreRefused_ButPublishedResultsArePublicToThemAsToAnyone()
    {
        var demo = await portal.DemoAsync();
        var client = await SignedInAsync("chutri.stp");
        var p = demo.PeriodId;
        var u = demo.UnitId;

        string[] refused =
        [
            $"/api/periods/{p}/units/{u}/self-assessment",
            $"/api/periods/{p}/units/{u}/scorecard",
            $"/api/periods/{p}/units/{u}/reports/scorecard.pdf",
            $"/api/periods/{p}/units/{u}/exports/scorecard.docx",
            $"/api/periods/{p}/units/{u}/exports/self-assessment-report.docx",
            $"/api/periods/{p}/exports/results.xlsx",
            $"/api/periods/{p}/reports/ranking.pdf",
            $"/api/periods/{p}/reports/ranking.docx",
            $"/api/periods/{p}/reports/summary.pdf",
            $"/api/periods/{p}/reports/decision-draft.docx",
            $"/api/periods/{p}/blocks/{demo.BlockId}/ranking",
            $"/api/periods/{p}/assignments",
            $"/api/improvement/overview?periodId={p}",
        ];
        foreach (var path in refused)
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path}: {(int)response.StatusCode}");
        }

        var published = await client.GetAsync($"/api/periods/{demo.PublishedPeriodId}/units/{u}/scorecard");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, userName, DemoPassword);
        return client;
    }
}
