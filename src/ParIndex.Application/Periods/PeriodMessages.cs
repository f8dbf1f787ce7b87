using ParIndex.Application.Common;

namespace ParIndex.Application.Periods;

/// <summary>The messages of the period settings use cases (PeriodMessages(.en).resx).</summary>
internal static class PeriodMessages
{
    private static readonly MessageText Text = new(typeof(PeriodMessages));

    public static string YearRange => Text.Get();
    public static string YearTaken => Text.Get();
    public static string NameRequired => Text.Get();
    public static string NameTooLong => Text.Get();
    public static string DeadlineBeforeOpening => Text.Get();
    public static string BandsCount => Text.Get();
    public static string BandRange => Text.Get();
    public static string BandOrder => Text.Get();
    public static string WeakFromZero => Text.Get();
    public static string BandsFrozen => Text.Get();
    public static string FrameworksFrozen => Text.Get();
    public static string FrameworkKindMismatch => Text.Get();
    public static string FrameworkHasErrors => Text.Get();
}
