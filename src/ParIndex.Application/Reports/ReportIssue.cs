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
        var url = Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.ToString()
            : Uri.TryCreate(siteUrl?.TrimEnd('/') + "/", UriKind.Absolute, out var site) ? new Uri(site, path.TrimStart('/')).ToString() : path;
        return new ReportIssue(stamp, url, generatedAtUtc);
    }
}
