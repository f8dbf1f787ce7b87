using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParIndex.Domain.Periods;
using ParIndex.EndToEnd.Tests.Infrastructure;
using ParIndex.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>
/// One unit through both rounds: the inspector lowers a score (a reason is required), accepts another with one key and
/// asks for an explanation; the unit answers; round 2 restores the points; both rounds stay visible.
/// Runs on a portal of its own, because it moves the demo period past self-assessment.
/// </summary>
public sealed class AppraisalTests(AppraisalTests.OwnPortal fixture) : IClassFixture<AppraisalTests.OwnPortal>
{
    [Fact]
    public async Task OneUnit_ThroughBothRounds_WithAnExplanationBetween()
    {
        var staff = await fixture.NewPageAsync();
        await staff.SignInAsync("canbo.vpubnd");
        await SelfAssessmentTests.AnswerTheRestThroughTheApiAsync(staff);
        var leader = await fixture.NewPageAsync();
        await leader.SignInAsync("lanhdao.vpubnd");
        using (var mine = JsonDocument.Parse(await (await leader.APIRequest.GetAsync("/api/self-assessments/mine")).TextAsync()))
        {
            var submitted = await leader.APIRequest.PostAsync($"/api/self-assessments/{mine.RootElement.GetProperty("assessmentId").GetString()}/submission",
                new APIRequestContextOptions { DataObject = new { concurrencyStamp = mine.RootElement.GetProperty("concurrencyStamp").GetString() } });
            Assert.True(submitted.Ok, await submitted.TextAsync());
        }

        var periodId = await fixture.StartAppraisalAsync();
        var admin = await fixture.NewPageAsync();
        await admin.SignInAsync("admin");
        var unitId = await fixture.UnitIdAsync("Văn phòng UBND tỉnh");
        var inspectorId = await fixture.UserIdAsync("thamdinh");
        var assigned = await admin.APIRequest.PostAsync($"/api/periods/{periodId}/assignments",
            new APIRequestContextOptions { DataObject = new { inspectorUserId = inspectorId, unitId } });
        Assert.Equal(201, assigned.Status);

        // Round 1.
        var inspector = await fixture.NewPageAsync();
        await inspector.SignInAsync("thamdinh");
        await inspector.GotoAsync("/appraisal");
        await inspector.WaitForInteractiveAsync();
        await inspector.Locator(".queue-unit", new() { HasText = "Văn phòng UBND tỉnh" }).ClickAsync();
        await Expect(inspector.Locator("#appraisal-unit")).ToHaveTextAsync("Văn phòng UBND tỉnh");
        await inspector.WaitForInteractiveAsync();
        var completion = inspector.Locator("[id='appraise-A1.2']");
        await completion.Locator("[data-field='A1.2-score'] input, input[data-field='A1.2-score']").First.FillAsync("1");
        await completion.Locator(".save-score").ClickAsync();
        await Expect(completion).ToContainTextAsync("Cần ghi lý do");
        await completion.Locator("[data-field='A1.2-reason'] textarea, textarea[data-field='A1.2-reason']").First.FillAsync("Báo cáo quý IV chưa đính kèm.");
        await completion.Locator(".save-score").ClickAsync();
        await Expect(completion.Locator(".saved-at")).ToBeVisibleAsync();
        await Expect(completion.Locator(".round1 .round-score")).ToHaveTextAsync("1");

        var plan = inspector.Locator("[id='appraise-A1.1']");
        await plan.FocusAsync();
        await inspector.Keyboard.PressAsync("a");
        await Expect(plan.Locator(".saved-at")).ToBeVisibleAsync();

        await completion.Locator(".open-question").ClickAsync();
        await completion.Locator("[data-field='A1.2-question'] textarea, textarea[data-field='A1.2-question']").First.FillAsync("Đề nghị bổ sung báo cáo quý IV.");
        await completion.Locator(".ask-button").ClickAsync();
        await Expect(completion.Locator(".question, [data-field='A1.2-question']").First).ToBeVisibleAsync();
        await inspector.SaveScreenshotAsync("appraisal-round1");

        // The survey team's file: a row with an unknown unit is shown and blocks saving; the corrected file is saved.
        await admin.GotoAsync($"/periods/{periodId}/data");
        await admin.WaitForInteractiveAsync();
        await ChooseAsync(admin, "khao-sat.csv", "Mã đơn vị;Mã tiêu chí;Tỷ lệ\nVPUBND;A1.8;90\nKHONGCO;A1.8;80\n");
        await Expect(admin.Locator("#preview-table")).ToContainTextAsync("KHONGCO");
        await Expect(admin.Locator(".row-problem-text")).ToHaveCountAsync(1);
        await Expect(admin.Locator("#save-import")).ToBeDisabledAsync();
        await ChooseAsync(admin, "khao-sat.csv", "Mã đơn vị;Mã tiêu chí;Tỷ lệ\nVPUBND;A1.8;90\n");
        await Expect(admin.Locator(".row-problem-text")).ToHaveCountAsync(0);
        await admin.ClickAsync("#save-import");
        await admin.SaveScreenshotAsync("survey-import-confirm");
        await admin.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả" }).ClickAsync();
        await Expect(admin.Locator("#import-history")).ToContainTextAsync("khao-sat.csv");
        await admin.SaveScreenshotAsync("survey-imported");

        // The explanation round opens; the unit answers.
        await admin.GotoAsync($"/periods/{periodId}/workflow");
        await admin.WaitForInteractiveAsync();
        await admin.ClickAsync(".step-forward[data-target='ExplanationOpen']");
        await admin.SaveScreenshotAsync("workflow-open-explanation");
        await admin.ClickAsync("#step-confirm");
        await Expect(admin.Locator(".current-step")).ToContainTextAsync("giải trình");

        await staff.GotoAsync("/explanation");
        await staff.WaitForInteractiveAsync();
        var asked = staff.Locator("[id='appraise-A1.2']");
        await Expect(asked.Locator(".question")).ToContainTextAsync("Đề nghị bổ sung báo cáo quý IV.");
        await Expect(staff.Locator(".round1")).ToHaveCountAsync(0);
        await asked.Locator("[data-field='A1.2-answer'] textarea, textarea[data-field='A1.2-answer']").First.FillAsync("Đã bổ sung báo cáo số 45/BC-VP ngày 28/12.");
        await asked.Locator(".answer-button").ClickAsync();
        await Expect(asked.Locator(".saved-at")).ToBeVisibleAsync();
        await staff.SaveScreenshotAsync("explanation-answered");

        // Round 2.
        await admin.ReloadAsync();
        await admin.WaitForInteractiveAsync();
        await admin.ClickAsync(".step-forward[data-target='ExplanationClosed']");
        await admin.ClickAsync("#step-confirm");
        await Expect(admin.Locator(".step-forward[data-target='AppraisalRound2']")).ToBeVisibleAsync();
        await admin.ClickAsync(".step-forward[data-target='AppraisalRound2']");
        await admin.ClickAsync("#step-confirm");
        await Expect(admin.Locator(".current-step")).ToContainTextAsync("vòng 2");

        await inspector.ReloadAsync();
        await inspector.WaitForInteractiveAsync();
        completion = inspector.Locator("[id='appraise-A1.2']");
        await Expect(completion.Locator(".answer")).ToContainTextAsync("45/BC-VP");
        await completion.Locator("[data-field='A1.2-score'] input, input[data-field='A1.2-score']").First.FillAsync("2");
        await completion.Locator(".save-score").ClickAsync();
        await Expect(completion.Locator(".round2 .round-score")).ToHaveTextAsync("2");
        await Expect(completion.Locator(".round1 .round-score")).ToHaveTextAsync("1");
        await Expect(completion.Locator(".decided-chip")).ToContainTextAsync("2 / 2");
        await Expect(inspector.Locator("[id='appraise-A1.8'] .decided-chip")).ToContainTextAsync("2,25 / 2,5");
        await inspector.SaveScreenshotAsync("appraisal-round2");
    }

    private static async Task ChooseAsync(IPage page, string name, string csv)
    {
        await page.Locator("input[type=file]").First.SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
        });
        await Expect(page.Locator("#preview-title")).ToContainTextAsync(name);
    }

    /// <summary>A portal of its own, with a way to move its demo period to appraisal as the calendar would.</summary>
    public sealed class OwnPortal : IAsyncLifetime
    {
        public RunningPortal Portal { get; } = new();

        private Browser _browser = default!;

        public async Task InitializeAsync()
        {
            _ = Portal.BaseAddress;
            _browser = await Browser.LaunchAsync();
        }

        public Task<IPage> NewPageAsync() => _browser.NewPageAsync(Portal.BaseAddress);

        /// <summary>The demo deadline is weeks away; the test stands in for the calendar and the closing job.</summary>
        public async Task<Guid> StartAppraisalAsync()
        {
            await using var db = await Db();
            var period = await db.Periods.SingleAsync(p => p.State == PeriodState.SelfAssessmentOpen);
            period.MoveTo(PeriodState.SelfAssessmentClosed, DateTime.UtcNow);
            period.MoveTo(PeriodState.AppraisalRound1, DateTime.UtcNow);
            foreach (var assessment in await db.Assessments.Where(a => a.PeriodId == period.Id).ToListAsync())
            {
                assessment.BeginAppraisal();
            }

            await db.SaveChangesAsync();
            return period.Id;
        }

        public async Task<Guid> UnitIdAsync(string name)
        {
            await using var db = await Db();
            return await db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync();
        }

        public async Task<Guid> UserIdAsync(string userName)
        {
            await using var db = await Db();
            return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        }

        public async Task DisposeAsync()
        {
            await _browser.DisposeAsync();
            await Portal.DisposeAsync();
        }

        private Task<ParIndexDbContext> Db() => Portal.Services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContextAsync();
    }
}
