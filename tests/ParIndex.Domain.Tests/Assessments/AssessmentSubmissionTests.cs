using ParIndex.Domain.Assessments;
using ParIndex.Domain.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Domain.Tests.Assessments;

public sealed class AssessmentSubmissionTests
{
    private static readonly DateTime Opens = new(2026, 10, 31, 17, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Deadline = new(2026, 12, 23, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Submit_Twice_IsRefusedAndTheFirstSubmissionStands()
    {
        var (period, assessment) = Open();
        var leader = Guid.CreateVersion7();
        assessment.Submit(period, leader, Deadline.AddHours(-1));

        var error = Assert.Throws<DomainException>(() => assessment.Submit(period, Guid.CreateVersion7(), Deadline.AddMinutes(-30)));

        Assert.Equal("assessment.alreadySubmitted", error.Code);
        Assert.Equal((AssessmentState.Submitted, leader, Deadline.AddHours(-1)), (assessment.State, assessment.SubmittedByUserId!.Value, assessment.SubmittedAtUtc!.Value));
        Assert.False(assessment.IsEditableByUnit(period, Deadline.AddHours(-1)));
    }

    [Fact]
    public void LockIfPastDeadline_RunTwice_LocksOnceAndAnExtensionReopens()
    {
        var (period, assessment) = Open();

        Assert.False(assessment.LockIfPastDeadline(period, Deadline.AddTicks(-1)));
        Assert.True(assessment.LockIfPastDeadline(period, Deadline));
        Assert.False(assessment.LockIfPastDeadline(period, Deadline.AddHours(1)));
        Assert.Equal(AssessmentState.LockedAtDeadline, assessment.State);

        assessment.ExtendDeadline(Deadline.AddDays(3), "Đơn vị bị ảnh hưởng bởi bão số 5");

        Assert.Equal(AssessmentState.InProgress, assessment.State);
        Assert.True(assessment.IsEditableByUnit(period, Deadline.AddDays(1)));
    }

    private static (EvaluationPeriod Period, Assessment Assessment) Open()
    {
        var period = new EvaluationPeriod(2026, "Năm 2026", Opens, Deadline);
        period.MoveTo(PeriodState.SelfAssessmentOpen, Opens);
        return (period, new Assessment(period.Id, Guid.CreateVersion7(), Guid.CreateVersion7()));
    }
}
