using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ParIndex.Web.Tests.Consistency;

/// <summary>
/// The annex PDF read back through poppler's pdftotext (-layout): each table row as the name's first line and its
/// figures. A long name wraps onto a second line without figures, so rows are matched on the name's start.
/// </summary>
internal static partial class AnnexText
{
    public sealed record AnnexRow(string NameStart, UnitFigures Figures);

    public static bool IsAvailable => Tool is not null;

    private static string? Tool => Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
        .Select(dir => Path.Combine(dir, "pdftotext")).FirstOrDefault(File.Exists);

    public static string Read(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"parindex-annex-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(Tool!, ["-enc", "UTF-8", "-layout", file, "-"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text.Normalize(NormalizationForm.FormC);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static List<AnnexRow> Rows(string text) =>
        [.. text.Split('\n').Select(line => Row().Match(line)).Where(m => m.Success).Select(m => new AnnexRow(
            Spaces().Replace(m.Groups["name"].Value.Trim(), " "),
            new UnitFigures(Number(m.Groups["index"].Value), m.Groups["class"].Value, m.Groups["rank"].Value,
                m.Groups["prevRank"].Success ? m.Groups["prevRank"].Value : UnitFigures.None,
                m.Groups["change"].Success ? m.Groups["change"].Value.TrimStart('+') : UnitFigures.None)))];

    private static string Number(string vietnamese) =>
        decimal.Parse(vietnamese, NumberStyles.Number, CultureInfo.GetCultureInfo("vi-VN")).ToString("0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(?<rank>\d+|—)\s{2,}(?<name>\S.*?)\s{2,}(?<index>\d{1,3},\d\d)\s+(?<class>Xuất sắc|Tốt|Khá|Trung bình|Yếu)(\s+(?<prevRank>\d+|—)\s+(?<change>[+-]?\d+|—)\s+(\d{1,3},\d\d|—)\s+([+-]?\d{1,3},\d\d|—))?\s*$")]
    private static partial Regex Row();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
