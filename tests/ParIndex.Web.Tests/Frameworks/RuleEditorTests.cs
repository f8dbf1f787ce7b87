using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using ParIndex.Application.Frameworks.Rules;
using ParIndex.Domain.Frameworks;
using ParIndex.Web.Components.Pages.Frameworks.Rules;
using ParIndex.Web.Localization;

namespace ParIndex.Web.Tests.Frameworks;

/// <summary>
/// The rule editor's form per rule type, in Vietnamese: an existing rule opens in its fields without loss, what is
/// typed (the Vietnamese way, 0,5) becomes the JSON the domain reads, and the problems and the guidance follow as typed.
/// </summary>
public sealed class RuleEditorTests : IAsyncDisposable
{
    private readonly BunitContext _context = new();
    private readonly (CultureInfo Culture, CultureInfo UiCulture) _previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public RuleEditorTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddParIndexLocalization();
    }

    public static TheoryData<RuleType, string> Samples => new()
    {
        { RuleType.YesNo, """{"yes":1.5,"no":0}""" },
        { RuleType.Timeliness, """{"onTime":1,"late":0.5}""" },
        { RuleType.Level, """{"levels":[{"label":"Thực hiện tốt","points":2.5},{"label":"Không thực hiện","points":0}]}""" },
        { RuleType.PercentTiers, """{"tiers":[{"min":90,"points":1},{"min":70,"points":0.5}]}""" },
        { RuleType.CountTiers, """{"of":4,"tiers":[{"min":4,"points":1},{"min":3,"points":0.5}]}""" },
        { RuleType.Proportional, """{"floor":80}""" },
        { RuleType.Formula, """{"variables":[{"name":"a","label":"Số hồ sơ đúng hạn"},{"name":"b","label":"Tổng số hồ sơ"}],"expression":"a / b * max"}""" },
        { RuleType.Survey, """{"source":"Khảo sát SIPAS","weights":{"A":100,"B":60}}""" },
        { RuleType.External, """{"tiers":[{"min":98,"points":2.5}]}""" },
        { RuleType.Bonus, "{}" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void ExistingRule_OpensInItsFields_AndIsSavedBackUnchanged(RuleType type, string json)
    {
        var draft = RuleDraft.Read(type, json);

        var editor = Render(type, draft, 2.5m);

        Assert.Equal(json, draft.ToJson(type));
        Assert.Empty(editor.FindAll("#rule-problems"));
        Assert.Equal(RuleGuidance.Write(type, draft, WhenNothingToCount.FullPoints, 2.5m, CultureInfo.CurrentUICulture), editor.Find("#rule-preview").TextContent);
    }

    [Fact]
    public void PercentTiers_BuiltRowByRow_WritesTheTiersAndTheGuidance()
    {
        var draft = new RuleDraft();
        var editor = Render(RuleType.PercentTiers, draft, 1m);

        editor.Find("#add-tier").Click();
        editor.Find("#add-tier").Click();
        editor.Find("#tier-min-0").Input("90");
        editor.Find("#tier-points-0").Input("1");
        editor.Find("#tier-min-1").Input("70");
        editor.Find("#tier-points-1").Input("0,5");

        Assert.Equal("""{"tiers":[{"min":90,"points":1},{"min":70,"points":0.5}]}""", draft.ToJson(RuleType.PercentTiers));
        Assert.StartsWith("Đạt từ 90% trở lên: 1 điểm; từ 70% đến dưới 90%: 0,5 điểm; dưới 70%: 0 điểm.", editor.Find("#rule-preview").TextContent, StringComparison.Ordinal);
        Assert.Empty(editor.FindAll("#rule-problems"));
    }

    [Fact]
    public void PercentTiers_TierAboveTheMaximum_IsShownAsTyped_AndARemovedRowIsGone()
    {
        var draft = RuleDraft.Read(RuleType.PercentTiers, """{"tiers":[{"min":90,"points":1},{"min":70,"points":0.5}]}""");
        var editor = Render(RuleType.PercentTiers, draft, 1m);

        editor.Find("#tier-points-0").Input("1,5");

        Assert.Equal("rule.points", editor.Find("#rule-problems li").GetAttribute("data-code"));
        editor.Find("#tier-points-0").Input("1");
        Assert.Empty(editor.FindAll("#rule-problems"));
        editor.Find("#remove-tier-1").Click();
        Assert.Equal("""{"tiers":[{"min":90,"points":1}]}""", draft.ToJson(RuleType.PercentTiers));
    }

    [Fact]
    public void YesNo_AndTimeliness_PointsTypedTheVietnameseWay()
    {
        var yesNo = new RuleDraft();
        Render(RuleType.YesNo, yesNo, 2m).Find("#rule-yes").Input("1,75");
        var timeliness = new RuleDraft();
        Render(RuleType.Timeliness, timeliness, 2m).Find("#rule-late").Input("0,25");

        Assert.Equal("""{"yes":1.75}""", yesNo.ToJson(RuleType.YesNo));
        Assert.Equal("""{"late":0.25}""", timeliness.ToJson(RuleType.Timeliness));
    }

    [Fact]
    public void Level_AddedLevels_AndADuplicateNameIsAProblem()
    {
        var draft = new RuleDraft();
        var editor = Render(RuleType.Level, draft, 2m);

        editor.Find("#add-level").Click();
        editor.Find("#add-level").Click();
        editor.Find("#level-label-0").Input("Tốt");
        editor.Find("#level-points-0").Input("2");
        editor.Find("#level-label-1").Input("Tốt");
        editor.Find("#level-points-1").Input("0");

        Assert.Equal("rule.levelLabels", editor.Find("#rule-problems li").GetAttribute("data-code"));
        editor.Find("#level-label-1").Input("Chưa tốt");
        Assert.Equal("Tốt: 2 điểm; Chưa tốt: 0 điểm.", editor.Find("#rule-preview").TextContent);
    }

    [Fact]
    public void CountTiers_OutOfAFixedNumber()
    {
        var draft = RuleDraft.Read(RuleType.CountTiers, """{"tiers":[{"min":4,"points":1},{"min":3,"points":0.5}]}""");
        var editor = Render(RuleType.CountTiers, draft, 1m);

        editor.Find("#rule-out-of").Input("4");

        Assert.Equal("""{"of":4,"tiers":[{"min":4,"points":1},{"min":3,"points":0.5}]}""", draft.ToJson(RuleType.CountTiers));
        Assert.StartsWith("Đạt 4/4: 1 điểm; 3/4: 0,5 điểm; dưới 3/4: 0 điểm.", editor.Find("#rule-preview").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Proportional_FloorAboveOneHundred_IsRefusedByTheField()
    {
        var draft = new RuleDraft();
        var editor = Render(RuleType.Proportional, draft, 3m);

        editor.Find("#rule-floor").Input("120");
        Assert.Null(draft.Floor);
        editor.Find("#rule-floor").Input("80");

        Assert.Equal("""{"floor":80}""", draft.ToJson(RuleType.Proportional));
        Assert.Contains("dưới 80%: 0 điểm", editor.Find("#rule-preview").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Formula_NamedInputs_AndAnUndeclaredNameIsAProblem()
    {
        var draft = new RuleDraft();
        var editor = Render(RuleType.Formula, draft, 2m);

        editor.Find("#add-variable").Click();
        editor.Find("#variable-name-0").Input("a");
        editor.Find("#variable-label-0").Input("Số văn bản đúng hạn");
        editor.Find("#rule-expression").Input("a / b * max");
        Assert.Equal("rule.formulaVariable", editor.Find("#rule-problems li").GetAttribute("data-code"));
        editor.Find("#rule-expression").Input("min(a, 4) / 4 * max");

        Assert.Empty(editor.FindAll("#rule-problems"));
        Assert.Equal("""{"variables":[{"name":"a","label":"Số văn bản đúng hạn"}],"expression":"min(a, 4) / 4 * max"}""", draft.ToJson(RuleType.Formula));
    }

    [Fact]
    public void Survey_WeightsPerAnswerOption()
    {
        var draft = new RuleDraft();
        var editor = Render(RuleType.Survey, draft, 2m);

        editor.Find("#rule-source").Input("SIPAS");
        editor.Find("#add-weight").Click();
        editor.Find("#weight-option-0").Input("A");
        editor.Find("#weight-value-0").Input("100");

        Assert.Equal("""{"source":"SIPAS","weights":{"A":100}}""", draft.ToJson(RuleType.Survey));
        Assert.Contains("Trọng số các phương án trả lời: A 100%.", editor.Find("#rule-preview").TextContent, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = _previous;
    }

    private IRenderedComponent<RuleEditor> Render(RuleType type, RuleDraft draft, decimal maxPoints) =>
        _context.Render<RuleEditor>(p => p
            .Add(e => e.Type, type)
            .Add(e => e.Draft, draft)
            .Add(e => e.MaxPoints, maxPoints)
            .Add(e => e.WhenNothingToCount, WhenNothingToCount.FullPoints));
}
