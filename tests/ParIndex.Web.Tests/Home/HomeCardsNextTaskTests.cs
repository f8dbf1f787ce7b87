using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using ParIndex.Application.Common;
using ParIndex.Application.Home;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Web.Components.Pages.HomeCards;
using ParIndex.Web.Localization;

namespace ParIndex.Web.Tests.Home;

/// <summary>Every role's home card leads to its next task (issue 18), rendered as the home page renders it, in Vietnamese.</summary>
public sealed class HomeCardsNextTaskTests : IAsyncLifetime
{
    private static readonly Guid PeriodId = Guid.Parse("0193a1f0-0000-7000-8000-0000000000aa");
    private static readonly Deadline Deadline = new(new DateTime(2026, 12, 20, 10, 0, 0, DateTimeKind.Utc), new DateTimeOffset(2026, 12, 20, 17, 0, 0, TimeSpan.FromHours(7)), 13);
    private readonly BunitContext _context = new();
    private CultureInfo _culture = CultureInfo.CurrentCulture;
    private CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public Task InitializeAsync()
    {
        (_culture, _uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddParIndexLocalization();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (_culture, _uiCulture);
    }

    [Fact]
    public void CouncilMember_LeadsToTheApprovalScreenOfThePeriodAwaitingIt()
    {
        var card = _context.Render<CouncilCard>(p => p.Add(c => c.Home, new CouncilHome([Period(PeriodState.CouncilReview)], null)));

        Assert.Equal($"/periods/{PeriodId}/workflow", card.Find("a.council-approve-link").GetAttribute("href"));
    }

    [Fact]
    public void Inspector_LeadsToTheQueueFilteredToMyUnfinishedUnits()
    {
        var card = _context.Render<InspectorCard>(p => p.Add(c => c.Home, new InspectorHome(Period(PeriodState.AppraisalRound1), Deadline, 10, 0, 0, 10, 0)));

        var next = NextTask(card);
        Assert.Equal($"/appraisal/{PeriodId}?mine=true", next.GetAttribute("href"));
        Assert.Equal("Đơn vị của tôi chưa thẩm định xong", next.TextContent.Trim());
    }

    [Theory]
    [InlineData(Roles.AgencyStaff, AssessmentState.InProgress, "/self-assessment", "Nhập bản tự đánh giá")]
    [InlineData(Roles.AgencyLeader, AssessmentState.InProgress, "/self-assessment#submission-panel", "Rà soát và gửi bản tự đánh giá")]
    [InlineData(Roles.AgencyLeader, AssessmentState.Submitted, "/self-assessment", "Xem bản tự đánh giá")]
    public void AgencyOfficerAndLeader_LeadToTheFormOrToSubmitting(string role, AssessmentState state, string href, string label)
    {
        var home = new AgencyHome(Guid.NewGuid(), "Sở Tư pháp", "Sở, ban, ngành", null, Period(PeriodState.SelfAssessmentOpen), state, Deadline, []);
        var me = new Me(Guid.NewGuid(), "canbo.stp", "Lê Văn Bình", [role], home.UnitId, home.UnitName);

        var card = _context.Render<AgencyCard>(p => p.Add(c => c.Home, home).Add(c => c.Me, me));

        var next = NextTask(card);
        Assert.Equal((href, label), (next.GetAttribute("href"), next.TextContent.Trim()));
    }

    [Fact]
    public void Agency_AskedQuestions_LeadsToTheExplanation()
    {
        var home = new AgencyHome(Guid.NewGuid(), "Sở Tư pháp", "Sở, ban, ngành", null, Period(PeriodState.ExplanationOpen), AssessmentState.ExplanationRequested, null, []);
        var me = new Me(Guid.NewGuid(), "canbo.stp", "Lê Văn Bình", [Roles.AgencyStaff], home.UnitId, home.UnitName);

        var card = _context.Render<AgencyCard>(p => p.Add(c => c.Home, home).Add(c => c.Me, me));

        Assert.Equal($"/explanation/{PeriodId}", NextTask(card).GetAttribute("href"));
    }

    [Theory]
    [InlineData(PeriodState.Draft, "/admin/periods", "Thiết lập và mở kỳ đánh giá")]
    [InlineData(PeriodState.SelfAssessmentOpen, "/self-assessments", "Theo dõi tự đánh giá")]
    [InlineData(PeriodState.AppraisalRound1, "/periods/{0}/workflow", "Tiến trình thẩm định")]
    [InlineData(PeriodState.Approved, "/periods/{0}/workflow", "Công bố kết quả")]
    [InlineData(PeriodState.Published, "/public/2026", "Xem kết quả đã công bố")]
    public void Administrator_LeadsToTheStepThePeriodIsAt(PeriodState state, string href, string label)
    {
        var home = new AdministratorHome([], new UserCounts(1, 1, []), [Period(state)]);

        var card = _context.Render<AdministratorCard>(p => p.Add(c => c.Home, home).Add(c => c.Current, Period(state)));

        var next = NextTask(card);
        Assert.Equal((string.Format(CultureInfo.InvariantCulture, href, PeriodId), label), (next.GetAttribute("href"), next.TextContent.Trim()));
    }

    private static PeriodLine Period(PeriodState state) => new(PeriodId, 2026, "Năm 2026", state, null);

    private static IElement NextTask<T>(IRenderedComponent<T> card)
        where T : IComponent => card.Find("a.next-task");
}
