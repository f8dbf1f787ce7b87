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
