using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.Tests.Appraisal;

/// <summary>The queue and the tracking list narrowed as an inspector types: accents aside, by state, block and what is left.</summary>
public sealed class WorkListFilterTests
{
    private static readonly DateTime Day = new(2026, 1, 15, 2, 0, 0, DateTimeKind.Utc);

    private static readonly AppraisalQueueRow[] Queue =
    [
        Row("Xã Thanh Lâm", "Xã, phường", AssessmentState.UnderAppraisal, 3, 10, "Toàn bộ", Day.AddHours(5)),
        Row("Sở Y tế", "Sở, ban, ngành", AssessmentState.AppraisedRound1, 10, 10, "Toàn bộ", Day.AddHours(1)),
        Row("Sở Tư pháp", "Sở, ban, ngành", AssessmentState.UnderAppraisal, 0, 10, null, Day.AddHours(3)),
        Row("Phường Đông Vĩnh", "Xã, phường", AssessmentState.UnderAppraisal, 8, 10, "A2", null),
    ];

    [Theory]
    [InlineData("thanh lam", "Xã Thanh Lâm")]
    [InlineData("THANH LÂM", "Xã Thanh Lâm")]
    [InlineData("dong vinh", "Phường Đông Vĩnh")]
    [InlineData("so y", "Sở Y tế")]
    public void Search_IgnoresAccentsCaseAndSpaces(string query, string unit) =>
        Assert.Equal([unit], new AppraisalQueueFilter(query).Apply(Queue).Select(r => r.UnitName));

    [Fact]
    public void Search_OnTheBlockName_AndAnEmptyQuery_KeepsAll()
    {
        Assert.Equal(2, new AppraisalQueueFilter("xa phuong").Apply(Queue).Count);
        Assert.Equal(4, new AppraisalQueueFilter("  ").Apply(Queue).Count);
        Assert.Empty(new AppraisalQueueFilter("khong co").Apply(Queue));
    }

    [Fact]
    public void StateBlockAndMineUnfinished_Combine()
    {
        Assert.Equal(["Phường Đông Vĩnh", "Sở Tư pháp", "Xã Thanh Lâm"],
            new AppraisalQueueFilter(State: AssessmentState.UnderAppraisal).Apply(Queue).Select(r => r.UnitName));
        Assert.Equal(["Sở Tư pháp", "Sở Y tế"], new AppraisalQueueFilter(Block: "Sở, ban, ngành").Apply(Queue).Select(r => r.UnitName));

        // Mine: assigned to the caller (a scope), and criteria still to appraise; Sở Tư pháp is someone else's, Sở Y tế is done.
        Assert.Equal(["Phường Đông Vĩnh", "Xã Thanh Lâm"], new AppraisalQueueFilter(MineUnfinished: true).Apply(Queue).Select(r => r.UnitName));
        Assert.Equal(["Xã Thanh Lâm"], new AppraisalQueueFilter("lam", AssessmentState.UnderAppraisal, "Xã, phường", MineUnfinished: true).Apply(Queue).Select(r => r.UnitName));
    }

    [Fact]
    public void Sorts_ByWhatIsLeft_AndBySubmission()
    {
        Assert.Equal(["Sở Tư pháp", "Xã Thanh Lâm", "Phường Đông Vĩnh", "Sở Y tế"],
            new AppraisalQueueFilter(Sort: AppraisalQueueSort.Progress).Apply(Queue).Select(r => r.UnitName));
        Assert.Equal(["Sở Y tế", "Sở Tư pháp", "Xã Thanh Lâm", "Phường Đông Vĩnh"],
            new AppraisalQueueFilter(Sort: AppraisalQueueSort.Submitted).Apply(Queue).Select(r => r.UnitName));
    }

    [Fact]
    public void TrackingList_NotSubmitted_AndFewestAnswersFirst()
    {
        SelfAssessmentRow[] rows =
        [
            new(Guid.NewGuid(), Guid.NewGuid(), "Xã Thanh Lâm", "Xã, phường", AssessmentState.InProgress, 12, null, null, Day),
            new(Guid.NewGuid(), Guid.NewGuid(), "Sở Y tế", "Sở, ban, ngành", AssessmentState.Submitted, 40, Day, null, Day),
            new(Guid.NewGuid(), Guid.NewGuid(), "Sở Tư pháp", "Sở, ban, ngành", AssessmentState.NotStarted, 0, null, null, null),
        ];

        Assert.Equal(["Sở Tư pháp", "Xã Thanh Lâm"],
            new SelfAssessmentListFilter(NotSubmitted: true, Sort: SelfAssessmentListSort.Answered).Apply(rows).Select(r => r.UnitName));
        Assert.Equal(["Xã Thanh Lâm"], new SelfAssessmentListFilter("thanh lam").Apply(rows).Select(r => r.UnitName));
    }

    [Fact]
    public void Choices_AreTheStatesAndBlocksInTheList_InOrder_AndBlockSortReadsByUnitWithin()
    {
        Assert.Equal([AssessmentState.UnderAppraisal, AssessmentState.AppraisedRound1], AppraisalQueueFilter.States(Queue));
        Assert.Equal(["Sở, ban, ngành", "Xã, phường"], AppraisalQueueFilter.Blocks(Queue));
        Assert.Equal(["Sở Tư pháp", "Sở Y tế", "Phường Đông Vĩnh", "Xã Thanh Lâm"],
            new AppraisalQueueFilter(Sort: AppraisalQueueSort.Block).Apply(Queue).Select(r => r.UnitName));
    }

    [Fact]
    public void Fold_DropsAccentsAndPunctuation() => Assert.Equal("madonvi", SearchText.Fold("Mã đơn vị"));

    private static AppraisalQueueRow Row(string unit, string block, AssessmentState state, int appraised, int toAppraise, string? scope, DateTime? submitted) =>
        new(Guid.NewGuid(), unit, block, state, submitted, appraised, toAppraise, 0, 0, scope, []);
}
