using System.Globalization;
using System.Text;
using ParIndex.Application.Publication;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Exports;

/// <summary>
/// A generated file. <see cref="FileName"/> is the Vietnamese name people see (sent as <c>filename*</c>);
/// <see cref="AsciiFileName"/> is the plain fallback for clients that do not read <c>filename*</c>.
/// </summary>
public sealed record ExportedDocument(string FileName, string AsciiFileName, string ContentType, byte[] Content)
{
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string PdfContentType = "application/pdf";

    public static ExportedDocument Pdf(string title, byte[] content) => Named(title, "pdf", PdfContentType, content);

    /// <summary>
    /// A file named from <paramref name="title"/> (Vietnamese kept, characters no file system accepts removed) and
    /// its ASCII twin: diacritics dropped, đ as d, anything else a hyphen.
    /// </summary>
    public static ExportedDocument Named(string title, string extension, string contentType, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(title);
        var invalid = Path.GetInvalidFileNameChars().Concat(['"', '<', '>', '|', ':', '*', '?', '\\', '/']).ToHashSet();
        var display = new string([.. title.Where(c => !invalid.Contains(c) && !char.IsControl(c))]).Trim();
        return new ExportedDocument($"{display}.{extension}", $"{Ascii(title)}.{extension}", contentType, content);
    }

    private static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "tai-lieu" : slug[..Math.Min(slug.Length, 100)].TrimEnd('-');
    }
}

/// <summary>
/// What every official export prints about where its figures come from: the period, and the publication's decision,
/// signer, version, SHA-256 and verify path, or that the figures are a preview before publication.
/// </summary>
public sealed record ExportHeader(Guid PeriodId, int Year, string PeriodName, PublicationStamp? Stamp, DateTime GeneratedAtUtc)
{
    public bool IsPublished => Stamp is not null;

    /// <summary>
    /// One line for the top of a sheet or page, worded as the annex refers to its decision (Decree 30/2020): the date
    /// written out, the signer with their title, the hash as "Mã kiểm tra SHA-256".
    /// </summary>
    public string StampLine => Stamp is { } s
        ? $"Kèm theo Quyết định số {s.DecisionNumber} {Documents.OfficialDate.Written(s.DecisionDate)} ({s.Signer} ký); "
          + $"phiên bản {s.Version.ToString(CultureInfo.InvariantCulture)}; Mã kiểm tra SHA-256: {s.Sha256}; xác minh tại: {s.VerifyPath}"
        : ExportText.Preview;

    /// <summary>The same facts label by label, for a cover sheet.</summary>
    public IReadOnlyList<(string Label, string Value)> Facts()
    {
        var facts = new List<(string, string)> { ("Kỳ đánh giá", PeriodName), ("Năm", Year.ToString(CultureInfo.InvariantCulture)) };
        if (Stamp is { } s)
        {
            facts.Add(("Tình trạng", "Đã công bố"));
            facts.Add(("Quyết định số", s.DecisionNumber));
            facts.Add(("Ngày quyết định", Documents.OfficialDate.Written(s.DecisionDate)));
            facts.Add(("Người ký", s.Signer));
            facts.Add(("Phiên bản", s.Version.ToString(CultureInfo.InvariantCulture)));
            facts.Add(("Công bố lúc", Common.VietnamTime.Format(s.PublishedAtUtc)));
            facts.Add(("Mã kiểm tra SHA-256 của bản công bố", s.Sha256));
            facts.Add(("Xác minh tại", s.VerifyPath));
        }
        else
        {
            facts.Add(("Tình trạng", ExportText.Preview));
        }

        facts.Add(("Xuất lúc", Common.VietnamTime.Format(GeneratedAtUtc)));
        return facts;
    }
}

/// <summary>The Vietnamese words official exports use.</summary>
public static class ExportText
{
    public const string Preview = "Chưa công bố — bản xem trước";

    public const string NotEvaluated = "Không đánh giá";

    public static string Of(Classification? classification) => classification switch
    {
        Classification.Excellent => "Xuất sắc",
        Classification.Good => "Tốt",
        Classification.Fair => "Khá",
        Classification.Average => "Trung bình",
        Classification.Weak => "Yếu",
        null => string.Empty,
        _ => classification.Value.ToString(),
    };
}
