using System.Text.Json;
using Microsoft.Playwright;
using ParIndex.Domain.Frameworks;
using ParIndex.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>
/// Issue 15: the leader fixes the last item blocking submission on the page; the checklist and the submit dialog follow
/// at once, without a reload.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SubmissionChecklistTests(PortalFixture fixture)
{
    [Fact]
    public async Task Leader_FixesTheLastBlockingItem_ChecklistAndSubmitFollowWithoutReload()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("lanhdao.syt");
        await SelfAssessmentTests.AnswerTheRestThroughTheApiAsync(page);
        var (domain, code) = await UnanswerOneYesNoThroughTheApiAsync(page);

        await page.GotoAsync($"/self-assessment?domain={Uri.EscapeDataString(domain)}");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#checklist")).ToContainTextAsync($"{code}: chưa nhập đủ số liệu.");

        var card = page.Locator($"[data-code='{code}']");
        await card.Locator($"[data-field='{code}-done']").GetByText("Có", new() { Exact = true }).ClickAsync();
        await Expect(card.Locator(".saved-at")).ToBeVisibleAsync();

        await Expect(page.Locator("#submission-panel")).Not.ToContainTextAsync($"{code}: chưa nhập đủ số liệu.");
        await page.ClickAsync("#submit-assessment");
        await Expect(page.Locator("#submit-blocked")).ToHaveCountAsync(0);
        await page.ClickAsync("#submit-confirm");
        await Expect(page.Locator("#submit-confirm-button")).ToBeEnabledAsync();
        await page.SaveScreenshotAsync("self-assessment-checklist-follows");
        await page.Keyboard.PressAsync("Escape");
    }

    /// <summary>Clears one yes/no criterion's answer (keeping its explanation), so exactly that item blocks submission.</summary>
    private static async Task<(string Domain, string Code)> UnanswerOneYesNoThroughTheApiAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/self-assessments/mine");
        using var view = JsonDocument.Parse(await response.TextAsync());
        var assessmentId = view.RootElement.GetProperty("assessmentId").GetString();
        var (domain, criterion) = view.RootElement.GetProperty("domains").EnumerateArray()
            .SelectMany(d => d.GetProperty("criteria").EnumerateArray().Select(c => (Domain: d.GetProperty("code").GetString()!, Criterion: c)))
            .First(x => x.Criterion.GetProperty("isUnitEntered").GetBoolean() && !x.Criterion.GetProperty("isNotApplicable").GetBoolean()
                && x.Criterion.GetProperty("ruleType").GetInt32() == (int)RuleType.YesNo);
        var body = new
        {
            values = new Dictionary<string, string>(),
            explanation = "Hồ sơ lưu tại Văn phòng.",
            concurrencyStamp = criterion.GetProperty("concurrencyStamp").GetString(),
        };
        var saved = await page.APIRequest.PutAsync($"/api/self-assessments/{assessmentId}/answers/{criterion.GetProperty("nodeId").GetString()}",
            new APIRequestContextOptions { DataObject = body });
        Assert.True(saved.Ok, await saved.TextAsync());
        return (domain, criterion.GetProperty("code").GetString()!);
    }
}
