using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParIndex.Domain.Frameworks;
using ParIndex.EndToEnd.Tests.Infrastructure;
using ParIndex.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>
/// The inspector types scores the Vietnamese way. Before, the score box read "0,75" as 75 and clamped it to the
/// maximum, and "5" on a 1-point criterion was saved as 1; now "0,75", "1,25" and "0,5" are saved as those numbers and
/// "5" is refused with the limit, read back from the page after a reload and from the database.
/// </summary>
[Collection(AppraisalNumbersPortal.Name)]
public sealed class AppraisalNumberTests(AppraisalNumberTests.OwnPortal fixture)
{
    private const string UnitName = "Văn phòng UBND tỉnh";

    [Fact]
    public async Task InspectorTypesDecimalCommas_ScoresAreSavedAsTyped_AndOutOfRangeIsRefusedWithTheLimit()
    {
        var (periodId, unitId, leaves) = await fixture.LeavesAsync();
        var (threeQuarters, oneAndAQuarter, half, tooMuch) = (leaves[0], leaves[1], leaves[2], leaves[3]);
        var inspector = await fixture.NewPageAsync();
        await inspector.SignInAsync("thamdinh");
        await inspector.GotoAsync($"/appraisal/{periodId}/units/{unitId}");
        await inspector.WaitForInteractiveAsync();
        await Expect(inspector.Locator("#appraisal-unit")).ToHaveTextAsync(UnitName);

        await ScoreAsync(inspector, threeQuarters, "0,75");
        await ScoreAsync(inspector, oneAndAQuarter, "1,25");
        await ScoreAsync(inspector, half, "0,5");

        await OpenDomainAsync(inspector, tooMuch);
        var refused = Row(inspector, tooMuch.Code);
        await ScoreBox(refused, tooMuch.Code).FillAsync("5");
        await refused.Locator(".save-score").ClickAsync();
        var limit = tooMuch.MaxPoints.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"));
        await Expect(refused).ToContainTextAsync($"Nhập số từ 0 đến {limit}.");
        await Expect(refused.Locator(".saved-at")).ToHaveCountAsync(0);
        await refused.ScrollIntoViewIfNeededAsync();
        await inspector.SaveScreenshotAsync("appraisal-score-out-of-range", fullPage: false);

        await inspector.ReloadAsync();
        await inspector.WaitForInteractiveAsync();
        foreach (var (leaf, shown) in new[] { (threeQuarters, "0,75"), (oneAndAQuarter, "1,25"), (half, "0,5") })
        {
            await OpenDomainAsync(inspector, leaf);
            await Expect(Row(inspector, leaf.Code).Locator(".round1 .round-score")).ToHaveTextAsync(shown);
            await Expect(ScoreBox(Row(inspector, leaf.Code), leaf.Code)).ToHaveValueAsync(shown);
        }

        await OpenDomainAsync(inspector, tooMuch);
        await Expect(Row(inspector, tooMuch.Code).Locator(".round1 .round-score")).Not.ToHaveTextAsync(new Regex(@"^\d"));

        var saved = await fixture.Round1ScoresAsync(periodId, unitId);
        Assert.Equal(0.75m, saved[threeQuarters.Id]);
        Assert.Equal(1.25m, saved[oneAndAQuarter.Id]);
        Assert.Equal(0.5m, saved[half.Id]);
        Assert.Null(saved.GetValueOrDefault(tooMuch.Id));
    }

    [Fact]
    public async Task AdministratorTypesDecimalCommas_InMaxPointsAndBandThresholds_AndTheyAreReadAsTyped()
    {
        var year = await fixture.CurrentYearAsync();
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("admin");

        // Max points: 60,25 + 0,25 of a 60,5-point domain only adds up if every comma was read as a decimal mark.
        await page.ClickAsync("a[href='/frameworks']");
        await page.ClickAsync("#create-framework");
        var created = page.GetByRole(AriaRole.Dialog);
        await created.Locator("#framework-code").FillAsync("SO-TP-2099");
        await created.Locator("#framework-name-input").FillAsync("Bộ chỉ số thử số thập phân");
        await created.Locator("#framework-basis").FillAsync("Thử nhập số");
        await created.Locator("#save-framework").ClickAsync();
        await Expect(page.Locator("#framework-name")).ToHaveTextAsync("Bộ chỉ số thử số thập phân");
        await page.WaitForInteractiveAsync();
        await AddNodeAsync(page, "#add-domain", "L1", "Công tác chỉ đạo, điều hành CCHC", "60,5");
        await page.ClickAsync("#framework-tree tr[data-code='L1']");
        await AddNodeAsync(page, "#add-child", "L1.1", "Kế hoạch CCHC năm ban hành đúng hạn", "60,25");
        await Expect(page.Locator("#framework-issues")).ToContainTextAsync("L1: tổng điểm các mục con là 60,25, khác điểm tối đa 60,50.");
        await page.ClickAsync("#framework-tree tr[data-code='L1']");
        await AddNodeAsync(page, "#add-child", "L1.2", "Báo cáo CCHC định kỳ đúng hạn", "0,25");
        await Expect(page.Locator("#framework-issues")).ToContainTextAsync("Có 0 lỗi");
        await Expect(page.Locator("#framework-issues")).ToContainTextAsync("Tổng điểm các lĩnh vực là 60,50");

        await page.ClickAsync("#framework-tree tr[data-code='L1']");
        await page.ClickAsync("#add-child");
        var tooMany = page.GetByRole(AriaRole.Dialog);
        await tooMany.Locator("#node-code").FillAsync("L1.3");
        await tooMany.Locator("#node-title").FillAsync("Quá 100 điểm");
        await tooMany.Locator("#node-max").FillAsync("100,5");
        await tooMany.Locator("#save-node").ClickAsync();
        await Expect(tooMany).ToContainTextAsync("Nhập số từ 0 đến 100.");
        await page.SaveScreenshotAsync("framework-max-out-of-range", fullPage: false);
        await tooMany.Locator("#node-max").FillAsync("1,2,5");
        await tooMany.Locator("#save-node").ClickAsync();
        await Expect(tooMany).ToContainTextAsync("Không đọc được số này. Phần thập phân dùng dấu phẩy, ví dụ 0,75.");
        await Expect(page.Locator("#framework-tree tr[data-code='L1.3']")).ToHaveCountAsync(0);

        // Band thresholds: "82,5" is eighty-two and a half, shown back the same way.
        await page.GotoAsync("/admin/periods");
        await page.WaitForInteractiveAsync();
        var communes = page.Locator($"[data-year='{year}']").Locator("tr[data-block='UBND xã, phường']");
        await communes.Locator(".edit-bands").ClickAsync();
        var bands = page.GetByRole(AriaRole.Dialog);
        await bands.GetByLabel("Tốt: từ").FillAsync("82,5");
        await bands.Locator("#save-bands").ClickAsync();
        await Expect(communes).ToContainTextAsync("≥ 82,5");
        await communes.Locator(".edit-bands").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog).GetByLabel("Tốt: từ")).ToHaveValueAsync("82,5");
    }

    private static async Task AddNodeAsync(IPage page, string button, string code, string title, string maxPoints)
    {
        await page.ClickAsync(button);
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Locator("#node-code").FillAsync(code);
        await dialog.Locator("#node-title").FillAsync(title);
        await dialog.Locator("#node-max").FillAsync(maxPoints);
        await dialog.Locator("#save-node").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.Locator($"#framework-tree tr[data-code='{code}']")).ToBeVisibleAsync();
    }

    private static ILocator Row(IPage page, string code) => page.Locator($"[id='appraise-{code}']");

    private static ILocator ScoreBox(ILocator row, string code) =>
        row.Locator($"[data-field='{code}-score'] input, input[data-field='{code}-score']").First;

    /// <summary>The page shows one domain's criteria at a time.</summary>
    private static Task OpenDomainAsync(IPage page, Leaf leaf) =>
        page.Locator("#appraisal-domains .mud-list-item", new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(leaf.DomainCode)}\\s") }).First.ClickAsync();

    /// <summary>Types the score and a reason (it may be below the unit's own score) and saves.</summary>
    private static async Task ScoreAsync(IPage page, Leaf leaf, string typed)
    {
        await OpenDomainAsync(page, leaf);
        var code = leaf.Code;
        var row = Row(page, code);
        await ScoreBox(row, code).FillAsync(typed);
        await row.Locator($"[data-field='{code}-reason'] textarea, textarea[data-field='{code}-reason']").First
            .FillAsync("Thiếu một phần tài liệu kiểm chứng.");
        await row.Locator(".save-score").ClickAsync();
        await Expect(row.Locator(".saved-at")).ToBeVisibleAsync();
        await Expect(row.Locator(".round1 .round-score")).ToHaveTextAsync(typed);
    }

    public sealed record Leaf(Guid Id, string Code, decimal MaxPoints, string DomainCode);

    /// <summary>A portal of its own whose demo year is in round 1 of appraisal, as in <see cref="AppraisalTests"/>.</summary>
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

        public async Task<int> CurrentYearAsync()
        {
            await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContextAsync();
            return await db.Periods.MaxAsync(p => p.Year);
        }

        /// <summary>
        /// Four criteria the unit scored itself, not yet appraised: two worth at least 1,25 (1,5 preferred), one worth
        /// at least 0,5 and one worth less than 5 (1 preferred), for "0,75", "1,25", "0,5" and "5".
        /// </summary>
        public async Task<(Guid PeriodId, Guid UnitId, IReadOnlyList<Leaf> Leaves)> LeavesAsync()
        {
            await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContextAsync();
            var periodId = await db.Periods.OrderByDescending(p => p.Year).Select(p => p.Id).FirstAsync();
            var unitId = await db.Units.Where(u => u.Name == UnitName).Select(u => u.Id).SingleAsync();
            var assessment = await db.Assessments.SingleAsync(a => a.PeriodId == periodId && a.UnitId == unitId);
            var scored = await db.CriterionResponses
                .Where(r => r.AssessmentId == assessment.Id && r.SelfScore != null && !r.IsNotApplicable && r.Round1Score == null)
                .Select(r => r.NodeId).ToListAsync();
            var nodes = await db.FrameworkNodes.Where(n => n.FrameworkId == assessment.FrameworkId).ToListAsync();
            var candidates = nodes
                .Where(n => scored.Contains(n.Id) && n.Method == AssessmentMethod.SelfAssessed && n.RuleType is not (RuleType.Bonus or RuleType.Deduction)
                    && nodes.All(c => c.ParentId != n.Id))
                .Select(n => new Leaf(n.Id, n.Code, n.MaxPoints, DomainOf(n, nodes).Code)).ToList();
            var large = candidates.Where(l => l.MaxPoints >= 1.25m).OrderBy(l => l.MaxPoints != 1.5m).ThenBy(l => l.Code, StringComparer.Ordinal).Take(2).ToList();
            var rest = candidates.Except(large).ToList();
            var half = rest.Where(l => l.MaxPoints >= 0.5m).OrderBy(l => l.MaxPoints != 1m).ThenBy(l => l.Code, StringComparer.Ordinal).First();
            var small = rest.Where(l => l != half && l.MaxPoints < 5m).OrderBy(l => l.MaxPoints != 1m).ThenBy(l => l.Code, StringComparer.Ordinal).First();
            Assert.Equal(2, large.Count);
            return (periodId, unitId, [large[0], large[1], half, small]);
        }

        public async Task<Dictionary<Guid, decimal?>> Round1ScoresAsync(Guid periodId, Guid unitId)
        {
            await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContextAsync();
            var assessmentId = await db.Assessments.Where(a => a.PeriodId == periodId && a.UnitId == unitId).Select(a => a.Id).SingleAsync();
            return await db.CriterionResponses.Where(r => r.AssessmentId == assessmentId).ToDictionaryAsync(r => r.NodeId, r => r.Round1Score);
        }

        public async Task DisposeAsync()
        {
            await _browser.DisposeAsync();
            await Portal.DisposeAsync();
        }

        private static FrameworkNode DomainOf(FrameworkNode node, List<FrameworkNode> nodes)
        {
            while (node.ParentId is { } parent)
            {
                node = nodes.Single(n => n.Id == parent);
            }

            return node;
        }
    }
}

/// <summary>Runs alone, like <see cref="AppraisalPortal"/>: its own portal seeds the demo year in appraisal.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AppraisalNumbersPortal : ICollectionFixture<AppraisalNumberTests.OwnPortal>
{
    public const string Name = "Appraisal numbers portal";
}
