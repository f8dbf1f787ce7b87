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

        await plan.Locator("[data-upload='A1.1'] input[type=file]").Last.SetInputFilesAsync(new FilePayload
        {
            Name = "Kế hoạch CCHC 2026.pdf",
            MimeType = "application/pdf",
            Buffer = MinimalPdf(),
        });
        await Expect(plan.Locator(".evidence-item")).ToContainTextAsync("Kế hoạch CCHC 2026.pdf");
        await plan.Locator("[data-upload='A1.1'] input[type=file]").Last.SetInputFilesAsync(new FilePayload
        {
            Name = "virus.pdf",
            MimeType = "application/pdf",
            Buffer = "MZ\u0090\u0000 not a pdf"u8.ToArray(),
        });
        await Expect(staff.Locator(".mud-snackbar", new() { HasText = "virus.pdf" })).ToContainTextAsync("không khớp");
        await completion.Locator(".add-document").ClickAsync();
        await staff.FillAsync("#document-number", "45/BC-VP");
        await staff.Locator("#document-date").FillAsync("15/11/2026");
        await staff.FillAsync("#document-issuer", "Văn phòng UBND tỉnh");
        await staff.FillAsync("#document-title", "Báo cáo kết quả thực hiện kế hoạch CCHC năm 2026");
        await staff.ClickAsync("#document-save");
        await Expect(completion.Locator(".evidence-item")).ToContainTextAsync("45/BC-VP");
        await reports.Locator(".attach-existing").ClickAsync();
        await staff.Locator("#attach-last button").First.ClickAsync();
        await Expect(reports.Locator(".evidence-item")).ToContainTextAsync("/BC-VPUBND");
        await staff.SaveScreenshotAsync("self-assessment-staff");
        await staff.SaveScreenshotAsync("self-assessment-staff-top", fullPage: false);

        await staff.ReloadAsync();
        await staff.WaitForInteractiveAsync();
        await Expect(Card(staff, "A1.2").Locator(Input("A1.2-numerator"))).ToHaveValueAsync("45");
        await Expect(Card(staff, "A1.6").Locator(Input("A1.6-explanation"))).ToHaveValueAsync("Mới thực hiện 6/10 nội dung tuyên truyền do thiếu kinh phí.");

        await staff.ClickAsync("#one-at-a-time");
        await Expect(staff.Locator(".criterion-card")).ToHaveCountAsync(1);
        await Expect(Card(staff, "A1.1")).ToBeVisibleAsync();
        await staff.ClickAsync("#next-criterion");
        await Expect(Card(staff, "A1.2")).ToBeVisibleAsync();
        await Expect(staff.Locator("#criterion-position")).ToContainTextAsync("Tiêu chí 2/");
        await staff.ClickAsync("#one-at-a-time");

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

    [Fact]
    public async Task Inspector_FollowsProgress_AndExtendsOneUnitsDeadlineWithAReason()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("thamdinh");
        await page.ClickAsync("a[href='/self-assessments']");
        await Expect(page.Locator("#self-assessment-list")).ToContainTextAsync("Phường Lam Sơn");
        await Expect(page.Locator("#submitted-count")).ToContainTextAsync("đã gửi");
        await page.SaveScreenshotAsync("self-assessment-progress", fullPage: false);

        await page.Locator("#self-assessment-list a", new() { HasText = "Sở Xây dựng" }).ClickAsync();
        await Expect(page.Locator("#sa-unit")).ToHaveTextAsync("Sở Xây dựng");
        await Expect(page.Locator("#sa-readonly")).ToBeVisibleAsync();
        await page.ClickAsync("#sa-extend");
        await page.FillAsync("#extend-reason", "Đơn vị bị ảnh hưởng bởi mưa lũ, mất điện nhiều ngày.");
        await page.ClickAsync("#extend-save");

        await Expect(page.Locator("text=đã gia hạn (Đơn vị bị ảnh hưởng bởi mưa lũ, mất điện nhiều ngày.)")).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("self-assessment-extended", fullPage: false);
    }

    [Fact]
    public async Task Staff_BrowsingToAnotherUnitsSelfAssessment_AreRefusedAndSeeNoneOfIt()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("canbo.vpubnd");
        var mine = await page.APIRequest.GetAsync("/api/self-assessments/mine");
        using var view = JsonDocument.Parse(await mine.TextAsync());
        var periodId = view.RootElement.GetProperty("periodId").GetString();
        await page.ClickAsync("a[href='/results']");
        var health = await page.Locator("#ranking a", new() { HasText = "Sở Y tế" }).GetAttributeAsync("href");
        var healthUnit = health!.Split('/')[^1];

        await page.GotoAsync($"/self-assessment/{periodId}/units/{healthUnit}");

        // Refused while the page is first rendered on the server (the portal's 403 page) or, after navigation, in the circuit.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Không có quyền truy cập" })).ToBeVisibleAsync();
        await Expect(page.Locator("body")).Not.ToContainTextAsync("Sở Y tế");
        await Expect(page.Locator(".criterion-card")).ToHaveCountAsync(0);
        var api = await page.APIRequest.GetAsync($"/api/periods/{periodId}/units/{healthUnit}/self-assessment");
        Assert.Equal(403, api.Status);
    }

    private static byte[] MinimalPdf() =>
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();

    private static ILocator Card(IPage page, string code) => page.Locator($"[data-code='{code}']");

    /// <summary>A text box of the entry form, whichever element carries its data-field mark.</summary>
    private static string Input(string field) =>
        $":is(input, textarea)[data-field='{field}'], [data-field='{field}'] :is(input, textarea)";

    /// <summary>The criteria the test does not type in are answered as an API client would, with the staff's own session.</summary>
    internal static async Task AnswerTheRestThroughTheApiAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/self-assessments/mine");
        Assert.Equal(200, response.Status);
        using var view = JsonDocument.Parse(await response.TextAsync());
        var assessmentId = view.RootElement.GetProperty("assessmentId").GetString();
        foreach (var criterion in view.RootElement.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("criteria").EnumerateArray()))
        {
            var answered = criterion.GetProperty("isAnswered").GetBoolean();
            var unexplained = criterion.GetProperty("isMissingEvidence").GetBoolean() && criterion.GetProperty("explanation").ValueKind == JsonValueKind.Null;
            if (!criterion.GetProperty("isUnitEntered").GetBoolean() || (answered && !unexplained)
                || criterion.GetProperty("ruleType").GetInt32() == (int)RuleType.Bonus)
            {
                continue;
            }

            var values = answered
                ? criterion.GetProperty("values").EnumerateObject().ToDictionary(v => v.Name, v => v.Value.GetString()!)
                : [];
            foreach (var field in answered ? [] : criterion.GetProperty("fields").EnumerateArray())
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
