using System.Text.Json;
using Microsoft.Playwright;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>
/// Staff of the provincial People's Committee office fill in criteria of several kinds and see their points at once;
/// what they saw saved survives a reload; their leader submits and the self-assessment becomes read-only.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SelfAssessmentTests(PortalFixture fixture)
{
    [Fact]
    public async Task Staff_FillCriteriaOfEachKind_SeeTheirPoints_AndTheLeaderSubmits()
    {
        var staff = await fixture.NewPageAsync();
        await staff.SignInAsync("canbo.vpubnd");
        await staff.ClickAsync("#open-self-assessment");
        await Expect(staff.Locator("#sa-unit")).ToHaveTextAsync("Văn phòng UBND tỉnh");
        await Expect(staff.Locator("#sa-answered")).ToContainTextAsync("0 /");

        var plan = Card(staff, "A1.1");
        await plan.Locator("[data-field='A1.1-done']").GetByText("Có", new() { Exact = true }).ClickAsync();
        await plan.Locator("[data-field='A1.1-onTime']").GetByText("Có", new() { Exact = true }).ClickAsync();
        await Expect(plan.Locator(".saved-at")).ToBeVisibleAsync();
        await Expect(plan.Locator(".points-chip")).ToContainTextAsync("1 / 1");

        var completion = Card(staff, "A1.2");
        await completion.Locator(Input("A1.2-numerator")).FillAsync("45");
        await completion.Locator(Input("A1.2-denominator")).FillAsync("50");
        await Expect(completion.Locator(".points-chip")).ToContainTextAsync("1 / 2");
        await Expect(completion.Locator(".outcome")).ToContainTextAsync("90,00%");

        var reports = Card(staff, "A1.3");
        await reports.Locator(Input("A1.3-count")).FillAsync("5");
        await Expect(reports).ToContainTextAsync("không vượt quá 4");
        await reports.Locator(Input("A1.3-count")).FillAsync("3");
        await Expect(reports.Locator(".points-chip")).ToContainTextAsync("0,5 / 1");

        var communication = Card(staff, "A1.6");
        await communication.Locator("[data-field='A1.6-level']").GetByText("Thực hiện một phần").ClickAsync();
        await communication.Locator(Input("A1.6-explanation")).FillAsync("Mới thực hiện 6/10 nội dung tuyên truyền do thiếu kinh phí.");
        await Expect(communication.Locator(".points-chip")).ToContainTextAsync("0,5 / 1");
        await Expect(communication.Locator(".saved-at")).ToBeVisibleAsync();
        await Expect(staff.Locator("#sa-answered")).ToContainTextAsync("4 /");
        await staff.SaveScreenshotAsync("self-assessment-staff");

        await staff.ReloadAsync();
        await staff.WaitForInteractiveAsync();
        await Expect(Card(staff, "A1.2").Locator(Input("A1.2-numerator"))).ToHaveValueAsync("45");
        await Expect(Card(staff, "A1.6").Locator(Input("A1.6-explanation"))).ToHaveValueAsync("Mới thực hiện 6/10 nội dung tuyên truyền do thiếu kinh phí.");

        await staff.ClickAsync("#filter-not-answered");
        await Expect(Card(staff, "A1.2")).ToHaveCountAsync(0);
        await AnswerTheRestThroughTheApiAsync(staff);

        var leader = await fixture.NewPageAsync();
        await leader.SignInAsync("lanhdao.vpubnd");
        await leader.GotoAsync("/self-assessment");
        await leader.WaitForInteractiveAsync();
        await leader.ClickAsync("#submit-assessment");
        await leader.ClickAsync("#submit-confirm");
        await leader.SaveScreenshotAsync("self-assessment-submit-dialog");
        await leader.ClickAsync("#submit-confirm-button");

        await Expect(leader.Locator("#sa-readonly")).ToBeVisibleAsync();
        await Expect(leader.Locator("#sa-submitted")).ToBeVisibleAsync();
        await Expect(leader.Locator("#submit-assessment")).ToHaveCountAsync(0);
        await Expect(Card(leader, "A1.2").Locator(Input("A1.2-numerator"))).ToHaveAttributeAsync("readonly", string.Empty);
        await leader.SaveScreenshotAsync("self-assessment-submitted");
    }

    private static ILocator Card(IPage page, string code) => page.Locator($"[data-code='{code}']");

    /// <summary>A text box of the entry form, whichever element carries its data-field mark.</summary>
    private static string Input(string field) =>
        $":is(input, textarea)[data-field='{field}'], [data-field='{field}'] :is(input, textarea)";

    /// <summary>The criteria the test does not type in are answered as an API client would, with the staff's own session.</summary>
    private static async Task AnswerTheRestThroughTheApiAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/self-assessments/mine");
        Assert.Equal(200, response.Status);
        using var view = JsonDocument.Parse(await response.TextAsync());
        var assessmentId = view.RootElement.GetProperty("assessmentId").GetString();
        foreach (var criterion in view.RootElement.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("criteria").EnumerateArray()))
        {
            if (!criterion.GetProperty("isUnitEntered").GetBoolean() || criterion.GetProperty("isAnswered").GetBoolean()
                || criterion.GetProperty("ruleType").GetInt32() == (int)RuleType.Bonus)
            {
                continue;
            }

            var values = new Dictionary<string, string>();
            foreach (var field in criterion.GetProperty("fields").EnumerateArray())
            {
                var name = field.GetProperty("name").GetString()!;
                values[name] = (InputKind)field.GetProperty("kind").GetInt32() switch
                {
                    InputKind.YesNo => "true",
                    InputKind.Rate => "100",
                    InputKind.Choice => field.GetProperty("options")[0].GetString()!,
                    _ => "1",
                };
            }

            var body = new { values, explanation = "Hồ sơ lưu tại Văn phòng.", concurrencyStamp = criterion.GetProperty("concurrencyStamp").GetString() };
            var saved = await page.APIRequest.PutAsync($"/api/self-assessments/{assessmentId}/answers/{criterion.GetProperty("nodeId").GetString()}",
                new APIRequestContextOptions { DataObject = body });
            Assert.True(saved.Ok, $"{criterion.GetProperty("code").GetString()}: {saved.Status} {await saved.TextAsync()}");
        }
    }
}
