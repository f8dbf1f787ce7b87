using System.Globalization;

namespace ParIndex.Application.Documents;

/// <summary>
/// Dates as an administrative document writes them (Decree 30/2020, Phụ lục I): "ngày 05 tháng 3 năm 2026". Days
/// below 10 and the months 1 and 2 take a leading zero, so no digit can be added in front; the others do not.
/// </summary>
public static class OfficialDate
{
    /// <summary>What a blank date in a draft leaves to fill in.</summary>
    public const string Blank = "…";

    public static string Written(DateOnly date) =>
        $"ngày {date.Day.ToString("00", CultureInfo.InvariantCulture)} tháng {Month(date.Month)} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"ngày … tháng … năm 2026": the number and date are given by the document system at issuance.</summary>
    public static string Unfilled(int year) => $"ngày {Blank} tháng {Blank} năm {year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"ngày … tháng … năm …".</summary>
    public static string Unfilled() => $"ngày {Blank} tháng {Blank} năm {Blank}";

    /// <summary>"14 giờ 05 ngày 07 tháng 12 năm 2026", in Vietnam's time.</summary>
    public static string WrittenTime(DateTime utc)
    {
        var local = Common.VietnamTime.FromUtc(utc);
        return $"{local.Hour.ToString("00", CultureInfo.InvariantCulture)} giờ {local.Minute.ToString("00", CultureInfo.InvariantCulture)} "
            + Written(DateOnly.FromDateTime(local.DateTime));
    }

    private static string Month(int month) => month <= 2
        ? month.ToString("00", CultureInfo.InvariantCulture)
        : month.ToString(CultureInfo.InvariantCulture);
}
