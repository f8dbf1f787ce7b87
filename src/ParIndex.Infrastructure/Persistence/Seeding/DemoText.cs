using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>Numbers as Vietnamese readers write them (0,5 điểm; 96,2%) and rule parameters as compact JSON.</summary>
internal static class DemoText
{
    // A fixed format instead of vi-VN from ICU, so the demo text is the same on every machine.
    private static readonly NumberFormatInfo Vietnamese = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string Points(decimal value) => value.ToString("0.##", Vietnamese);

    public static string Percent(decimal value) => value.ToString("0.#", Vietnamese) + "%";

    public static string OutOf(decimal points, decimal max) => $"{Points(points)}/{Points(max)} điểm";

    /// <summary>Drops trailing zeros (4.0 → 4) so the JSON reads as the table does.</summary>
    public static decimal Plain(decimal value) => value / 1.000000000000000000000000000000000m;

    public static string ToJson(object value) => JsonSerializer.Serialize(value, Json);
}
