using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParIndex.EndToEnd.Tests.Infrastructure;
using ParIndex.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>
/// One unit through both rounds: the inspector lowers a score (a reason is required), accepts another with one key and
/// asks for an explanation; the unit answers; round 2 restores the points; both rounds stay visible.
/// Runs on a portal of its own whose demo year starts in appraisal, after the other browser tests rather than beside
/// them, so two portals and their browsers never compete for the machine.
/// </summary>
[Collection(AppraisalPortal.Name)]
public sealed class AppraisalTests(AppraisalTests.OwnPortal fixture)
{
    [Fact]
    public async Task OneUnit_ThroughBothRounds_WithAnExplanationBetween()
    {
        var periodId = await fixture.CurrentPeriodIdAsync();
        var admin = await fixture.NewPageAsync();
        await admin.SignInAsync("admin");
        await admin.GotoAsync($"/periods/{periodId}/assignments");
        await admin.WaitForInteractiveAsync();
        await Expect(admin.Locator("#assignments")).ToContainTextAsync("Sở Tư pháp");
        await admin.SaveScreenshotAsync("appraisal-assignments");
        var staff = await fixture.NewPageAsync();
        await staff.SignInAsync("canbo.vpubnd");

        // Round 1.
        var inspector = await fixture.NewPageAsync();
        await inspector.SignInAsync("thamdinh");
        await inspector.GotoAsync("/appraisal");
        await inspector.WaitForInteractiveAsync();
        var queued = await inspector.Locator(".queue-unit").CountAsync();
        await inspector.Locator("#work-search").FillAsync("van phong ubnd");
        await Expect(inspector.Locator(".queue-unit")).ToHaveCountAsync(1);
        await Expect(inspector.Locator("#work-count")).ToContainTextAsync($"1/{queued}");
        Assert.Contains("q=van", inspector.Url, StringComparison.Ordinal);
        await inspector.SaveScreenshotAsync("appraisal-queue-search");
        await inspector.Locator(".queue-unit", new() { HasText = "Văn phòng UBND tỉnh" }).ClickAsync();
        await Expect(inspector.Locator("#appraisal-unit")).ToHaveTextAsync("Văn phòng UBND tỉnh");
        await inspector.WaitForInteractiveAsync();
        var completion = inspector.Locator("[id='appraise-A1.2']");
        await completion.Locator("[data-field='A1.2-score'] input, input[data-field='A1.2-score']").First.FillAsync("0");
        await completion.Locator(".save-score").ClickAsync();
        await Expect(completion).ToContainTextAsync("Cần ghi lý do");
        await completion.Locator("[data-field='A1.2-reason'] textarea, textarea[data-field='A1.2-reason']").First.FillAsync("Báo cáo quý IV chưa đính kèm.");
        await completion.Locator(".save-score").ClickAsync();
        await Expect(completion.Locator(".saved-at")).ToBeVisibleAsync();
        await Expect(completion.Locator(".round1 .round-score")).ToHaveTextAsync("0");

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
        await Expect(completion.Locator(".round1 .round-score")).ToHaveTextAsync("0");
        await Expect(completion.Locator(".decided-chip")).ToContainTextAsync("2 / 2");
        await Expect(inspector.Locator("[id='appraise-A1.8'] .decided-chip")).ToContainTextAsync("2,25 / 2,5");
        await inspector.SaveScreenshotAsync("appraisal-round2");

        // Nothing goes to the council on incomplete data without someone saying so: the survey was held for one unit
        // only (a waiver with its reason), and the criteria no inspector scored are accepted as self-scored, block by block.
        await admin.ReloadAsync();
        await admin.WaitForInteractiveAsync();
        await Expect(admin.Locator("#completeness-refusal")).ToContainTextAsync("thiếu kết quả khảo sát");
        await admin.SaveScreenshotAsync("completeness-before-council");
        await admin.Locator(".gap-survey .mud-expand-panel-header").ClickAsync();
        await admin.Locator("#waiver-reason").FillAsync("Khảo sát SIPAS năm nay chỉ thực hiện tại Văn phòng UBND tỉnh.");
        await admin.ClickAsync("#record-waiver");
        await Expect(admin.Locator(".waiver-line")).ToContainTextAsync("Miễn số liệu khảo sát: Khảo sát SIPAS năm nay");
        await admin.Locator(".gap-unappraised .mud-expand-panel-header").ClickAsync();
        for (var blocks = await admin.Locator(".accept-remaining-block").CountAsync(); blocks > 0; blocks--)
        {
            await admin.Locator(".accept-remaining-block").First.ClickAsync();
            await admin.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Chấp nhận", Exact = true }).ClickAsync();
            await Expect(admin.Locator(".accept-remaining-block")).ToHaveCountAsync(blocks - 1, new() { Timeout = 60_000 });
        }

        await Expect(admin.Locator("#completeness-refusal")).ToHaveCountAsync(0);
        await admin.SaveScreenshotAsync("completeness-resolved");

        // The council reviews the projected results and approves them with its decision.
        await admin.ClickAsync(".step-forward[data-target='CouncilReview']");
        await admin.ClickAsync("#step-confirm");
        // The step is saved when its button is gone; the council member looks only then.
        await Expect(admin.Locator(".step-forward[data-target='CouncilReview']")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
        var council = await fixture.NewPageAsync();
        await council.SignInAsync("hoidong");
        await council.GotoAsync("/");
        await council.WaitForInteractiveAsync();
        await council.Locator(".council-approve-link").ClickAsync();
        await council.WaitForURLAsync($"**/periods/{periodId}/workflow");
        await council.WaitForInteractiveAsync();
        await Expect(council.Locator("#projection")).ToContainTextAsync("Văn phòng UBND tỉnh");
        await council.ClickAsync("#approve");
        await council.Locator("#decision-number").FillAsync("15/QĐ-HĐTĐ");
        await council.Locator("#in-favour").FillAsync("4");
        await council.ClickAsync("#approve-confirm");
        await Expect(council.Locator(".mud-dialog")).ToContainTextAsync("quá nửa");
        await council.Locator("#in-favour").FillAsync("7");
        // The signed minutes go with the approval, chosen in the dialog itself, and are downloadable beside the decision.
        await ChoosePdfAsync(council, "minutes", "bien-ban-hop-hoi-dong.pdf");
        await council.ClickAsync("#approve-confirm");
        await Expect(council.Locator("#approval")).ToContainTextAsync("15/QĐ-HĐTĐ", new() { Timeout = 60_000 });
        await Expect(council.Locator("#signed-minutes-download")).ToHaveTextAsync("bien-ban-hop-hoi-dong.pdf");
        await council.SaveScreenshotAsync("council-approved");

        // The administrator publishes; anyone, signed in or not, reads the result and can verify it.
        await admin.ReloadAsync();
        await admin.WaitForInteractiveAsync();
        await admin.ClickAsync("#publish");
        await admin.Locator("#publish-number").FillAsync("120/QĐ-UBND");
        await admin.Locator("#publish-signer").FillAsync("Chủ tịch UBND tỉnh Nguyễn Văn A");
        await ChoosePdfAsync(admin, "decision", "quyet-dinh-cong-bo.pdf");
        await admin.ClickAsync("#publish-confirm");
        await Expect(admin.Locator("#published-info")).ToContainTextAsync("120/QĐ-UBND");
        await Expect(admin.Locator("#signed-decision-download")).ToHaveTextAsync("quyet-dinh-cong-bo.pdf");
        await admin.SaveScreenshotAsync("signed-documents-attached-in-dialogs");

        var citizen = await fixture.NewPageAsync();
        await citizen.GotoAsync("/public");
        // A static page (no circuit, served from the public cache): its search runs in the page's own script.
        var vpubnd = citizen.Locator(".public-unit", new() { HasText = "Văn phòng UBND tỉnh" }).First;
        await citizen.Locator("#public-search").FillAsync("không có đơn vị này");
        await Expect(vpubnd).ToBeHiddenAsync();
        await citizen.Locator("#public-search").FillAsync("van phong ubnd");
        await Expect(vpubnd).ToBeVisibleAsync();
        await Expect(citizen.Locator("#public-decision")).ToContainTextAsync("120/QĐ-UBND");
        await Expect(citizen.Locator(".public-table").First).ToContainTextAsync("Văn phòng UBND tỉnh");
        await citizen.SaveScreenshotAsync("public-results");
        await citizen.Locator(".public-unit", new() { HasText = "Văn phòng UBND tỉnh" }).First.ClickAsync();
        await Expect(citizen.Locator("#public-unit")).ToHaveTextAsync("Văn phòng UBND tỉnh");
        await Expect(citizen.Locator("#public-history")).ToContainTextAsync(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await citizen.SaveScreenshotAsync("public-unit");
        await citizen.GotoAsync("/public/verify");
        await Expect(citizen.Locator("#verify-result")).ToContainTextAsync("Toàn vẹn");
    }

    /// <summary>Chooses a signed PDF in the approval or publish dialog, through the browser's file chooser.</summary>
    private static async Task ChoosePdfAsync(IPage page, string kind, string name)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.ClickAsync($"#pick-{kind}-button"));
        await chooser.SetFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray(),
        });
        await Expect(page.Locator($"#pick-{kind}-name")).ToHaveTextAsync(name);
    }

    /// <summary>Chooses the file as a person does: the button opens the browser's file chooser.</summary>
    private static async Task ChooseAsync(IPage page, string name, string csv)
    {
        await Expect(page.Locator("#choose-file")).ToBeEnabledAsync();
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.ClickAsync("#choose-file"));
        await chooser.SetFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await Expect(page.Locator("#preview-title")).ToContainTextAsync(name);
    }

    /// <summary>A portal of its own whose demo year is already in round 1 of appraisal (<c>Demo:Stage=Appraisal</c>).</summary>
    public sealed class OwnPortal : IAsyncLifetime
    {
        public RunningPortal Portal { get; } = new(new Dictionary<string, string?> { ["Demo:Stage"] = "Appraisal" });

        private Browser _browser = default!;

        public async Task InitializeAsync()
        {
            _ = Portal.BaseAddress;
            _browser = await Browser.LaunchAsync();
        }

        public Task<IPage> NewPageAsync() => _browser.NewPageAsync(Portal.BaseAddress);

        public async Task<Guid> CurrentPeriodIdAsync()
        {
            await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContextAsync();
            return await db.Periods.OrderByDescending(p => p.Year).Select(p => p.Id).FirstAsync();
        }

        public async Task DisposeAsync()
        {
            await _browser.DisposeAsync();
            await Portal.DisposeAsync();
        }
    }
}

/// <summary>Runs alone: a second portal with its browsers beside the shared one makes timing-sensitive tests flaky.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AppraisalPortal : ICollectionFixture<AppraisalTests.OwnPortal>
{
    public const string Name = "Appraisal portal";
}
