using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Users;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.Tests.Appraisal;

/// <summary>
/// Bulk assignment on the appraisal story (units A and B of one block, three appraised leaves each: yes/no, rate and
/// level in domain 1; the survey and the bonus are not appraised). Inspector 1 has unit A; inspector 2 domain 1.
/// </summary>
public sealed class BulkAssignmentTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task AssignToUnits_BothUnitsOfTheBlock_AssignsEachOnceAndAuditsEach()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;
        var inspector = await NewInspectorAsync(ownUnit: null);

        var first = await Admin<AssignInspectorToUnitsHandler>().HandleAsync(new AssignInspectorToUnits(sa.PeriodId, inspector, [sa.UnitA, sa.UnitB]), Ct);
        var again = await Admin<AssignInspectorToUnitsHandler>().HandleAsync(new AssignInspectorToUnits(sa.PeriodId, inspector, [sa.UnitB, sa.UnitA]), Ct);

        Assert.Equal(new BulkAssignmentResult(2, 0), first);
        Assert.Equal(new BulkAssignmentResult(0, 2), again);
        await using var db = app.NewDbContext();
        var made = await db.AppraisalAssignments.Where(a => a.InspectorUserId == inspector).ToListAsync();
        Assert.Equal([sa.UnitA, sa.UnitB], made.Select(a => a.UnitId!.Value).Order());
        var ids = made.Select(a => a.Id.ToString()).ToList();
        var audited = await db.AuditEntries.Where(e => e.Action == "appraisal.assigned" && ids.Contains(e.EntityId!)).ToListAsync();
        Assert.Equal(2, audited.Count);
        // The two entries share the one click's batch id.
        Assert.Single(audited.Select(e => JsonDocument.Parse(e.NewValues!).RootElement.GetProperty("Batch").GetGuid()).Distinct());
    }

    [Fact]
    public async Task AssignToUnits_IncludingTheInspectorsOwnUnit_IsRefusedNamingItAndSavesNothing()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;
        var inspector = await NewInspectorAsync(ownUnit: sa.UnitB);

        var bulk = await Assert.ThrowsAsync<ValidationException>(() =>
            Admin<AssignInspectorToUnitsHandler>().HandleAsync(new AssignInspectorToUnits(sa.PeriodId, inspector, [sa.UnitA, sa.UnitB]), Ct));
        var single = await Assert.ThrowsAsync<ValidationException>(() =>
            Admin<AssignInspectorHandler>().HandleAsync(new AssignInspector(sa.PeriodId, inspector, sa.UnitB, null), Ct));

        var bulkMessage = Assert.Single(bulk.Errors).ErrorMessage;
        Assert.Contains("Xã Bình Minh", bulkMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("Xã An Bình", bulkMessage, StringComparison.Ordinal);
        Assert.Contains("Xã Bình Minh", Assert.Single(single.Errors).ErrorMessage, StringComparison.Ordinal);
        await using var db = app.NewDbContext();
        Assert.False(await db.AppraisalAssignments.AnyAsync(a => a.InspectorUserId == inspector));
    }

    [Fact]
    public async Task DomainAssignment_NeverReachesTheInspectorsOwnUnit()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;
        var inspector = await NewInspectorAsync(ownUnit: sa.UnitB);
        await Admin<AssignInspectorHandler>().HandleAsync(new AssignInspector(sa.PeriodId, inspector, null, story.Domain1), Ct);

        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<AppraiseCriterionHandler>(Roles.Inspector, sa.UnitB, inspector)
            .HandleAsync(new AppraiseCriterion(sa.AssessmentB, sa.Rate, AppraisalRound.First, 2m, "Thử.", null), Ct));

        Assert.NotNull(refused);
        var load = await Admin<GetInspectorLoadHandler>().HandleAsync(new GetInspectorLoad(sa.PeriodId), Ct);
        Assert.Equal((1, 3, 0), load.Where(l => l.InspectorUserId == inspector).Select(l => (l.Units, l.Criteria, l.Appraised)).Single());
    }

    [Fact]
    public async Task UnassignFromUnits_EndsOnlyThatInspectorsUnitAssignments()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;
        var inspector = await NewInspectorAsync(ownUnit: null);
        await Admin<AssignInspectorToUnitsHandler>().HandleAsync(new AssignInspectorToUnits(sa.PeriodId, inspector, [sa.UnitA, sa.UnitB]), Ct);

        var ended = await Admin<UnassignInspectorFromUnitsHandler>().HandleAsync(new UnassignInspectorFromUnits(sa.PeriodId, inspector, [sa.UnitA, sa.UnitB]), Ct);

        Assert.Equal(2, ended);
        await using var db = app.NewDbContext();
        Assert.False(await db.AppraisalAssignments.AnyAsync(a => a.InspectorUserId == inspector));
        Assert.True(await db.AppraisalAssignments.AnyAsync(a => a.InspectorUserId == story.Inspector1Id && a.UnitId == sa.UnitA));
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == "appraisal.unassigned" && e.OldValues!.Contains(inspector.ToString())));
    }

    [Fact]
    public async Task InspectorLoad_CountsUnitsCriteriaAndDone_AsWorkedByHand()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;
        await story.Inspector1<AppraiseCriterionHandler>(app).HandleAsync(new AppraiseCriterion(sa.AssessmentA, sa.Rate, AppraisalRound.First, 2m,
            "Tỷ lệ thực tế 92%.", await AppraisalStory.ResponseStampAsync(app, sa.AssessmentA, sa.Rate)), Ct);

        var before = await Load(story);
        await Admin<AssignInspectorToUnitsHandler>().HandleAsync(new AssignInspectorToUnits(sa.PeriodId, story.Inspector1Id, [sa.UnitB]), Ct);
        var after = await Load(story);

        // Inspector 1: unit A, its 3 leaves, A's rate done. Inspector 2: domain 1 in A and B, 3 + 3 leaves, A's rate done.
        Assert.Equal([(1, 3, 1), (2, 6, 1)], before);
        // Inspector 1 now has B too: 3 + 3 leaves, still one done.
        Assert.Equal([(2, 6, 1), (2, 6, 1)], after);
    }

    private async Task<List<(int Units, int Criteria, int Appraised)>> Load(AppraisalStory story)
    {
        var load = await Admin<GetInspectorLoadHandler>().HandleAsync(new GetInspectorLoad(story.Sa.PeriodId), Ct);
        return [.. new[] { story.Inspector1Id, story.Inspector2Id }.Select(id => load.Single(l => l.InspectorUserId == id)).Select(l => (l.Units, l.Criteria, l.Appraised))];
    }

    private T Admin<T>()
        where T : notnull => app.Handler<T>(Roles.Administrator);

    /// <summary>
    /// An inspector, optionally belonging to a unit. Today's account form gives inspectors none; the unit is set
    /// underneath, as an account imported with its unit or holding an agency role too would have it.
    /// </summary>
    private async Task<Guid> NewInspectorAsync(Guid? ownUnit)
    {
        // The home unit is set on the account form (CreateUser), as Home Affairs does.
        return await Admin<CreateUserHandler>().HandleAsync(
            new CreateUser(TestApp.UniqueCode("tdv").ToLowerInvariant(), "Thẩm định viên hàng loạt", Roles.Inspector, ownUnit, "mùa lúa chín vàng"), Ct);
    }
}
