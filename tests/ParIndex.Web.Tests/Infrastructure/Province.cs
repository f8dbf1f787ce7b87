using Microsoft.Extensions.DependencyInjection;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Web.Tests.Infrastructure;

/// <summary>
/// A small province: four ranked departments, one unranked vertical agency, two published years and the current
/// year open for self-assessment (deadline in ten days).
/// </summary>
public sealed record Province(
    Guid DepartmentsBlockId,
    Guid JusticeId,
    Guid FinanceId,
    Guid HealthId,
    Guid ConstructionId,
    Guid TaxId,
    int CurrentYear)
{
    public const string Justice = "Sở Tư pháp";
    public const string Finance = "Sở Tài chính";
    public const string Health = "Sở Y tế";
    public const string Construction = "Sở Xây dựng";
    public const string Tax = "Thuế tỉnh";

    public static async Task<Province> SeedAsync(IServiceProvider services, DateTime nowUtc)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
        var departments = new Block("SO", "Sở, ban, ngành", "Departments", BlockKind.Department, isRanked: true, sortOrder: 1);
        var vertical = new Block("DOC", "Cơ quan ngành dọc", "Vertical agencies", BlockKind.VerticalAgency, isRanked: false, sortOrder: 2);
        var framework = new Framework("SO-2025", "Bộ chỉ số sở, ban, ngành", BlockKind.Department, 1, "Minh họa", isIllustrative: true);
        var justice = new Unit("STP", Justice, departments.Id);
        var finance = new Unit("STC", Finance, departments.Id);
        var health = new Unit("SYT", Health, departments.Id);
        var construction = new Unit("SXD", Construction, departments.Id);
        var tax = new Unit("THUE", Tax, vertical.Id);
        db.AddRange(departments, vertical, framework, justice, finance, health, construction, tax);

        var year = nowUtc.Year;
        var ranked = new[] { justice, finance, health, construction };
        for (var past = year - 2; past < year; past++)
        {
            var period = Published(past, nowUtc);
            db.Add(period);
            for (var i = 0; i < ranked.Length; i++)
            {
                var assessment = new Assessment(period.Id, ranked[i].Id, ranked[i].BlockId, framework.Id);
                var index = 95.125m - (i * 6.5m) - (year - past);
                assessment.RecordResult(index, i == 0 ? Classification.Excellent : i < 3 ? Classification.Good : Classification.Fair, i + 1, ResultSource.Imported);
                db.Add(assessment);
            }

            var taxResult = new Assessment(period.Id, tax.Id, tax.BlockId, framework.Id);
            taxResult.RecordResult(88.4m, Classification.Good, null, ResultSource.Imported);
            db.Add(taxResult);
        }

        var current = new EvaluationPeriod(year, $"Năm {year}", nowUtc.AddDays(-5), nowUtc.AddDays(10));
        current.MoveTo(PeriodState.SelfAssessmentOpen, nowUtc);
        db.Add(current);
        var justiceNow = new Assessment(current.Id, justice.Id, justice.BlockId, framework.Id);
        justiceNow.WriteReport(current, "Khó khăn", null, nowUtc);
        var financeNow = new Assessment(current.Id, finance.Id, finance.BlockId, framework.Id);
        financeNow.Submit(current, Guid.NewGuid(), nowUtc);
        db.AddRange(justiceNow, financeNow, new Assessment(current.Id, health.Id, health.BlockId, framework.Id));
        await db.SaveChangesAsync();
        return new Province(departments.Id, justice.Id, finance.Id, health.Id, construction.Id, tax.Id, year);
    }

    private static EvaluationPeriod Published(int year, DateTime nowUtc)
    {
        var period = new EvaluationPeriod(year, $"Năm {year}", new DateTime(year, 10, 1, 0, 0, 0, DateTimeKind.Utc),
            new DateTime(year, 11, 30, 16, 59, 0, DateTimeKind.Utc));
        foreach (var state in new[] { PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1,
                     PeriodState.CouncilReview, PeriodState.Approved, PeriodState.Published })
        {
            period.MoveTo(state, nowUtc.AddYears(year - nowUtc.Year));
        }

        return period;
    }
}
