using System.Diagnostics;

namespace ParIndex.Application.Tests.Reports;

/// <summary>
/// Asks poppler's pdfsig what a standard reader makes of a PDF's signatures (./test.sh installs poppler-utils; tests
/// never install it). Null without pdfsig.
/// </summary>
internal static class PdfSignatures
{
    private static readonly Lazy<string?> Tool = new(() => Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
        .Select(dir => Path.Combine(dir, "pdfsig")).FirstOrDefault(File.Exists));

    public const string Missing = "pdfsig (poppler-utils) is not installed: the signature was not validated.";

    /// <summary>pdfsig's report on the file (its exit code is not an error when the file has no signature).</summary>
    public static string? Report(byte[] pdf)
    {
        if (Tool.Value is not { } tool)
        {
            return null;
        }

        var file = Path.Combine(Path.GetTempPath(), $"parindex-sig-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, [file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
