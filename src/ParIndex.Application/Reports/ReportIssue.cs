using ParIndex.Application.Publication;

namespace ParIndex.Application.Reports;

/// <summary>
/// Where a report comes from: the publication it reproduces (null while the period is not published: the report is a
/// draft preview), the address that verifies its SHA-256, and when it was produced.
/// </summary>
public sealed record ReportIssue(PublicationStamp? Stamp, string? VerifyUrl, DateTime GeneratedAtUtc)
{
    public bool IsPublished => Stamp is not null;

    /// <summary>
    /// The verify address: the stamp's path made absolute against the portal's address when it is relative and the
    /// address is known.
    /// </summary>
    public static ReportIssue Of(PublicationStamp? stamp, string? siteUrl, DateTime generatedAtUtc)
    {
        if (stamp is null)
        {
            return new ReportIssue(null, null, generatedAtUtc);
        }

        var path = stamp.VerifyPath;
        var url = IsWebAddress(path, out var absolute)
            ? absolute.ToString()
            : IsWebAddress(siteUrl?.TrimEnd('/') + "/", out var site) ? new Uri(site, path.TrimStart('/')).ToString() : path;
        return new ReportIssue(stamp, url, generatedAtUtc);
    }

    // On Linux "/public/verify" parses as an absolute file:// URI; only http(s) addresses count.
    private static bool IsWebAddress(string? text, out Uri address) =>
        Uri.TryCreate(text, UriKind.Absolute, out address!) && address.Scheme is "http" or "https";
}
