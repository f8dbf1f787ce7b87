using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Tests.SelfAssessment;
using ParIndex.Application.Users;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Tests.Appraisal;

/// <summary>
/// Unit A submitted (yes/no 2 of 2, rate 99% → 4 of 4, level "Đầy đủ" → 2 of 2: 8 of 8 self-scored) and the period
/// is in appraisal round 1. Inspector 1 is assigned unit A; inspector 2 is assigned domain 1 of the framework.
/// </summary>
internal sealed record AppraisalStory(SelfAssessmentStory Sa, Guid Inspector1Id, Guid Inspector2Id, Guid Domain1)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    public static async Task<AppraisalStory> SeedAsync(TestApp app)
    {
        var sa = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(3));
        await Save(app, sa, sa.YesNo, "done", "true", "Bản giấy lưu tại văn phòng.");
        await Save(app, sa, sa.Rate, "rate", "99", null);
        await Save(app, sa, sa.Level, "level", "Đầy đủ", null);
        var stamp = (await app.Handler<GetSelfAssessmentHandler>(Roles.AgencyLeader, sa.UnitA).HandleAsync(new GetSelfAssessment(sa.PeriodId, sa.UnitA), Ct)).ConcurrencyStamp;
        await app.Handler<SubmitSelfAssessmentHandler>(Roles.AgencyLeader, sa.UnitA).HandleAsync(new SubmitSelfAssessment(sa.AssessmentA, stamp), Ct);

        await using (var db = app.NewDbContext())
        {
            // The deadline rule for closing is tested on its own; here the story starts at round 1.
            var period = await db.Periods.SingleAsync(p => p.Id == sa.PeriodId);
            var now = app.Clock.GetUtcNow().UtcDateTime;
            period.MoveTo(PeriodState.SelfAssessmentClosed, now);
            period.MoveTo(PeriodState.AppraisalRound1, now);
            foreach (var assessment in await db.Assessments.Where(a => a.PeriodId == period.Id).ToListAsync())
            {
                assessment.BeginAppraisal();
            }

            await db.SaveChangesAsync();
        }

        var inspector1 = await NewInspectorAsync(app);
        var inspector2 = await NewInspectorAsync(app);
        Guid domain1;
        await using (var db = app.NewDbContext())
        {
            var frameworkId = await db.Assessments.Where(a => a.Id == sa.AssessmentA).Select(a => a.FrameworkId).SingleAsync();
            domain1 = await db.FrameworkNodes.Where(n => n.FrameworkId == frameworkId && n.ParentId == null && n.Code == "1").Select(n => n.Id).SingleAsync();
        }

        await app.Handler<AssignInspectorHandler>(Roles.Administrator).HandleAsync(new AssignInspector(sa.PeriodId, inspector1, sa.UnitA, null), Ct);
        await app.Handler<AssignInspectorHandler>(Roles.Administrator).HandleAsync(new AssignInspector(sa.PeriodId, inspector2, null, domain1), Ct);
        return new AppraisalStory(sa, inspector1, inspector2, domain1);
    }

    public T Inspector1<T>(TestApp app)
        where T : notnull => app.Handler<T>(Roles.Inspector, userId: Inspector1Id);

    public T Inspector2<T>(TestApp app)
        where T : notnull => app.Handler<T>(Roles.Inspector, userId: Inspector2Id);

    /// <summary>
    /// What Home Affairs does before sending this story to the council: no survey was held, so a waiver with its
    /// reason, and the administrator accepts the self-scores of every criterion no inspector appraised.
    /// </summary>
    public async Task ResolveForCouncilAsync(TestApp app)
    {
        Guid blockId;
        bool waived;
        await using (var db = app.NewDbContext())
        {
            blockId = await db.Units.Where(u => u.Id == Sa.UnitA).Select(u => u.BlockId).SingleAsync();
            waived = await db.SurveyWaivers.AnyAsync(w => w.PeriodId == Sa.PeriodId && w.NodeId == null);
        }

        await app.Handler<AcceptRemainingSelfScoresHandler>(Roles.Administrator).HandleAsync(new AcceptRemainingSelfScores(Sa.PeriodId, null, blockId), Ct);
        if (!waived)
        {
            await app.Handler<RecordSurveyWaiverHandler>(Roles.Administrator)
                .HandleAsync(new RecordSurveyWaiver(Sa.PeriodId, null, "Kỳ thử không tổ chức khảo sát SIPAS."), Ct);
        }
    }

    public static async Task<Guid> PeriodStampAsync(TestApp app, Guid periodId)
    {
        await using var db = app.NewDbContext();
        return await db.Periods.Where(p => p.Id == periodId).Select(p => p.ConcurrencyStamp).SingleAsync();
    }

    /// <summary>The version of a criterion's response an inspector would have on screen; null when the unit never answered it.</summary>
    public static async Task<Guid?> ResponseStampAsync(TestApp app, Guid assessmentId, Guid nodeId)
    {
        await using var db = app.NewDbContext();
        return await db.CriterionResponses.Where(r => r.AssessmentId == assessmentId && r.NodeId == nodeId)
            .Select(r => (Guid?)r.ConcurrencyStamp).SingleOrDefaultAsync();
    }

    private static async Task<Guid> NewInspectorAsync(TestApp app) =>
        await app.Handler<CreateUserHandler>(Roles.Administrator).HandleAsync(
            new CreateUser(TestApp.UniqueCode("tdv").ToLowerInvariant(), "Thẩm định viên", Roles.Inspector, null, "mùa lúa chín vàng"), Ct);

    private static Task Save(TestApp app, SelfAssessmentStory sa, Guid node, string key, string value, string? explanation) =>
        app.Handler<SaveAnswerHandler>(Roles.AgencyStaff, sa.UnitA).HandleAsync(
            new SaveAnswer(sa.AssessmentA, node, new Dictionary<string, string?> { [key] = value }, explanation, null), Ct);
}
