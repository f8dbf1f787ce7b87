using ParIndex.Domain.Assessments;
using ParIndex.Domain.Common;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Tests.Periods;

namespace ParIndex.Domain.Tests.Assessments;

public sealed class AssessmentTests
{
    private static readonly DateTime During = PeriodFactory.During;
    private static readonly DateTime AfterDeadline = PeriodFactory.Deadline.AddHours(1);
    private static readonly Guid Leader = Guid.NewGuid();

    private readonly EvaluationPeriod _period = PeriodFactory.Open();

    [Fact]
    public void New_ForPeriodAndUnit_IsNotStartedAndEditable()
    {
        var assessment = NewAssessment();

        Assert.Equal(AssessmentState.NotStarted, assessment.State);
        Assert.True(assessment.IsEditableByUnit(_period, During));
    }

    [Fact]
    public void Respond_SameLeafTwice_KeepsOneResponseAndMarksInProgress()
    {
        var assessment = NewAssessment();
        var leaf = Guid.NewGuid();

        var first = assessment.Respond(_period, leaf, During);
        var second = assessment.Respond(_period, leaf, During);

        Assert.Same(first, second);
        Assert.Equal((leaf, assessment.Id), (Assert.Single(assessment.Responses).NodeId, first.AssessmentId));
        Assert.Equal(AssessmentState.InProgress, assessment.State);
    }

    [Fact]
    public void Submit_OpenAssessment_RecordsLeaderAndTimeAndBecomesReadOnly()
    {
        var assessment = NewAssessment();
        assessment.Respond(_period, Guid.NewGuid(), During);

        assessment.Submit(_period, Leader, During);

        Assert.Equal((AssessmentState.Submitted, (DateTime?)During, (Guid?)Leader),
            (assessment.State, assessment.SubmittedAtUtc, assessment.SubmittedByUserId));
        Assert.False(assessment.IsEditableByUnit(_period, During));
    }

    [Fact]
    public void Submit_Twice_IsRefusedWithAlreadySubmittedAndKeepsFirstSubmission()
    {
        var assessment = NewAssessment();
        assessment.Submit(_period, Leader, During);

        var error = Assert.Throws<DomainException>(() => assessment.Submit(_period, Guid.NewGuid(), During.AddHours(1)));

        Assert.Equal("assessment.alreadySubmitted", error.Code);
        Assert.Equal(((DateTime?)During, (Guid?)Leader), (assessment.SubmittedAtUtc, assessment.SubmittedByUserId));
    }

    [Fact]
    public void RespondAndWriteReport_AfterSubmission_AreRefusedAsReadOnly()
    {
        var assessment = NewAssessment();
        assessment.Submit(_period, Leader, During);

        var respond = Assert.Throws<DomainException>(() => assessment.Respond(_period, Guid.NewGuid(), During));
        var report = Assert.Throws<DomainException>(() => assessment.WriteReport(_period, "Khó khăn", null, During));

        Assert.Equal(("assessment.readOnly", "assessment.readOnly"), (respond.Code, report.Code));
        Assert.Empty(assessment.Responses);
        Assert.Null(assessment.ReportDifficulties);
    }

    [Fact]
    public void Respond_AfterDeadline_IsRefusedAsReadOnly()
    {
        var assessment = NewAssessment();

        var error = Assert.Throws<DomainException>(() => assessment.Respond(_period, Guid.NewGuid(), AfterDeadline));

        Assert.Equal("assessment.readOnly", error.Code);
    }

    [Fact]
    public void Submit_AfterDeadline_IsRefusedAsReadOnly()
    {
        var assessment = NewAssessment();

        var error = Assert.Throws<DomainException>(() => assessment.Submit(_period, Leader, AfterDeadline));

        Assert.Equal("assessment.readOnly", error.Code);
        Assert.Null(assessment.SubmittedAtUtc);
    }

    [Fact]
    public void MoveToBlock_OpenYear_FollowsTheUnit_DecidedYearKeepsItsBlock()
    {
        var assessment = NewAssessment();
        var newBlock = Guid.NewGuid();

        assessment.MoveToBlock(_period, newBlock);
        Assert.Equal(newBlock, assessment.BlockId);

        var published = EvaluationPeriod.PublishedBeforePortal(2020, "Năm 2020", new DateOnly(2021, 3, 1));
        var decided = new Assessment(published.Id, Guid.NewGuid(), newBlock, Guid.NewGuid());
        decided.RecordResult(80m, Classification.Good, 1, ResultSource.Imported);
        var error = Assert.Throws<DomainException>(() => decided.MoveToBlock(published, Guid.NewGuid()));
        Assert.Equal(("assessment.blockFixed", newBlock), (error.Code, decided.BlockId));
    }

    [Fact]
    public void Respond_PeriodStillDraft_IsRefusedAsReadOnly()
    {
        var draft = PeriodFactory.Draft();
        var assessment = new Assessment(draft.Id, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var error = Assert.Throws<DomainException>(() => assessment.Respond(draft, Guid.NewGuid(), During));

        Assert.Equal("assessment.readOnly", error.Code);
    }

    [Fact]
    public void IsEditableByUnit_AnotherPeriod_IsFalse()
    {
        var assessment = NewAssessment();

        Assert.False(assessment.IsEditableByUnit(PeriodFactory.Open(), During));
    }

    [Fact]
    public void LockIfPastDeadline_BeforeDeadline_DoesNothing()
    {
        var assessment = NewAssessment();

        Assert.False(assessment.LockIfPastDeadline(_period, PeriodFactory.Deadline.AddTicks(-1)));
        Assert.Equal(AssessmentState.NotStarted, assessment.State);
    }

    [Fact]
    public void LockIfPastDeadline_UnsubmittedPastDeadline_LocksOnceAndIsSafeToRepeat()
    {
        var assessment = NewAssessment();

        Assert.True(assessment.LockIfPastDeadline(_period, PeriodFactory.Deadline));
        Assert.False(assessment.LockIfPastDeadline(_period, AfterDeadline));
        Assert.Equal(AssessmentState.LockedAtDeadline, assessment.State);
    }

    [Fact]
    public void LockIfPastDeadline_Submitted_StaysSubmitted()
    {
        var assessment = NewAssessment();
        assessment.Submit(_period, Leader, During);

        Assert.False(assessment.LockIfPastDeadline(_period, AfterDeadline));
        Assert.Equal(AssessmentState.Submitted, assessment.State);
    }

    [Fact]
    public void ExtendDeadline_LockedAssessment_ReopensUntilTheNewDeadlineOnly()
    {
        var assessment = NewAssessment();
        assessment.LockIfPastDeadline(_period, AfterDeadline);
        var extended = PeriodFactory.Deadline.AddDays(5);

        assessment.ExtendDeadline(extended, "  Mất điện kéo dài  ");

        Assert.Equal((AssessmentState.InProgress, (DateTime?)extended, "Mất điện kéo dài"),
            (assessment.State, assessment.ExtendedDeadlineUtc, assessment.ExtensionReason));
        Assert.True(assessment.IsEditableByUnit(_period, extended.AddTicks(-1)));
        Assert.False(assessment.IsEditableByUnit(_period, extended));
        Assert.False(assessment.LockIfPastDeadline(_period, extended.AddTicks(-1)));
        Assert.True(assessment.LockIfPastDeadline(_period, extended));
    }

    [Fact]
    public void Submit_WithinExtension_IsAccepted()
    {
        var assessment = NewAssessment();
        assessment.ExtendDeadline(PeriodFactory.Deadline.AddDays(5), "Sự cố hệ thống");

        assessment.Submit(_period, Leader, AfterDeadline);

        Assert.Equal(AssessmentState.Submitted, assessment.State);
    }

    [Fact]
    public void ExtendDeadline_AfterSubmission_IsRefusedAsNotNeeded()
    {
        var assessment = NewAssessment();
        assessment.Submit(_period, Leader, During);

        var error = Assert.Throws<DomainException>(() => assessment.ExtendDeadline(AfterDeadline, "Lý do"));

        Assert.Equal("assessment.extensionNotNeeded", error.Code);
        Assert.Null(assessment.ExtendedDeadlineUtc);
    }

    [Fact]
    public void ExtendDeadline_WithoutReason_IsRefused()
    {
        var assessment = NewAssessment();

        var error = Assert.Throws<DomainException>(() => assessment.ExtendDeadline(AfterDeadline, "   "));

        Assert.Equal("assessment.extensionReason", error.Code);
    }

    [Fact]
    public void WriteReport_TextTooLong_IsRefusedWithFieldCode()
    {
        var assessment = NewAssessment();

        var error = Assert.Throws<DomainException>(() =>
            assessment.WriteReport(_period, new string('a', Assessment.MaxReportTextLength + 1), null, During));

        Assert.Equal("assessment.difficulties", error.Code);
    }

    [Fact]
    public void RecordResult_UnrankedBlock_KeepsClassificationWithoutRank()
    {
        var assessment = NewAssessment();

        assessment.RecordResult(91.234m, Classification.Excellent, null, ResultSource.Computed);

        Assert.Equal((AssessmentState.Final, (decimal?)91.234m, (Classification?)Classification.Excellent, (int?)null),
            (assessment.State, assessment.FinalIndex, assessment.Classification, assessment.Rank));
    }

    [Fact]
    public void RecordResult_NegativeIndex_IsRefused()
    {
        var assessment = NewAssessment();

        var error = Assert.Throws<DomainException>(() => assessment.RecordResult(-1m, Classification.Weak, 3, ResultSource.Imported));

        Assert.Equal("assessment.negativeIndex", error.Code);
        Assert.Null(assessment.FinalIndex);
    }

    [Fact]
    public void RecordSelfAssessment_NegativeScore_IsRefused()
    {
        var response = NewAssessment().Respond(_period, Guid.NewGuid(), During);

        var error = Assert.Throws<DomainException>(() => response.RecordSelfAssessment("{}", -0.25m, null, Leader, During));

        Assert.Equal("response.negativeScore", error.Code);
        Assert.Null(response.SelfScore);
    }

    [Fact]
    public void RecordSelfAssessment_ExactDecimalScore_IsKeptWithInputsAndAuthor()
    {
        var response = NewAssessment().Respond(_period, Guid.NewGuid(), During);

        response.RecordSelfAssessment(" ", 1.75m, " Theo Quyết định số 12/QĐ-UBND ", Leader, During);

        Assert.Equal(("{}", (decimal?)1.75m, "Theo Quyết định số 12/QĐ-UBND", (Guid?)Leader, (DateTime?)During),
            (response.Inputs, response.SelfScore, response.Explanation, response.UpdatedByUserId, response.UpdatedAtUtc));
    }

    private Assessment NewAssessment() => new(_period.Id, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
}
