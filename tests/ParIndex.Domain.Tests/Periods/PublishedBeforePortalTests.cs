using ParIndex.Domain.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Domain.Tests.Periods;

/// <summary>A year published before the portal: its decision makes it Published; nothing about it is to be assessed.</summary>
public sealed class PublishedBeforePortalTests
{
    [Fact]
    public void PublishedBeforePortal_IsPublishedOnTheDecisionDate_OverTheCalendarYear()
    {
        var period = EvaluationPeriod.PublishedBeforePortal(2022, "Chỉ số CCHC năm 2022", new DateOnly(2023, 3, 15));

        Assert.Equal((2022, PeriodState.Published, (DateTime?)new DateTime(2023, 3, 15, 0, 0, 0, DateTimeKind.Utc)),
            (period.Year, period.State, period.PublishedAtUtc));
        Assert.Equal((new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2022, 12, 31, 0, 0, 0, DateTimeKind.Utc)),
            (period.SelfAssessmentOpensAtUtc, period.SelfAssessmentDeadlineUtc));
        Assert.Null(period.CouncilApproval);
        Assert.Empty(period.Frameworks);
        Assert.Empty(period.Bands);
    }

    [Fact]
    public void PublishedBeforePortal_DecisionBeforeTheYear_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => EvaluationPeriod.PublishedBeforePortal(2022, "Năm 2022", new DateOnly(2021, 12, 31)));

        Assert.Equal("period.decisionBeforeYear", error.Code);
    }

    [Fact]
    public void PublishedBeforePortal_CanStillBeArchived()
    {
        var period = EvaluationPeriod.PublishedBeforePortal(2020, "Năm 2020", new DateOnly(2021, 2, 1));

        period.MoveTo(PeriodState.Archived, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(PeriodState.Archived, period.State);
    }
}
