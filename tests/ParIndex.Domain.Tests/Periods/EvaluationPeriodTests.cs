using ParIndex.Domain.Common;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;

namespace ParIndex.Domain.Tests.Periods;

public sealed class EvaluationPeriodTests
{
    private static readonly DateTime Now = PeriodFactory.During;

    [Fact]
    public void New_ValidYearAndWindow_StartsAsDraft()
    {
        var period = PeriodFactory.Draft();

        Assert.Equal((PeriodState.Draft, 2026, (DateTime?)null), (period.State, period.Year, period.PublishedAtUtc));
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void New_YearOutOfRange_IsRefused(int year)
    {
        var error = Assert.Throws<DomainException>(() =>
            new EvaluationPeriod(year, "Kỳ", PeriodFactory.Opens, PeriodFactory.Deadline));

        Assert.Equal("period.year", error.Code);
    }

    [Fact]
    public void New_DeadlineNotAfterOpening_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() =>
            new EvaluationPeriod(2026, "Kỳ", PeriodFactory.Deadline, PeriodFactory.Deadline));

        Assert.Equal("period.deadlineBeforeOpening", error.Code);
    }

    [Fact]
    public void MoveTo_WholeCycleWithExplanationRound_ReachesArchivedAndStampsPublication()
    {
        var period = PeriodFactory.Draft();
        PeriodState[] cycle =
        [
            PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1,
            PeriodState.ExplanationOpen, PeriodState.ExplanationClosed, PeriodState.AppraisalRound2,
            PeriodState.CouncilReview, PeriodState.Approved, PeriodState.Published, PeriodState.Archived,
        ];

        foreach (var next in cycle)
        {
            period.MoveTo(next, Now);
        }

        Assert.Equal((PeriodState.Archived, (DateTime?)Now), (period.State, period.PublishedAtUtc));
    }

    [Theory]
    [InlineData(PeriodState.Draft, PeriodState.SelfAssessmentOpen)]
    [InlineData(PeriodState.SelfAssessmentClosed, PeriodState.SelfAssessmentOpen)]
    [InlineData(PeriodState.AppraisalRound1, PeriodState.CouncilReview)]
    [InlineData(PeriodState.ExplanationClosed, PeriodState.ExplanationOpen)]
    [InlineData(PeriodState.CouncilReview, PeriodState.AppraisalRound2)]
    [InlineData(PeriodState.Approved, PeriodState.CouncilReview)]
    [InlineData(PeriodState.Published, PeriodState.Archived)]
    public void IsAllowed_ForwardStepSkipOrDocumentedReopening_IsTrue(PeriodState from, PeriodState to)
    {
        Assert.True(PeriodTransitions.IsAllowed(from, to));
    }

    [Theory]
    [InlineData(PeriodState.Draft, PeriodState.Published)]
    [InlineData(PeriodState.Draft, PeriodState.SelfAssessmentClosed)]
    [InlineData(PeriodState.SelfAssessmentOpen, PeriodState.Draft)]
    [InlineData(PeriodState.SelfAssessmentOpen, PeriodState.AppraisalRound1)]
    [InlineData(PeriodState.AppraisalRound1, PeriodState.Approved)]
    [InlineData(PeriodState.CouncilReview, PeriodState.Published)]
    [InlineData(PeriodState.Published, PeriodState.Approved)]
    [InlineData(PeriodState.Archived, PeriodState.Published)]
    [InlineData(PeriodState.Approved, PeriodState.Approved)]
    public void IsAllowed_SkippingAheadOrUndoingPublication_IsFalse(PeriodState from, PeriodState to)
    {
        Assert.False(PeriodTransitions.IsAllowed(from, to));
    }

    [Fact]
    public void IsAllowed_FromArchived_RefusesEveryState()
    {
        Assert.All(Enum.GetValues<PeriodState>(), to => Assert.False(PeriodTransitions.IsAllowed(PeriodState.Archived, to)));
    }

    [Fact]
    public void MoveTo_RefusedTransition_ThrowsTransitionCodeAndKeepsState()
    {
        var period = PeriodFactory.Open();

        var error = Assert.Throws<DomainException>(() => period.MoveTo(PeriodState.Published, Now));

        Assert.Equal("period.transition", error.Code);
        Assert.Equal((PeriodState.SelfAssessmentOpen, (DateTime?)null), (period.State, period.PublishedAtUtc));
    }

    [Fact]
    public void AcceptsSelfAssessment_OpenPeriod_OnlyFromOpeningUntilBeforeDeadline()
    {
        var period = PeriodFactory.Open();

        Assert.False(period.AcceptsSelfAssessment(PeriodFactory.Opens.AddTicks(-1)));
        Assert.True(period.AcceptsSelfAssessment(PeriodFactory.Opens));
        Assert.True(period.AcceptsSelfAssessment(PeriodFactory.Deadline.AddTicks(-1)));
        Assert.False(period.AcceptsSelfAssessment(PeriodFactory.Deadline));
        Assert.True(period.AcceptsSelfAssessment(PeriodFactory.Deadline, PeriodFactory.Deadline.AddDays(3)));
    }

    [Fact]
    public void AcceptsSelfAssessment_DraftOrClosedPeriod_IsFalseEvenInsideTheWindow()
    {
        var period = PeriodFactory.Draft();
        Assert.False(period.AcceptsSelfAssessment(Now));

        period.MoveTo(PeriodState.SelfAssessmentOpen, Now);
        period.MoveTo(PeriodState.SelfAssessmentClosed, Now);

        Assert.False(period.AcceptsSelfAssessment(Now));
    }

    [Fact]
    public void BandsFor_BlockWithOwnBands_UsesThemOtherBlocksUseDefaults()
    {
        var period = PeriodFactory.Draft();
        var vertical = Guid.NewGuid();
        period.SetBands(null, ClassificationBands.Default);
        period.SetBands(vertical, [(Classification.Excellent, 95m), (Classification.Weak, 0m)]);

        Assert.Equal(95m, period.BandsFor(vertical).Single(b => b.Classification == Classification.Excellent).LowerBound);
        Assert.Equal(90m, period.BandsFor(Guid.NewGuid()).Single(b => b.Classification == Classification.Excellent).LowerBound);
        Assert.Equal(7, period.Bands.Count);
    }

    [Fact]
    public void SetBands_InvalidBands_IsRefusedAndKeepsPreviousBands()
    {
        var period = PeriodFactory.Draft();
        period.SetBands(null, ClassificationBands.Default);

        var error = Assert.Throws<DomainException>(() =>
            period.SetBands(null, [(Classification.Excellent, 90m), (Classification.Good, 95m), (Classification.Weak, 0m)]));

        Assert.Equal("bands.order", error.Code);
        Assert.Equal(5, period.Bands.Count);
    }

    [Fact]
    public void UseFramework_SameBlockTwice_KeepsOnlyTheLatestFramework()
    {
        var period = PeriodFactory.Draft();
        var block = Guid.NewGuid();
        var latest = Guid.NewGuid();

        period.UseFramework(block, Guid.NewGuid());
        period.UseFramework(block, latest);

        Assert.Equal(latest, Assert.Single(period.Frameworks).FrameworkId);
    }
}
