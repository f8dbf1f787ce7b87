using System.Text.Json;
using Microsoft.Playwright;
using ParIndex.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>
/// Issue 18: a unit's leader withdraws the submitted self-assessment before the deadline with a reason, through a
/// confirmation dialog; the sheet is editable again and the history keeps both lines; the inspector is told.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class WithdrawSubmissionTests(PortalFixture fixture)
{
    [Fact]
    public async Task Leader_WithdrawsTheSubmission_HistoryShowsIt_AndTheInspectorSeesTheNotice()
    {
        var leader = await fixture.NewPageAsync();
        await leader.SignInAsync("lanhdao.plamson");
        await SubmitThroughTheApiAsync(leader);

        await leader.GotoAsync("/self-assessment");
        await leader.WaitForInteractiveAsync();
        await Expect(leader.Locator("#withdraw-submission")).ToBeVisibleAsync();
        await leader.ClickAsync("#withdraw-submission");
        await Expect(leader.Locator("#reopen-save")).ToBeDisabledAsync();
        await leader.Locator("#reopen-reason").FillAsync("Sửa số liệu tiêu chí về thủ tục hành chính");
        await leader.ClickAsync("#reopen-confirm");
        await leader.SaveScreenshotAsync("withdraw-submission-dialog");
        await leader.ClickAsync("#reopen-save");

        await Expect(leader.Locator("#submission-history")).ToContainTextAsync("Đơn vị rút lại");
        await Expect(leader.Locator("#submission-history")).ToContainTextAsync("Sửa số liệu tiêu chí về thủ tục hành chính");
        await Expect(leader.Locator("#submit-assessment")).ToBeVisibleAsync();
        await leader.SaveScreenshotAsync("withdraw-submission-history");

        var inspector = await fixture.NewPageAsync();
        await inspector.SignInAsync("thamdinh");
        await inspector.GotoAsync("/notices");
        await inspector.WaitForInteractiveAsync();
        await Expect(inspector.Locator("#notices-list")).ToContainTextAsync("Phường Lam Sơn đã rút bản tự đánh giá");
        await inspector.SaveScreenshotAsync("notices-inspector");
    }

    private static async Task SubmitThroughTheApiAsync(IPage page)
    {
        // The demo's Phường Lam Sơn may have submitted already; otherwise its leader completes and submits it now.
        using var before = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/self-assessments/mine")).TextAsync());
        if (before.RootElement.GetProperty("state").ToString() is "3" or "Submitted")
        {
            return;
        }

        await SelfAssessmentTests.AnswerTheRestThroughTheApiAsync(page);
        using var view = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/self-assessments/mine")).TextAsync());
        var submitted = await page.APIRequest.PostAsync($"/api/self-assessments/{view.RootElement.GetProperty("assessmentId").GetString()}/submission",
            new APIRequestContextOptions { DataObject = new { concurrencyStamp = view.RootElement.GetProperty("concurrencyStamp").GetString() } });
        Assert.True(submitted.Ok, await submitted.TextAsync());
    }
}
