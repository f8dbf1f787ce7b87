namespace ParIndex.Application.Common;

/// <summary>Instants are stored in UTC; deadlines are read by people in Vietnam (UTC+7, no daylight saving).</summary>
public static class VietnamTime
{
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateTimeOffset FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), Zone);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(FromUtc(utc).DateTime);

    /// <summary>Calendar days from today to the deadline's day, in Vietnam: 0 on the last day, negative once passed.</summary>
    public static int DaysLeft(DateTime deadlineUtc, DateTime nowUtc) =>
        DateOf(deadlineUtc).DayNumber - DateOf(nowUtc).DayNumber;

    /// <summary>A date and time as read on a clock in Vietnam, to UTC.</summary>
    public static DateTime ToUtc(DateTime vietnamLocal) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(vietnamLocal, DateTimeKind.Unspecified), Zone);

    /// <summary>"14:05 20/01/2027" in Vietnam's time, the way the portal writes instants in messages.</summary>
    public static string Format(DateTime? utc) =>
        utc is { } value ? FromUtc(value).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            // Containers without tzdata still need the right offset.
            return TimeZoneInfo.CreateCustomTimeZone(ZoneId, TimeSpan.FromHours(7), "Indochina Time", "Indochina Time");
        }
    }
}
