using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>
/// Issue 16.3, every output: with round 1 not released, an inspector's points and comment on Sở Y tế reach none of
/// its people through any API output — views, scorecards and their files, reports, exports, rankings, the what-if,
/// the improvement plan and the home cards. Each output either refuses or carries neither the comment nor a round-1 score.
/// </summary>
public sealed class Round1ReleaseEveryOutputTests(Round1ReleaseEveryOutputTests.Fixture portal) : IClassFixture<Round1ReleaseEveryOutputTests.Fixture>
{
    private const string DemoPassword = "Demo@ParIndex2026";
    private const string Comment = "Nhận xét kín vòng một: thiếu quyết định ban hành kế hoạch";

    public sealed class Fixture() : PortalFactory("Development", new Dictionary<string, string?>
    {
        ["Demo:Enabled"] = "true",
        ["Demo:Stage"] = "Appraisal",
    });

    [Fact]
    public async Task UnreleasedRound1_LeaksThroughNoOutput_ToTheUnitsStaffOrLeader()
    {
        _ = portal.CreateClient();
        var (periodId, unitId, blockId, assessmentId, leafId) = await DemoAsync();
        var inspector = await SignedInAsync("thamdinh");
        var stamp = await StampAsync(inspector, periodId, unitId, leafId);
        var scored = await inspector.PutAsJsonAsync($"/api/assessments/{assessmentId}/appraisal/{leafId}",
            new { round = 1, score = 0m, comment = Comment, concurrencyStamp = stamp });
        Assert.Equal(HttpStatusCode.OK, scored.StatusCode);
        Assert.Contains(Comment, await inspector.GetStringAsync($"/api/periods/{periodId}/units/{unitId}/appraisal"), StringComparison.Ordinal);

        var p = periodId;
        var u = unitId;
        string[] outputs =
        [
            $"/api/periods/{p}/units/{u}/appraisal",
            "/api/self-assessments/mine",
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
            $"/api/periods/{p}/blocks/{blockId}/ranking",
            $"/api/improvement/units/{u}?periodId={p}",
            "/api/home/summary",
            "/api/me",
        ];

        foreach (var userName in new[] { "canbo.syt", "lanhdao.syt" })
        {
            var unit = await SignedInAsync(userName);
            foreach (var path in outputs)
            {
                await AssertNothingLeaksAsync(await unit.GetAsync(path), $"{userName} GET {path}");
            }

            await AssertNothingLeaksAsync(await unit.PostAsJsonAsync($"/api/periods/{p}/units/{u}/what-if", new { fixedCriterionIds = new[] { leafId } }),
                $"{userName} POST what-if");

            var view = await unit.GetFromJsonAsync<JsonElement>($"/api/periods/{p}/units/{u}/appraisal");
            Assert.False(view.GetProperty("scoresVisible").GetBoolean());
            Assert.Equal(JsonValueKind.Null, view.GetProperty("totals").GetProperty("appraisedIndex").ValueKind);
            Assert.All(view.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("criteria").EnumerateArray()),
                c => Assert.Equal(JsonValueKind.Null, c.GetProperty("round1Score").ValueKind));
        }
    }

    /// <summary>A refusal, or a body (JSON, or the XML inside a Word or Excel file) without the comment or a round-1 score.</summary>
    private static async Task AssertNothingLeaksAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.UnprocessableEntity
                or HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
            Assert.DoesNotContain(Comment, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            return;
        }

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.False(bytes.AsSpan().StartsWith("%PDF"u8), $"{what}: a PDF reached the unit before round 1 was released (its text cannot be checked here).");
        var text = bytes.AsSpan().StartsWith("PK"u8) ? PackageText(bytes) : Encoding.UTF8.GetString(bytes);
        Assert.False(text.Contains(Comment, StringComparison.Ordinal), $"{what}: carries the inspector's comment.");
        Assert.DoesNotMatch("\"round1Score\":\\s*[0-9]", text);
    }

    private static string PackageText(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }

    private static async Task<Guid?> StampAsync(HttpClient inspector, Guid periodId, Guid unitId, Guid leafId)
    {
        var view = await inspector.GetFromJsonAsync<JsonElement>($"/api/periods/{periodId}/units/{unitId}/appraisal");
        var entry = view.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("criteria").EnumerateArray())
            .Single(c => c.GetProperty("unit").GetProperty("nodeId").GetGuid() == leafId);
        return entry.GetProperty("concurrencyStamp").ValueKind == JsonValueKind.Null ? null : entry.GetProperty("concurrencyStamp").GetGuid();
    }

    private async Task<(Guid PeriodId, Guid UnitId, Guid BlockId, Guid AssessmentId, Guid LeafId)> DemoAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
        var period = await db.Periods.SingleAsync(p => p.State == PeriodState.AppraisalRound1);
        Assert.False(period.Round1ResultsReleased);
        var unit = await db.Units.SingleAsync(u => u.Code == "SYT");
        var assessment = await db.Assessments.SingleAsync(a => a.PeriodId == period.Id && a.UnitId == unit.Id);
        var framework = await db.Frameworks.Include(f => f.Nodes).SingleAsync(f => f.Id == assessment.FrameworkId);
        var leaf = framework.Leaves().First(l => l.Method == AssessmentMethod.SelfAssessed && l.RuleType != RuleType.Bonus && l.RuleType != RuleType.Deduction);
        return (period.Id, unit.Id, unit.BlockId, assessment.Id, leaf.Id);
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, userName, DemoPassword);
        return client;
    }
}
