using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>An evaluation period of the demo province: each block mapped to its framework, the default bands, open.</summary>
internal static class DemoPeriods
{
    public static EvaluationPeriod Open(int year, DemoProvince province, DemoFramework departments, DemoFramework communesWards,
        DateTime opensAtUtc, DateTime deadlineUtc)
    {
        var period = new EvaluationPeriod(year, $"Chỉ số CCHC năm {year} – {province.Name}", opensAtUtc, deadlineUtc);

        // Vertical agencies are scored on the department framework; the district block has no units after 07/2025.
        period.UseFramework(province.Departments.Id, departments.Framework.Id);
        period.UseFramework(province.VerticalAgencies.Id, departments.Framework.Id);
        period.UseFramework(province.CommunesWards.Id, communesWards.Framework.Id);
        period.SetBands(null, ClassificationBands.Default);
        period.MoveTo(PeriodState.SelfAssessmentOpen, opensAtUtc);
        return period;
    }
}
