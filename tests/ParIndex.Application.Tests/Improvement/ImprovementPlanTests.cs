using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Improvement;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Improvement;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Tests.Improvement;

/// <summary>A unit keeps its improvement plan from its lost points; others only read it, and only the province's roles.</summary>
public sealed class ImprovementPlanTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private DateOnly Today => VietnamTime.DateOf(app.Clock.Now.UtcDateTime);

    [Fact]
    public async Task CreateFromALostPoint_TakesThePointsFromTheScorecard_AndThePlanShowsTheLossAsCovered()
    {
        var story = await ImprovementStory.SeedAsync(app);

        var id = await Create(story, Roles.AgencyLeader, story.Plan, "Ban hành kế hoạch CCHC năm sau", Today.AddDays(30));

        var plan = await app.Handler<GetImprovementPlanHandler>(Roles.AgencyStaff, story.An).HandleAsync(new GetImprovementPlan(story.An), Ct);
        Assert.Equal(story.PeriodId, plan.Period!.Id);
        Assert.True(plan.MayEdit);
        var task = Assert.Single(plan.Tasks);
        Assert.Equal((id, "1.1", "Ban hành kế hoạch CCHC", 2m, ImprovementStatus.NotStarted), (task.Id, task.CriterionCode, task.CriterionTitle, task.PointsLost!.Value, task.Shown));
        Assert.Equal([ImprovementStatus.InProgress, ImprovementStatus.Done], task.NextStatuses);
        Assert.Equal(["1.2", "1.1", "2.1"], plan.Losses.Select(l => l.Code));
        Assert.Equal((1, 2m, ImprovementStory.PlanReason), plan.Losses.Where(l => l.Code == "1.1").Select(l => (l.TaskCount, l.Lost, l.Reason)).Single());
        Assert.Equal(0, plan.Losses.Single(l => l.Code == "1.2").TaskCount);
        await using var db = app.NewDbContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == "improvement.created" && e.EntityId == id.ToString());
        Assert.Equal("Ban hành kế hoạch CCHC năm sau", AuditValues.Text(entry.NewValues, "Title"));
    }

    [Fact]
    public async Task Create_ForACriterionTheUnitDidNotLosePointsOn_OrWithoutTitleOrWithAPastDueDate_IsRefusedInVietnamese()
    {
        var story = await ImprovementStory.SeedAsync(app);
        var binh = app.Handler<CreateImprovementTaskHandler>(Roles.AgencyStaff, story.Binh);

        var notLost = await Assert.ThrowsAsync<ValidationException>(() => binh.HandleAsync(
            new CreateImprovementTask(story.PeriodId, story.Binh, story.Plan, "Kế hoạch", null, "Văn phòng", Today.AddDays(5)), Ct));
        var empty = await Assert.ThrowsAsync<ValidationException>(() => binh.HandleAsync(
            new CreateImprovementTask(story.PeriodId, story.Binh, null, " ", null, "", Today.AddDays(-1)), Ct));

        Assert.Equal("Tiêu chí này không bị mất điểm trong kỳ đã chọn.", Assert.Single(notLost.Errors).ErrorMessage);
        Assert.Equal(
            ["Cần nhập tên nhiệm vụ.", "Cần ghi người hoặc bộ phận chịu trách nhiệm.", "Hạn hoàn thành không được trước ngày hôm nay."],
            empty.Errors.Select(e => e.ErrorMessage));
        await using var db = app.NewDbContext();
        Assert.False(await db.ImprovementTasks.AnyAsync(t => t.UnitId == story.Binh));
    }

    [Fact]
    public async Task Create_InAPeriodTheCouncilHasNotDecided_IsRefusedWithTheReason()
    {
        var story = await ImprovementStory.SeedAsync(app, PeriodState.CouncilReview);

        var error = await Assert.ThrowsAsync<WorkflowRefusedException>(() => Create(story, Roles.AgencyStaff, null, "Rà soát quy trình", Today));

        Assert.Contains("đã được phê duyệt hoặc công bố", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherUnit_CannotReadCreateChangeOrDelete_WhateverIdItSends_AndEachRefusalIsAudited()
    {
        var story = await ImprovementStory.SeedAsync(app);
        var id = await Create(story, Roles.AgencyStaff, story.OnTime, "Theo dõi hồ sơ sắp đến hạn", Today.AddDays(10));
        var stamp = await StampAsync(id);
        var outsider = Guid.CreateVersion7();

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<GetImprovementPlanHandler>(Roles.AgencyLeader, story.Binh, outsider)
            .HandleAsync(new GetImprovementPlan(story.An), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<CreateImprovementTaskHandler>(Roles.AgencyLeader, story.Binh, outsider)
            .HandleAsync(new CreateImprovementTask(story.PeriodId, story.An, null, "Chen ngang", null, "Sở Bình", Today), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<UpdateImprovementTaskHandler>(Roles.AgencyLeader, story.Binh, outsider)
            .HandleAsync(new UpdateImprovementTask(id, "Sửa trộm", null, "Sở Bình", Today.AddDays(10), stamp), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<ChangeImprovementStatusHandler>(Roles.AgencyStaff, story.Binh, outsider)
            .HandleAsync(new ChangeImprovementStatus(id, ImprovementStatus.Done, stamp), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<AddImprovementNoteHandler>(Roles.AgencyStaff, story.Binh, outsider)
            .HandleAsync(new AddImprovementNote(id, "Ghi chú lạ"), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<DeleteImprovementTaskHandler>(Roles.AgencyStaff, story.Binh, outsider)
            .HandleAsync(new DeleteImprovementTask(id, stamp), Ct));

        await using var db = app.NewDbContext();
        var task = await db.ImprovementTasks.Include(t => t.Notes).SingleAsync(t => t.Id == id);
        Assert.Equal(("Theo dõi hồ sơ sắp đến hạn", ImprovementStatus.NotStarted, 0), (task.Title, task.Status, task.Notes.Count));
        var refused = await db.AuditEntries.Where(e => e.UserId == outsider && !e.Succeeded).Select(e => e.Action).ToListAsync();
        Assert.Equal(["improvement.created", "improvement.deleted", "improvement.noteAdded", "improvement.read", "improvement.statusChanged", "improvement.updated"],
            refused.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ProvinceRoles_ReadAnyUnitsPlanButChangeNothing_TheCouncilDoesNotReadPlans()
    {
        var story = await ImprovementStory.SeedAsync(app);
        var id = await Create(story, Roles.AgencyStaff, story.Inspection, "Kiểm tra 30% đơn vị trực thuộc", Today.AddDays(60));

        foreach (var role in new[] { Roles.Inspector, Roles.Leader, Roles.Administrator })
        {
            var plan = await app.Handler<GetImprovementPlanHandler>(role).HandleAsync(new GetImprovementPlan(story.An, story.PeriodId), Ct);
            Assert.Equal((id, false), (Assert.Single(plan.Tasks).Id, plan.MayEdit));
        }

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<ChangeImprovementStatusHandler>(Roles.Inspector)
            .HandleAsync(new ChangeImprovementStatus(id, ImprovementStatus.Done, Guid.Empty), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<CreateImprovementTaskHandler>(Roles.Leader)
            .HandleAsync(new CreateImprovementTask(story.PeriodId, story.An, null, "Chỉ đạo", null, "UBND tỉnh", Today), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<GetImprovementPlanHandler>(Roles.CouncilMember)
            .HandleAsync(new GetImprovementPlan(story.An), Ct));
    }

    [Fact]
    public async Task Status_ForwardRecordsTheDoneDay_BackwardIsRefusedInVietnamese_AStaleStampIsAConflict()
    {
        var story = await ImprovementStory.SeedAsync(app);
        var id = await Create(story, Roles.AgencyStaff, story.Plan, "Ban hành kế hoạch", Today.AddDays(20));
        var handler = app.Handler<ChangeImprovementStatusHandler>(Roles.AgencyLeader, story.An);
        var first = await StampAsync(id);

        var started = await handler.HandleAsync(new ChangeImprovementStatus(id, ImprovementStatus.InProgress, first), Ct);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => handler.HandleAsync(new ChangeImprovementStatus(id, ImprovementStatus.Done, first), Ct));
        var done = await handler.HandleAsync(new ChangeImprovementStatus(id, ImprovementStatus.Done, started), Ct);
        var back = await Assert.ThrowsAsync<WorkflowRefusedException>(() => handler.HandleAsync(new ChangeImprovementStatus(id, ImprovementStatus.NotStarted, done), Ct));
        var overdue = await Assert.ThrowsAsync<WorkflowRefusedException>(() => handler.HandleAsync(new ChangeImprovementStatus(id, ImprovementStatus.Overdue, done), Ct));

        Assert.Equal("Không thể chuyển nhiệm vụ từ \"Hoàn thành\" sang \"Chưa bắt đầu\".", back.Message);
        Assert.Contains("quá hạn", overdue.Message, StringComparison.Ordinal);
        await using var db = app.NewDbContext();
        var task = await db.ImprovementTasks.SingleAsync(t => t.Id == id);
        Assert.Equal((ImprovementStatus.Done, (DateOnly?)Today), (task.Status, task.CompletedOn));
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == "improvement.statusChanged" && e.EntityId == id.ToString() && e.Succeeded));
    }

    [Fact]
    public async Task UpdateNoteAndDelete_KeepTheTrail_AndThePlanListsNotesNewestFirst()
    {
        var story = await ImprovementStory.SeedAsync(app);
        var id = await Create(story, Roles.AgencyStaff, null, "Tập huấn cán bộ một cửa", Today.AddDays(15));
        var stamp = await app.Handler<UpdateImprovementTaskHandler>(Roles.AgencyStaff, story.An).HandleAsync(
            new UpdateImprovementTask(id, "Tập huấn cán bộ bộ phận một cửa", "Mời giảng viên Sở Nội vụ", "Văn phòng Sở", Today.AddDays(25), await StampAsync(id)), Ct);
        await app.Handler<AddImprovementNoteHandler>(Roles.AgencyStaff, story.An).HandleAsync(new AddImprovementNote(id, "Đã gửi công văn mời giảng viên."), Ct);
        app.Clock.Now = app.Clock.Now.AddHours(1);
        try
        {
            await app.Handler<AddImprovementNoteHandler>(Roles.AgencyLeader, story.An).HandleAsync(new AddImprovementNote(id, "Đã chốt lịch ngày 15."), Ct);
            var row = Assert.Single((await app.Handler<GetImprovementPlanHandler>(Roles.Inspector).HandleAsync(new GetImprovementPlan(story.An, story.PeriodId), Ct)).Tasks);
            Assert.Equal(("Tập huấn cán bộ bộ phận một cửa", "Mời giảng viên Sở Nội vụ", Today.AddDays(25), stamp), (row.Title, row.Action, row.DueDate, row.ConcurrencyStamp));
            Assert.Equal(["Đã chốt lịch ngày 15.", "Đã gửi công văn mời giảng viên."], row.Notes.Select(n => n.Text));

            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => app.Handler<DeleteImprovementTaskHandler>(Roles.AgencyLeader, story.An)
                .HandleAsync(new DeleteImprovementTask(id, Guid.NewGuid()), Ct));
            await app.Handler<DeleteImprovementTaskHandler>(Roles.AgencyLeader, story.An).HandleAsync(new DeleteImprovementTask(id, stamp), Ct);
        }
        finally
        {
            app.Clock.Now = app.Clock.Now.AddHours(-1);
        }

        await using var db = app.NewDbContext();
        Assert.False(await db.ImprovementTasks.AnyAsync(t => t.Id == id));
        Assert.False(await db.ImprovementNotes.AnyAsync(n => n.TaskId == id));
        var actions = await db.AuditEntries.Where(e => e.EntityId == id.ToString() && e.Succeeded).Select(e => e.Action).ToListAsync();
        Assert.Equal(["improvement.created", "improvement.deleted", "improvement.noteAdded", "improvement.noteAdded", "improvement.updated"], actions.Order(StringComparer.Ordinal));
        var deleted = await db.AuditEntries.SingleAsync(e => e.EntityId == id.ToString() && e.Action == "improvement.deleted");
        Assert.Equal("Tập huấn cán bộ bộ phận một cửa", AuditValues.Text(deleted.OldValues, "Title"));
    }

    [Fact]
    public async Task Update_MovingTheDueDateIntoThePast_IsRefused_KeepingAnOverdueDate_IsNot()
    {
        var story = await ImprovementStory.SeedAsync(app);
        var id = await Create(story, Roles.AgencyStaff, null, "Rà soát quy chế", Today.AddDays(1));
        app.Clock.Now = app.Clock.Now.AddDays(3);
        try
        {
            var handler = app.Handler<UpdateImprovementTaskHandler>(Roles.AgencyStaff, story.An);
            var stamp = await handler.HandleAsync(new UpdateImprovementTask(id, "Rà soát quy chế làm việc", null, "Văn phòng", Today.AddDays(-2), await StampAsync(id)), Ct);
            var error = await Assert.ThrowsAsync<ValidationException>(() => handler.HandleAsync(
                new UpdateImprovementTask(id, "Rà soát quy chế làm việc", null, "Văn phòng", Today.AddDays(-1), stamp), Ct));

            Assert.Equal(("DueDate", "Hạn hoàn thành không được trước ngày hôm nay."), (Assert.Single(error.Errors).PropertyName, error.Errors.Single().ErrorMessage));
            var row = Assert.Single((await app.Handler<GetImprovementPlanHandler>(Roles.AgencyStaff, story.An).HandleAsync(new GetImprovementPlan(story.An), Ct)).Tasks);
            Assert.Equal(("Rà soát quy chế làm việc", ImprovementStatus.Overdue), (row.Title, row.Shown));
        }
        finally
        {
            app.Clock.Now = app.Clock.Now.AddDays(-3);
        }
    }

    private async Task<Guid> Create(ImprovementStory story, string role, Guid? criterion, string title, DateOnly due) =>
        await app.Handler<CreateImprovementTaskHandler>(role, story.An)
            .HandleAsync(new CreateImprovementTask(story.PeriodId, story.An, criterion, title, "Giao Văn phòng tham mưu", "Văn phòng Sở", due), Ct);

    private async Task<Guid> StampAsync(Guid id)
    {
        await using var db = app.NewDbContext();
        return await db.ImprovementTasks.Where(t => t.Id == id).Select(t => t.ConcurrencyStamp).SingleAsync();
    }
}
