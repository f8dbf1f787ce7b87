using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Common;

namespace ParIndex.Application.Tests.SelfAssessment;

public sealed class SelfAssessmentTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Open_OwnUnit_GroupsCriteriaByDomainWithWhatEachAsks()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));

        var view = await app.Handler<GetSelfAssessmentHandler>(Roles.AgencyStaff, story.UnitA)
            .HandleAsync(new GetSelfAssessment(story.PeriodId), Ct);

        Assert.Equal(["1", "2", "T"], view.Domains.Select(d => d.Code));
        Assert.True(view.Can.Edit);
        Assert.False(view.Can.Submit);
        var rate = view.Criteria.Single(c => c.NodeId == story.Rate);
        Assert.Equal("rate", Assert.Single(rate.Fields).Name);
        var survey = view.Criteria.Single(c => c.NodeId == story.Survey);
        Assert.False(survey.IsUnitEntered);
        Assert.Equal((0m, 8m, 0, 3, 2m), (view.Totals.Points, view.Totals.MaxPoints, view.Totals.Answered, view.Totals.ToAnswer, view.Totals.OtherMaxPoints));
        Assert.Contains(view.Checklist, i => i.NodeId == story.YesNo && i.Blocks);
    }

    [Fact]
    public async Task Save_RateFromNumeratorAndDenominator_EarnsItsTierAndMovesTheTotals()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));

        var saved = await Save(story, story.Rate, new() { ["numerator"] = "95", ["denominator"] = "100" });

        Assert.Equal(2m, saved.SelfScore);
        Assert.Equal((2m, 8m, 1), (saved.Totals.Points, saved.Totals.MaxPoints, saved.Totals.Answered));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, saved.SavedAtUtc);
        await using var db = app.NewDbContext();
        var stored = await db.CriterionResponses.SingleAsync(r => r.AssessmentId == story.AssessmentA && r.NodeId == story.Rate);
        Assert.Equal("""{"numerator":95,"denominator":100}""", stored.Inputs);
        Assert.Equal(2m, stored.SelfScore);
        Assert.Equal(AssessmentState.InProgress, (await db.Assessments.SingleAsync(a => a.Id == story.AssessmentA)).State);
        var audit = await db.AuditEntries.Where(a => a.Action == "selfAssessment.answerSaved" && a.EntityId == stored.Id.ToString()).SingleAsync();
        Assert.Contains("\"SelfScore\":2", audit.NewValues, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("numerator", "120", "denominator", "100", "Tử số không được lớn hơn mẫu số.")]
    [InlineData("rate", "101", null, null, "Tỷ lệ (%): không vượt quá 100.")]
    [InlineData("numerator", "-1", "denominator", "10", "Tử số: không được là số âm.")]
    [InlineData("numerator", "mười", "denominator", "10", "Tử số: nhập một số (dấu chấm hoặc dấu phẩy cho phần thập phân).")]
    public async Task Save_BadFigures_AreRefusedWithAClearMessageAndNothingIsStored(string key1, string value1, string? key2, string? value2, string message)
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        var values = new Dictionary<string, string?> { [key1] = value1 };
        if (key2 is not null)
        {
            values[key2] = value2;
        }

        var ex = await Assert.ThrowsAsync<ValidationException>(() => Save(story, story.Rate, values));

        Assert.Contains(ex.Errors, e => e.ErrorMessage == message);
        await using var db = app.NewDbContext();
        Assert.False(await db.CriterionResponses.AnyAsync(r => r.AssessmentId == story.AssessmentA));
    }

    [Fact]
    public async Task Save_DecimalCommaAndLevelChoice_AreUnderstood()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));

        var rate = await Save(story, story.Rate, new() { ["rate"] = "98,5" });
        var level = await Save(story, story.Level, new() { ["level"] = "Một phần" });

        Assert.Equal(4m, rate.SelfScore);
        Assert.Equal(1m, level.SelfScore);
        await Assert.ThrowsAsync<ValidationException>(() => Save(story, story.Level, new() { ["level"] = "Xuất sắc" }, level.ConcurrencyStamp));
    }

    [Fact]
    public async Task Save_TwoStaffOnOneCriterion_SecondGetsAConflictAndTheFirstAnswerStays()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        var first = await Save(story, story.YesNo, new() { ["done"] = "false" });
        var bothSaw = first.ConcurrencyStamp;

        await Save(story, story.YesNo, new() { ["done"] = "true" }, bothSaw);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Save(story, story.YesNo, new() { ["done"] = "false" }, bothSaw));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Save(story, story.Rate, new() { ["rate"] = "50" }, Guid.NewGuid()));

        await using var db = app.NewDbContext();
        Assert.Equal(2m, (await db.CriterionResponses.SingleAsync(r => r.AssessmentId == story.AssessmentA && r.NodeId == story.YesNo)).SelfScore);
    }

    [Fact]
    public async Task Save_IntoAnotherUnitsAssessment_IsRefusedAuditedAndChangesNothing()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<SaveAnswerHandler>(Roles.AgencyStaff, story.UnitA)
            .HandleAsync(new SaveAnswer(story.AssessmentB, story.YesNo, new Dictionary<string, string?> { ["done"] = "true" }, null, null), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<GetSelfAssessmentHandler>(Roles.AgencyLeader, story.UnitA)
            .HandleAsync(new GetSelfAssessment(story.PeriodId, story.UnitB), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<SaveAnswerHandler>(Roles.Inspector)
            .HandleAsync(new SaveAnswer(story.AssessmentB, story.YesNo, new Dictionary<string, string?> { ["done"] = "true" }, null, null), Ct));

        await using var db = app.NewDbContext();
        Assert.False(await db.CriterionResponses.AnyAsync(r => r.AssessmentId == story.AssessmentB));
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => !a.Succeeded && a.EntityId == story.AssessmentB.ToString()));
    }

    [Fact]
    public async Task Save_OneSecondBeforeTheDeadline_IsAcceptedAndOneSecondAfter_IsRefusedNamingTheDeadline()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromSeconds(1));
        var start = app.Clock.Now;
        try
        {
            var saved = await Save(story, story.YesNo, new() { ["done"] = "true" });
            app.Clock.Now = start.AddSeconds(2);

            var ex = await Assert.ThrowsAsync<DomainException>(() => Save(story, story.YesNo, new() { ["done"] = "false" }, saved.ConcurrencyStamp));

            Assert.Contains(VietnamTime.FromUtc(story.DeadlineUtc).ToString("HH:mm 'ngày' dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
                DomainMessages.For(ex), StringComparison.Ordinal);
        }
        finally
        {
            app.Clock.Now = start;
        }
    }

    [Fact]
    public async Task Submit_WithCriteriaUnanswered_IsRefusedListingThem()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        await Save(story, story.Rate, new() { ["rate"] = "99" });
        var view = await View(story);

        var ex = await Assert.ThrowsAsync<DomainException>(() => app.Handler<SubmitSelfAssessmentHandler>(Roles.AgencyLeader, story.UnitA)
            .HandleAsync(new SubmitSelfAssessment(story.AssessmentA, view.ConcurrencyStamp), Ct));

        Assert.Contains("1.1", DomainMessages.For(ex), StringComparison.Ordinal);
        Assert.Contains("1.3", DomainMessages.For(ex), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ByStaffInsteadOfTheLeader_IsRefused()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        var view = await Complete(story);

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<SubmitSelfAssessmentHandler>(Roles.AgencyStaff, story.UnitA)
            .HandleAsync(new SubmitSelfAssessment(story.AssessmentA, view.ConcurrencyStamp), Ct));
    }

    [Fact]
    public async Task Submit_TenAtOnce_SubmitsExactlyOnceAndTheAssessmentIsThenReadOnly()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        var view = await Complete(story);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            try
            {
                await app.Handler<SubmitSelfAssessmentHandler>(Roles.AgencyLeader, story.UnitA)
                    .HandleAsync(new SubmitSelfAssessment(story.AssessmentA, view.ConcurrencyStamp), Ct);
                return true;
            }
            catch (Exception ex) when (ex is ConcurrencyConflictException or DomainException)
            {
                return false;
            }
        }));

        Assert.Equal(1, attempts.Count(ok => ok));
        await using var db = app.NewDbContext();
        var assessment = await db.Assessments.SingleAsync(a => a.Id == story.AssessmentA);
        Assert.Equal(AssessmentState.Submitted, assessment.State);
        Assert.Equal(100m * 8m / 8m, assessment.SelfIndex);
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "selfAssessment.submitted" && a.Succeeded && a.EntityId == story.AssessmentA.ToString()));
        var after = await View(story);
        Assert.False(after.Can.Edit);
        await Assert.ThrowsAsync<DomainException>(() => Save(story, story.YesNo, new() { ["done"] = "false" },
            after.Criteria.Single(c => c.NodeId == story.YesNo).ConcurrencyStamp));
    }

    [Fact]
    public async Task Submit_AfterTheDeadlineLockedIt_IsRefusedNamingTheDeadline_NotAsAConflict()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromMinutes(1));
        var view = await Complete(story);
        var start = app.Clock.Now;
        try
        {
            app.Clock.Now = start.AddMinutes(2);
            using (var scope = app.Services.CreateScope())
            {
                Assert.True(await scope.ServiceProvider.GetRequiredService<LockOverdueAssessmentsHandler>().HandleAsync(new LockOverdueAssessments(), Ct) >= 1);
            }

            // The leader's page still holds the version from before the lock; the refusal is about the deadline.
            var refused = await Assert.ThrowsAsync<DomainException>(() => app.Handler<SubmitSelfAssessmentHandler>(Roles.AgencyLeader, story.UnitA)
                .HandleAsync(new SubmitSelfAssessment(story.AssessmentA, view.ConcurrencyStamp), Ct));
            Assert.Equal("assessment.readOnly", refused.Code);
            Assert.Contains("Đã hết hạn tự đánh giá", DomainMessages.For(refused), StringComparison.Ordinal);
            await using var db = app.NewDbContext();
            Assert.Equal(AssessmentState.LockedAtDeadline, (await db.Assessments.SingleAsync(a => a.Id == story.AssessmentA)).State);
        }
        finally
        {
            app.Clock.Now = start;
        }
    }

    [Fact]
    public async Task Extension_ByInspector_ReopensALockedAssessmentAndIsAudited()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromSeconds(1));
        var start = app.Clock.Now;
        try
        {
            app.Clock.Now = start.AddMinutes(1);
            await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<GrantExtensionHandler>(Roles.AgencyLeader, story.UnitA)
                .HandleAsync(new GrantExtension(story.AssessmentA, DateTime.Today.AddDays(3), "Xin thêm"), Ct));
            var newDeadline = VietnamTime.FromUtc(start.UtcDateTime).Date.AddDays(3).AddHours(17);

            var deadlineUtc = await app.Handler<GrantExtensionHandler>(Roles.Inspector)
                .HandleAsync(new GrantExtension(story.AssessmentA, newDeadline, "Đơn vị bị ảnh hưởng bởi bão số 3"), Ct);

            Assert.Equal(newDeadline.AddHours(-7), deadlineUtc);
            var saved = await Save(story, story.YesNo, new() { ["done"] = "true" });
            Assert.Equal(2m, saved.SelfScore);
            await using var db = app.NewDbContext();
            var audit = await db.AuditEntries.SingleAsync(a => a.Action == "selfAssessment.extended" && a.Succeeded && a.EntityId == story.AssessmentA.ToString());
            Assert.Contains("bão số 3", audit.NewValues, StringComparison.Ordinal);
        }
        finally
        {
            app.Clock.Now = start;
        }
    }

    [Fact]
    public async Task List_ForInspectors_ShowsEachUnitsStateAndAnswersButIsRefusedToAgencyStaff()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        await Complete(story);

        var list = await app.Handler<ListSelfAssessmentsHandler>(Roles.Inspector).HandleAsync(new ListSelfAssessments(story.PeriodId), Ct);

        var a = list.Rows.Single(r => r.UnitId == story.UnitA);
        var b = list.Rows.Single(r => r.UnitId == story.UnitB);
        Assert.Equal((AssessmentState.InProgress, 3), (a.State, a.Answered));
        Assert.Equal((AssessmentState.NotStarted, 0), (b.State, b.Answered));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, a.LastChangeUtc);
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<ListSelfAssessmentsHandler>(Roles.AgencyLeader, story.UnitA)
            .HandleAsync(new ListSelfAssessments(story.PeriodId), Ct));
    }

    private async Task<SelfAssessmentView> Complete(SelfAssessmentStory story)
    {
        await Save(story, story.YesNo, new() { ["done"] = "true" }, explanation: "Kế hoạch số 12/KH-UBND, bản giấy lưu tại văn phòng.");
        await Save(story, story.Rate, new() { ["numerator"] = "99", ["denominator"] = "100" });
        await Save(story, story.Level, new() { ["level"] = "Đầy đủ" });
        return await View(story);
    }

    private Task<SelfAssessmentView> View(SelfAssessmentStory story) =>
        app.Handler<GetSelfAssessmentHandler>(Roles.AgencyLeader, story.UnitA).HandleAsync(new GetSelfAssessment(story.PeriodId), Ct);

    private Task<SavedAnswer> Save(SelfAssessmentStory story, Guid node, Dictionary<string, string?> values, Guid? stamp = null,
        string? explanation = null) =>
        app.Handler<SaveAnswerHandler>(Roles.AgencyStaff, story.UnitA)
            .HandleAsync(new SaveAnswer(story.AssessmentA, node, values, explanation, stamp), Ct);
}
