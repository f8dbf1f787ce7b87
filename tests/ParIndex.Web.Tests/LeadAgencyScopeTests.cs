using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Domain.Assessments;
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

        /// <summary>A PDF kept in the store and cited by a criterion of <paramref name="domainCode"/> of Sở Y tế this year.</summary>
        public async Task<Guid> EvidenceCitedByAsync(Demo demo, string domainCode)
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
            var store = scope.ServiceProvider.GetRequiredService<IEvidenceStore>();
            var assessment = await db.Assessments.SingleAsync(a => a.Id == demo.AssessmentId);
            var framework = await db.Frameworks.Include(f => f.Nodes).SingleAsync(f => f.Id == assessment.FrameworkId);
            var responses = await db.CriterionResponses.Where(r => r.AssessmentId == assessment.Id).ToListAsync();
            var response = responses.First(r => framework.Nodes.Any(n => n.Id == r.NodeId)
                && framework.DomainOf(framework.Nodes.Single(n => n.Id == r.NodeId)).Code == domainCode);
            var pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();
            var pending = await store.ReceiveAsync(new MemoryStream(pdf), pdf.Length, CancellationToken.None);
            await store.KeepAsync(pending, CancellationToken.None);
            var evidence = Evidence.ForFile(demo.UnitId, demo.PeriodId, $"minh-chung-{domainCode}.pdf", "application/pdf", pending.SizeBytes,
                pending.Sha256, pending.StorageKey, (await db.Users.SingleAsync(u => u.UserName == "canbo.syt")).Id, DateTime.UtcNow);
            db.Evidence.Add(evidence);
            db.CriterionEvidence.Add(new CriterionEvidence(response.Id, evidence.Id));
            await db.SaveChangesAsync();
            return evidence.Id;
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

    [Fact]
    public async Task EvidenceFiles_CitedByDomainA2_Open_AndThoseOfOtherDomainsAreRefused()
    {
        var demo = await portal.DemoAsync();
        var legal = await portal.EvidenceCitedByAsync(demo, "A2");
        var other = await portal.EvidenceCitedByAsync(demo, "A1");
        var client = await SignedInAsync("chutri.stp");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/evidence/{legal}/content")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/evidence/{other}/content")).StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, userName, DemoPassword);
        return client;
    }
}
