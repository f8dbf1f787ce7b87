namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset turns local office hours into UTC.</summary>
internal static class DemoCalendar
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static DateTime Utc(DateOnly vietnamDate, int hour, int minute = 0) =>
        DateTime.SpecifyKind(vietnamDate.ToDateTime(new TimeOnly(hour, minute)) - VietnamOffset, DateTimeKind.Utc);

    public static DateOnly VietnamDate(DateTime utc) => DateOnly.FromDateTime(utc + VietnamOffset);
}
