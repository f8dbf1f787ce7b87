using ParIndex.Domain.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Domain.Tests.Periods;

public sealed class PeriodLifecycleTests
{
    private static readonly DateTime Opens = new(2026, 10, 31, 17, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void MoveTo_SkippingTheCouncil_IsRefusedAndTheStateStays()
    {
        var period = new EvaluationPeriod(2026, "Năm 2026", Opens, Opens.AddDays(53));
        period.MoveTo(PeriodState.SelfAssessmentOpen, Opens);

        var error = Assert.Throws<DomainException>(() => period.MoveTo(PeriodState.Published, Opens));

        Assert.Equal("period.transition", error.Code);
        Assert.Equal(PeriodState.SelfAssessmentOpen, period.State);
    }

    [Fact]
    public void MoveTo_Published_RecordsWhen()
    {
        var period = new EvaluationPeriod(2026, "Năm 2026", Opens, Opens.AddDays(53));
        var published = Opens.AddDays(120);
        foreach (var state in new[] { PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1, PeriodState.CouncilReview, PeriodState.Approved, PeriodState.Published })
        {
            period.MoveTo(state, published);
        }

        Assert.Equal(published, period.PublishedAtUtc);
    }

    [Fact]
    public void AcceptsSelfAssessment_AtTheDeadlineInstant_IsClosed()
    {
        // 23/12/2026 17:00 in Vietnam is 10:00 UTC.
        var deadline = new DateTime(2026, 12, 23, 10, 0, 0, DateTimeKind.Utc);
        var period = new EvaluationPeriod(2026, "Năm 2026", Opens, deadline);
        period.MoveTo(PeriodState.SelfAssessmentOpen, Opens);

        Assert.True(period.AcceptsSelfAssessment(deadline.AddSeconds(-1)));
        Assert.False(period.AcceptsSelfAssessment(deadline));
        Assert.True(period.AcceptsSelfAssessment(deadline.AddDays(1), extendedDeadlineUtc: deadline.AddDays(2)));
    }

    [Fact]
    public void BandsFor_BlockWithoutOwnBands_UsesThePeriodDefault()
    {
        var period = new EvaluationPeriod(2026, "Năm 2026", Opens, Opens.AddDays(53));
        var communes = Guid.CreateVersion7();
        period.SetBands(null, Scoring.ClassificationBands.Default);
        period.SetBands(communes, [(Scoring.Classification.Excellent, 93m), (Scoring.Classification.Good, 85m), (Scoring.Classification.Fair, 70m), (Scoring.Classification.Average, 50m), (Scoring.Classification.Weak, 0m)]);

        Assert.Equal(93m, period.BandsFor(communes).Single(b => b.Classification == Scoring.Classification.Excellent).LowerBound);
        Assert.Equal(90m, period.BandsFor(Guid.CreateVersion7()).Single(b => b.Classification == Scoring.Classification.Excellent).LowerBound);
    }
}
