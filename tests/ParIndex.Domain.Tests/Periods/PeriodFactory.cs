using ParIndex.Domain.Periods;

namespace ParIndex.Domain.Tests.Periods;

/// <summary>A 2026 period whose self-assessment runs from 1 March to 1 April (UTC).</summary>
internal static class PeriodFactory
{
    public static readonly DateTime Opens = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Deadline = new(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime During = new(2026, 3, 15, 9, 0, 0, DateTimeKind.Utc);

    public static EvaluationPeriod Draft() => new(2026, "Kỳ đánh giá năm 2026", Opens, Deadline);

    public static EvaluationPeriod Open()
    {
        var period = Draft();
        period.MoveTo(PeriodState.SelfAssessmentOpen, Opens);
        return period;
    }
}
