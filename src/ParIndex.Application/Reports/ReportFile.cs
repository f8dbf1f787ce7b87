namespace ParIndex.Application.Reports;

/// <summary>A rendered report for download, with a Vietnamese file name (the endpoint adds an ASCII fallback).</summary>
public sealed record ReportFile(string FileName, byte[] Content)
{
    public const string PdfContentType = "application/pdf";

    /// <summary>A PDF named after <paramref name="title"/>, without characters a file name cannot hold.</summary>
    public static ReportFile Pdf(string title, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(title);
        var name = new string([.. title.Select(c => char.IsControl(c) || "\\/:*?\"<>|".Contains(c, StringComparison.Ordinal) ? '-' : c)]).Trim();
        return new ReportFile((name.Length > 150 ? name[..150] : name) + ".pdf", content);
    }
}
