using ParIndex.Domain.Common;
using ParIndex.Domain.Improvement;

namespace ParIndex.Domain.Tests.Improvement;

public sealed class ImprovementTaskTests
{
    private static readonly DateOnly Today = new(2026, 4, 10);
    private static readonly DateTime Now = new(2026, 4, 10, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void New_ForALostCriterion_KeepsCodeAndPointsAndStartsNotStarted()
    {
        var node = Guid.NewGuid();

        var task = New(new LostPoints(node, "2.3", 1.5m), title: "  Số hóa hồ sơ thủ tục  ");

        Assert.Equal((node, "2.3", 1.5m), (task.CriterionId!.Value, task.CriterionCode, task.PointsLost!.Value));
        Assert.Equal(("Số hóa hồ sơ thủ tục", ImprovementStatus.NotStarted), (task.Title, task.Status));
        Assert.Null(task.CompletedOn);
    }

    [Theory]
    [InlineData("", "Văn phòng", "improvement.title")]
    [InlineData("   ", "Văn phòng", "improvement.title")]
    [InlineData("Ban hành kế hoạch", " ", "improvement.owner")]
    public void New_WithoutTitleOrOwner_IsRefused(string title, string owner, string code)
    {
        var error = Assert.Throws<DomainException>(() => New(null, title, owner));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void New_TitleLongerThanTheLimit_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => New(null, new string('a', ImprovementTask.MaxTitleLength + 1)));

        Assert.Equal("improvement.title", error.Code);
    }

    [Fact]
    public void New_DueYesterday_IsRefused_DueToday_IsAccepted()
    {
        var error = Assert.Throws<DomainException>(() => New(null, due: Today.AddDays(-1)));

        Assert.Equal("improvement.dueDate", error.Code);
        Assert.Equal(Today, New(null, due: Today).DueDate);
    }

    [Fact]
    public void New_ForACriterionWithNoLostPoints_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => New(new LostPoints(Guid.NewGuid(), "1.1", 0m)));

        Assert.Equal("improvement.criterion", error.Code);
    }

    [Fact]
    public void StatusOn_NotDoneAfterTheDueDate_IsOverdue_OnTheDueDateItselfItIsNot()
    {
        var task = New(null, due: Today.AddDays(5));

        Assert.Equal(ImprovementStatus.NotStarted, task.StatusOn(Today.AddDays(5)));
        Assert.Equal(ImprovementStatus.Overdue, task.StatusOn(Today.AddDays(6)));
        task.MoveTo(ImprovementStatus.InProgress, Today);
        Assert.Equal(ImprovementStatus.Overdue, task.StatusOn(Today.AddDays(6)));
    }

    [Fact]
    public void MoveToDone_RecordsTheDay_ADoneTaskIsNeverOverdue_ReopeningClearsTheDay()
    {
        var task = New(null, due: Today.AddDays(5));
        task.MoveTo(ImprovementStatus.InProgress, Today);

        task.MoveTo(ImprovementStatus.Done, Today.AddDays(7));

        Assert.Equal((ImprovementStatus.Done, (DateOnly?)Today.AddDays(7)), (task.Status, task.CompletedOn));
        Assert.Equal(ImprovementStatus.Done, task.StatusOn(Today.AddDays(30)));
        task.MoveTo(ImprovementStatus.InProgress, Today.AddDays(8));
        Assert.Equal((ImprovementStatus.InProgress, (DateOnly?)null), (task.Status, task.CompletedOn));
    }

    [Theory]
    [InlineData(ImprovementStatus.NotStarted, ImprovementStatus.InProgress, true)]
    [InlineData(ImprovementStatus.NotStarted, ImprovementStatus.Done, true)]
    [InlineData(ImprovementStatus.InProgress, ImprovementStatus.Done, true)]
    [InlineData(ImprovementStatus.Done, ImprovementStatus.InProgress, true)]
    [InlineData(ImprovementStatus.InProgress, ImprovementStatus.NotStarted, false)]
    [InlineData(ImprovementStatus.Done, ImprovementStatus.NotStarted, false)]
    [InlineData(ImprovementStatus.NotStarted, ImprovementStatus.NotStarted, false)]
    [InlineData(ImprovementStatus.Done, ImprovementStatus.Done, false)]
    public void MayMove_ForwardOrReopen(ImprovementStatus from, ImprovementStatus to, bool allowed) =>
        Assert.Equal(allowed, ImprovementTask.MayMove(from, to));

    [Fact]
    public void MoveTo_BackToNotStartedOrToOverdue_IsRefusedAndTheStatusStays()
    {
        var task = New(null);
        task.MoveTo(ImprovementStatus.InProgress, Today);

        var back = Assert.Throws<DomainException>(() => task.MoveTo(ImprovementStatus.NotStarted, Today));
        var overdue = Assert.Throws<DomainException>(() => task.MoveTo(ImprovementStatus.Overdue, Today));

        Assert.Equal(("improvement.transition", "improvement.statusComputed"), (back.Code, overdue.Code));
        Assert.Equal(ImprovementStatus.InProgress, task.Status);
    }

    [Fact]
    public void Edit_AnOverdueTaskKeepingItsDate_IsAllowed_MovingTheDateIntoThePast_IsNot()
    {
        var task = New(null, due: Today);
        var later = Today.AddDays(3);

        task.Edit("Cập nhật quy trình", "Rà soát lại", "Phòng Tổ chức", Today, later);
        var error = Assert.Throws<DomainException>(() => task.Edit("Cập nhật quy trình", null, "Phòng Tổ chức", Today.AddDays(1), later));

        Assert.Equal("improvement.dueDate", error.Code);
        Assert.Equal(("Cập nhật quy trình", "Phòng Tổ chức", Today), (task.Title, task.Owner, task.DueDate));
        task.Edit("Cập nhật quy trình", null, "Phòng Tổ chức", later.AddDays(10), later);
        Assert.Equal((later.AddDays(10), (string?)null), (task.DueDate, task.Action));
    }

    [Fact]
    public void Edit_WithAnEmptyOwner_ChangesNothing()
    {
        var task = New(null, title: "Ban hành kế hoạch");

        Assert.Throws<DomainException>(() => task.Edit("Tiêu đề mới", "Việc mới", "", Today.AddDays(9), Today));

        Assert.Equal(("Ban hành kế hoạch", "Văn phòng Sở"), (task.Title, task.Owner));
    }

    [Fact]
    public void AddNote_KeepsTextAuthorAndTime_AnEmptyNoteIsRefused()
    {
        var task = New(null);

        var note = task.AddNote(" Đã họp triển khai ", "Lê Thị Hương", Now);

        Assert.Equal(("Đã họp triển khai", "Lê Thị Hương", Now, task.Id), (note.Text, note.AuthorName, note.WrittenAtUtc, note.TaskId));
        Assert.Equal("improvement.note", Assert.Throws<DomainException>(() => task.AddNote(" ", null, Now)).Code);
        Assert.Single(task.Notes);
    }

    private static ImprovementTask New(LostPoints? criterion, string title = "Ban hành kế hoạch CCHC", string owner = "Văn phòng Sở", DateOnly? due = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), criterion, title, "Trình lãnh đạo ký ban hành", owner, due ?? Today.AddDays(30), Today, Guid.NewGuid(), Now);
}
