using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ParIndex.Application.Tests.Reports;

/// <summary>
/// Reads a PDF back: its page count from the file itself, and its text per page through poppler's pdftotext when the
/// machine has it (./test.sh installs poppler-utils; tests never install it).
/// </summary>
internal static partial class PdfText
{
    private static readonly Lazy<string?> Tool = new(() => Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
        .Select(dir => Path.Combine(dir, "pdftotext")).FirstOrDefault(File.Exists));

    public static bool IsAvailable => Tool.Value is not null;

    public const string Missing = "pdftotext (poppler-utils) is not installed: the text of the PDF was not read back; page counts and the page model were still checked.";

    public static bool StartsLikePdf(byte[] pdf) => pdf.Length > 4 && pdf[0] == '%' && pdf[1] == 'P' && pdf[2] == 'D' && pdf[3] == 'F';

    /// <summary>
    /// Pages in the file: one "/Type /Page" object each (SkiaSharp writes no object streams); a page written again by a
    /// signature's incremental update counts once.
    /// </summary>
    public static int PageCount(byte[] pdf) =>
        PageObject().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The text of each page (form feeds split pages), or null without pdftotext.</summary>
    public static IReadOnlyList<string>? Pages(byte[] pdf)
    {
        if (Tool.Value is not { } tool)
        {
            return null;
        }

        var file = Path.Combine(Path.GetTempPath(), $"parindex-pdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, ["-enc", "UTF-8", "-layout", file, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text.Split('\f').SkipLast(1).ToList();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"(\d+) 0 obj\s*<<\s*/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
