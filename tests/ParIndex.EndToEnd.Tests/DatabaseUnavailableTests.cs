using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using ParIndex.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>
/// G5: the database stops taking writes during a session (another process holds its write lock, as a long
/// maintenance job or a stuck tool would). The officer is told in Vietnamese that nothing was saved, the page keeps
/// working, nothing half-written reaches the database, and saving works again once the lock is gone.
/// </summary>
[Collection(OwnPortalCollection.Name)]
public sealed class DatabaseUnavailableTests : OwnPortalTest
{
    [Fact]
    public async Task DependencyDown_DegradesSafely_AndRecovers()
    {
        // Two seconds instead of thirty before a locked write gives up, so the test need not wait half a minute.
        await using var portal = await PortalProcess.StartAsync(Folder, new Dictionary<string, string> { ["Database__SqliteBusyTimeoutSeconds"] = "2" });
        var page = await Browser.NewPageAsync(portal.BaseAddress);
        await page.SignInAsync("canbo.vpubnd");
        await page.GotoAsync("/self-assessment");
        await page.WaitForInteractiveAsync();
        var (assessmentId, reportsNode) = await CriterionAsync(page, "A1.3");
        long audited12, audited13;

        await using (var holder = new SqliteConnection($"Data Source={PortalProcess.DatabasePath(Folder)};Pooling=False"))
        {
            await holder.OpenAsync();
            // The demo's other units saved these criteria through the same use case: count only what this test adds.
            audited12 = (await CountAsync(holder, "A1.2")).Audited;
            audited13 = (await CountAsync(holder, "A1.3")).Audited;
            await ExecuteAsync(holder, "BEGIN IMMEDIATE");

            var completion = Card(page, "A1.2");
            await completion.Locator(Input("A1.2-numerator")).FillAsync("45");
            await completion.Locator(Input("A1.2-denominator")).FillAsync("50");
            await Expect(completion.Locator(".save-failed")).ToContainTextAsync("Chưa lưu được");
            var api = await page.APIRequest.PutAsync($"/api/self-assessments/{assessmentId}/answers/{reportsNode}",
                new APIRequestContextOptions { DataObject = new { values = new { count = "3" }, explanation = (string?)null, concurrencyStamp = (Guid?)null } });
            Assert.Equal(503, api.Status);
            Assert.Contains("Cơ sở dữ liệu tạm thời không sẵn sàng", await api.TextAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain("SqliteException", await api.TextAsync(), StringComparison.Ordinal);

            // The circuit lives on: what was typed is still there, and another card still answers typing.
            await Expect(completion.Locator(Input("A1.2-numerator"))).ToHaveValueAsync("45");
            await Expect(completion.Locator(Input("A1.2-denominator"))).ToHaveValueAsync("50");
            await Card(page, "A1.1").Locator(Input("A1.1-explanation")).FillAsync("Kế hoạch số 12/KH-VP.");
            await Expect(Card(page, "A1.1").Locator(".save-failed")).ToContainTextAsync("Chưa lưu được");
            await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
            await page.SaveScreenshotAsync("database-unavailable-save-failed", fullPage: false);

            Assert.Equal((0L, audited12), await CountAsync(holder, "A1.2"));
            Assert.Equal((0L, audited13), await CountAsync(holder, "A1.3"));
            await ExecuteAsync(holder, "ROLLBACK");
        }

        var card = Card(page, "A1.2");
        await card.Locator(Input("A1.2-numerator")).FillAsync("46");
        await Expect(card.Locator(".saved-at")).ToBeVisibleAsync();
        var retried = await page.APIRequest.PutAsync($"/api/self-assessments/{assessmentId}/answers/{reportsNode}",
            new APIRequestContextOptions { DataObject = new { values = new { count = "3" }, explanation = (string?)null, concurrencyStamp = (Guid?)null } });
        Assert.Equal(200, retried.Status);
        await using var db = new SqliteConnection($"Data Source={PortalProcess.DatabasePath(Folder)};Pooling=False");
        await db.OpenAsync();
        var (answers, audited) = await CountAsync(db, "A1.2");
        Assert.Equal(1L, answers);
        Assert.True(audited >= audited12 + 1);
        Assert.Equal((1L, audited13 + 1), await CountAsync(db, "A1.3"));
        await using var inputs = db.CreateCommand();
        inputs.CommandText = Answer("r.Inputs", "A1.2");
        Assert.Equal("""{"numerator":46,"denominator":50}""", await inputs.ExecuteScalarAsync());
    }

    private static async Task<(string AssessmentId, string NodeId)> CriterionAsync(IPage page, string code)
    {
        var response = await page.APIRequest.GetAsync("/api/self-assessments/mine");
        using var view = JsonDocument.Parse(await response.TextAsync());
        var node = view.RootElement.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("criteria").EnumerateArray())
            .Single(c => c.GetProperty("code").GetString() == code).GetProperty("nodeId").GetString()!;
        return (view.RootElement.GetProperty("assessmentId").GetString()!, node);
    }

    /// <summary>The demo office's stored answers to one criterion, and the audit rows of saves of it.</summary>
    private static async Task<(long Answers, long Audited)> CountAsync(SqliteConnection db, string code)
    {
        await using var command = db.CreateCommand();
        command.CommandText = $"""
            SELECT (SELECT COUNT(*) FROM ({Answer("r.Id", code)})),
                   (SELECT COUNT(*) FROM AuditEntries WHERE Action = 'selfAssessment.answerSaved' AND NewValues LIKE '%"Code":"{code}"%')
            """;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static string Answer(string column, string code) => $"""
        SELECT {column} FROM CriterionResponses r
        JOIN Assessments a ON a.Id = r.AssessmentId
        JOIN Units u ON u.Id = a.UnitId
        JOIN FrameworkNodes n ON n.Id = r.NodeId
        JOIN EvaluationPeriods p ON p.Id = a.PeriodId
        WHERE u.Code = 'VPUBND' AND n.Code = '{code}' AND p.State = 'SelfAssessmentOpen'
        """;

    private static async Task ExecuteAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static ILocator Card(IPage page, string code) => page.Locator($"[data-code='{code}']");

    private static string Input(string field) =>
        $":is(input, textarea)[data-field='{field}'], [data-field='{field}'] :is(input, textarea)";
}
