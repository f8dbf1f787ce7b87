using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using ParIndex.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>
/// D9: the server process is killed (no graceful stop) while an officer fills in the self-assessment. Whatever the
/// page showed as saved is in the database and shown again after a restart on the same file; what was typed but
/// still marked unsaved is not there, not even in part.
/// </summary>
[Collection(OwnPortalCollection.Name)]
public sealed class ServerKillTests : OwnPortalTest
{
    private const string Unsaved = "Nội dung gõ ngay trước khi máy chủ tắt, chưa kịp lưu.";

    [Fact]
    public async Task Draft_AutosaveSurvivesServerKill()
    {
        await using (var first = await PortalProcess.StartAsync(Folder))
        {
            var page = await Browser.NewPageAsync(first.BaseAddress);
            await page.SignInAsync("canbo.vpubnd");
            await page.GotoAsync("/self-assessment");
            await page.WaitForInteractiveAsync();

            var completion = Card(page, "A1.2");
            await completion.Locator(Input("A1.2-numerator")).FillAsync("45");
            await completion.Locator(Input("A1.2-denominator")).FillAsync("50");
            await Expect(completion.Locator(".points-chip")).ToContainTextAsync("1 / 2");
            await Expect(completion.Locator(".saved-at")).ToBeVisibleAsync();
            var reports = Card(page, "A1.3");
            await reports.Locator(Input("A1.3-count")).FillAsync("3");
            await Expect(reports.Locator(".points-chip")).ToContainTextAsync("0,5 / 1");
            await Expect(reports.Locator(".saved-at")).ToBeVisibleAsync();

            // Typed, and the page says so, but the autosave's quiet second has not passed when the server dies.
            var communication = Card(page, "A1.6");
            await communication.Locator(Input("A1.6-explanation")).FillAsync(Unsaved);
            await Expect(communication.Locator(".unsaved")).ToBeVisibleAsync();
            await first.KillAsync();
        }

        SqliteConnection.ClearAllPools();
        await using (var db = new SqliteConnection($"Data Source={PortalProcess.DatabasePath(Folder)}"))
        {
            await db.OpenAsync();
            Assert.Equal("ok", await ScalarAsync(db, "PRAGMA integrity_check"));
            Assert.Equal("""{"numerator":45,"denominator":50}""", await AnswerAsync(db, "A1.2", "Inputs"));
            Assert.Equal("""{"count":3}""", await AnswerAsync(db, "A1.3", "Inputs"));
            Assert.Null(await AnswerAsync(db, "A1.6", "Explanation"));
        }

        SqliteConnection.ClearAllPools();
        await using var second = await PortalProcess.StartAsync(Folder);
        var again = await Browser.NewPageAsync(second.BaseAddress);
        await again.SignInAsync("canbo.vpubnd");
        await again.GotoAsync("/self-assessment");
        await again.WaitForInteractiveAsync();
        await Expect(Card(again, "A1.2").Locator(Input("A1.2-numerator"))).ToHaveValueAsync("45");
        await Expect(Card(again, "A1.2").Locator(Input("A1.2-denominator"))).ToHaveValueAsync("50");
        await Expect(Card(again, "A1.2").Locator(".saved-at")).ToBeVisibleAsync();
        await Expect(Card(again, "A1.3").Locator(Input("A1.3-count"))).ToHaveValueAsync("3");
        await Expect(Card(again, "A1.6").Locator(Input("A1.6-explanation"))).ToHaveValueAsync(string.Empty);
        await again.SaveScreenshotAsync("server-kill-restarted", fullPage: false);
    }

    /// <summary>A column of the demo office's answer to one criterion in the year open for self-assessment.</summary>
    private static async Task<string?> AnswerAsync(SqliteConnection db, string code, string column)
    {
        var value = await ScalarAsync(db, $"""
            SELECT r.{column} FROM CriterionResponses r
            JOIN Assessments a ON a.Id = r.AssessmentId
            JOIN Units u ON u.Id = a.UnitId
            JOIN FrameworkNodes n ON n.Id = r.NodeId
            JOIN EvaluationPeriods p ON p.Id = a.PeriodId
            WHERE u.Code = 'VPUBND' AND n.Code = '{code}' AND p.State = 'SelfAssessmentOpen'
            """);
        return value;
    }

    private static async Task<string?> ScalarAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync() is { } value and not DBNull ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static ILocator Card(IPage page, string code) => page.Locator($"[data-code='{code}']");

    private static string Input(string field) =>
        $":is(input, textarea)[data-field='{field}'], [data-field='{field}'] :is(input, textarea)";
}
