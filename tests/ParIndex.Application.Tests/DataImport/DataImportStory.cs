using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.DataImport;

/// <summary>
/// A period open for data (or still a draft): communes A, B and C on a framework with a self-assessed leaf 1.1, survey leaves 2.1 (2
/// points) and 2.2 (4 points, options weighted A 100 / B 60 / C 20 / D 0), and an external leaf 3.1 (4 points from
/// 98%, 2 from 90%). Commune D exists but takes no part in the period.
/// </summary>
internal sealed record DataImportStory(
    Guid PeriodId, Unit UnitA, Unit UnitB, Unit UnitC, Unit UnitD, Guid AssessmentA, Guid AssessmentB, Guid SelfAssessed, Guid Survey, Guid Answers,
    Guid External, Guid SurveyDomain, Guid ExternalDomain)
{
    public static async Task<DataImportStory> SeedAsync(TestApp app, bool open = true)
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var block = await app.SeedBlockAsync(BlockKind.CommuneWard);
        var a = await app.SeedUnitAsync(block.Id, "Xã An Bình");
        var b = await app.SeedUnitAsync(block.Id, "Xã Bình Minh");
        var c = await app.SeedUnitAsync(block.Id, "Xã Cẩm Phô");
        var d = await app.SeedUnitAsync(block.Id, "Xã Đông Hà");

        var framework = new Framework(TestApp.UniqueCode("F"), "Khung số liệu", BlockKind.CommuneWard, 1, "Thử", isIllustrative: true);
        var d1 = framework.AddNode(null, NodeLevel.Domain, "1", "Chỉ đạo, điều hành", 2m);
        var self = Leaf(framework, d1, "1.1", 2m, AssessmentMethod.SelfAssessed, RuleType.YesNo, """{"yes":2,"no":0}""");
        var d2 = framework.AddNode(null, NodeLevel.Domain, "2", "Mức độ hài lòng", 6m);
        var survey = Leaf(framework, d2, "2.1", 2m, AssessmentMethod.Survey, RuleType.Survey, """{"source":"SIPAS"}""");
        var answers = Leaf(framework, d2, "2.2", 4m, AssessmentMethod.Survey, RuleType.Survey,
            """{"source":"SIPAS","weights":{"A":100,"B":60,"C":20,"D":0}}""");
        var d3 = framework.AddNode(null, NodeLevel.Domain, "3", "Chỉ số ngành", 4m);
        var external = Leaf(framework, d3, "3.1", 4m, AssessmentMethod.External, RuleType.External,
            """{"tiers":[{"min":98,"points":4},{"min":90,"points":2}]}""");

        var period = new EvaluationPeriod(await FreeYearAsync(app), "Kỳ số liệu", now.AddDays(-5), now.AddDays(10));
        period.UseFramework(block.Id, framework.Id);
        period.SetBands(null, ClassificationBands.Default);
        if (open)
        {
            period.MoveTo(PeriodState.SelfAssessmentOpen, now.AddDays(-5));
        }

        var assessmentA = new Assessment(period.Id, a.Id, a.BlockId, framework.Id);
        var assessmentB = new Assessment(period.Id, b.Id, b.BlockId, framework.Id);
        var assessmentC = new Assessment(period.Id, c.Id, c.BlockId, framework.Id);
        await using var db = app.NewDbContext();
        db.Frameworks.Add(framework);
        db.Periods.Add(period);
        db.Assessments.AddRange(assessmentA, assessmentB, assessmentC);
        await db.SaveChangesAsync();
        return new DataImportStory(period.Id, a, b, c, d, assessmentA.Id, assessmentB.Id, self.Id, survey.Id, answers.Id, external.Id, d2.Id, d3.Id);
    }

    /// <summary>An inspector appraising one domain of the block's framework in this period.</summary>
    public async Task<Guid> AssignInspectorAsync(TestApp app, Guid domainId)
    {
        var inspector = Guid.CreateVersion7();
        await using var db = app.NewDbContext();
        db.AppraisalAssignments.Add(AppraisalAssignment.ForDomain(PeriodId, inspector, domainId));
        await db.SaveChangesAsync();
        return inspector;
    }

    public Task<DataImportPreview> PreviewAsync(TestApp app, string fileName, byte[] content, string role = Roles.Administrator, Guid? userId = null) =>
        app.Handler<PreviewDataImportHandler>(role, userId: userId).HandleAsync(new PreviewDataImport(PeriodId, fileName, content), CancellationToken.None);

    /// <summary>Previews, then saves with the fingerprint the preview gave, as the page does.</summary>
    public async Task<DataImportOutcome> ImportAsync(TestApp app, string fileName, byte[] content, string role = Roles.Administrator, Guid? userId = null)
    {
        var preview = await PreviewAsync(app, fileName, content, role, userId);
        return await app.Handler<ImportDataHandler>(role, userId: userId)
            .HandleAsync(new ImportData(PeriodId, fileName, content, preview.Sha256), CancellationToken.None);
    }

    public async Task<CriterionResponse?> ResponseAsync(TestApp app, Guid assessmentId, Guid nodeId)
    {
        await using var db = app.NewDbContext();
        return await db.CriterionResponses.AsNoTracking().SingleOrDefaultAsync(r => r.AssessmentId == assessmentId && r.NodeId == nodeId);
    }

    /// <summary>Years are unique per database and one fixture seeds many stories: take the highest free year.</summary>
    private static async Task<int> FreeYearAsync(TestApp app)
    {
        await using var db = app.NewDbContext();
        var used = await db.Periods.Select(p => p.Year).ToListAsync();
        return Enumerable.Range(2000, 101).Reverse().First(year => !used.Contains(year));
    }

    private static FrameworkNode Leaf(Framework framework, FrameworkNode domain, string code, decimal max, AssessmentMethod method, RuleType type,
        string parameters)
    {
        var leaf = framework.AddNode(domain, NodeLevel.Criterion, code, $"Tiêu chí {code}", max);
        leaf.SetRule(method, type, parameters, WhenNothingToCount.Zero);
        return leaf;
    }
}
