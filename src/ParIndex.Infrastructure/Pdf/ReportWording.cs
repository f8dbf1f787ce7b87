using System.Globalization;
using ParIndex.Application.Common;
using ParIndex.Application.Documents;
using ParIndex.Application.Exports;
using ParIndex.Application.Reports;
using ParIndex.Domain.Scoring;
using SkiaSharp;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>
/// How the official reports write things: Vietnamese numbers (92,01), classes by name, changes with their sign, and
/// the publication's stamp (or the draft mark) that every report carries.
/// </summary>
internal static class ReportWording
{
    public const string Draft = "Chưa công bố — bản xem trước";
    public const string None = "—";

    /// <summary>What an imported year's scorecard names instead of a framework it never used.</summary>
    public const string ImportedSource = "Kết quả nhập từ quyết định công bố (không có điểm từng tiêu chí)";

    public static string Source(Application.Results.UnitScorecard card) => card.IsImported ? ImportedSource : card.FrameworkName;

    public static readonly SKColor Alert = new(0xB7, 0x1C, 0x1C);
    public static readonly SKColor Muted = new(0x55, 0x5B, 0x66);

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Index(decimal value) => value.ToString("0.00", Vietnamese);

    public static string Index(decimal? value) => value is { } v ? Index(v) : None;

    public static string Points(decimal value) => value.ToString("0.##", Vietnamese);

    public static string Points(decimal? value) => value is { } v ? Points(v) : None;

    public static string Percent(decimal? value) => value is { } v ? ScoreRounding.ToPublished(v).ToString("0.00", Vietnamese) + "%" : None;

    public static string Count(int value) => value.ToString("#,0", Vietnamese);

    public static string Rank(int? rank) => rank?.ToString(Vietnamese) ?? None;

    /// <summary>"+3" climbed three places, "-2" fell two, "0" kept its place.</summary>
    public static string RankChange(int? change) => change switch
    {
        null => None,
        > 0 => "+" + change.Value.ToString(Vietnamese),
        _ => change.Value.ToString(Vietnamese),
    };

    public static string IndexChange(decimal? change) => change switch
    {
        null => None,
        > 0m => "+" + Index(change.Value),
        _ => Index(change.Value),
    };

    public static string Of(Classification? classification) => classification is null ? None : ExportText.Of(classification);

    /// <summary>
    /// Under a unit's name, how its history continues (docs/methodology.md, comparing across a merger): "Tiếp nhận: …" for
    /// units merged into it, or "Mới hợp nhất từ: …" with each predecessor's result when several formed it (no change shown).
    /// </summary>
    public static string? MergeNote(Application.Results.RankingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.NewlyMergedFrom.Count > 0)
        {
            return "Mới hợp nhất từ: " + string.Join("; ", row.NewlyMergedFrom.Select(p =>
                $"{p.Name} ({(p.Rank is { } rank ? $"hạng {Rank(rank)}, " : string.Empty)}{Index(p.Index)})"));
        }

        return row.MergedFrom.Count > 0 ? "Tiếp nhận: " + string.Join(", ", row.MergedFrom) : null;
    }

    /// <summary>The caveat printed above a block whose units changed between the two years compared (the results core's words).</summary>
    public static string? MembershipNote(Application.Results.BlockRanking block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.Membership?.Caveat;
    }

    /// <summary>"ngày 10 tháng 3 năm 2026".</summary>
    public static string Date(DateOnly date) => OfficialDate.Written(date);

    /// <summary>
    /// The annex's reference to the decision it goes with: "(Kèm theo Quyết định số 12/QĐ-UBND ngày 10 tháng 3 năm 2026
    /// của Chủ tịch Ủy ban nhân dân tỉnh Sông Lam)"; before publication the number and date are left blank.
    /// </summary>
    public static string AttachedTo(ReportIssue issue, DocumentIssuers issuers) => issue.Stamp is { } stamp
        ? $"(Kèm theo Quyết định số {stamp.DecisionNumber} {Date(stamp.DecisionDate)} của {issuers.DecisionIssuer})"
        : $"(Kèm theo Quyết định số        /{issuers.Options.DecisionSymbol} {OfficialDate.Unfilled()} của {issuers.DecisionIssuer})";

    /// <summary>A report's line about the decision whose figures it gives: "(Theo Quyết định số … của …)", or the draft mark.</summary>
    public static string Reference(ReportIssue issue, DocumentIssuers issuers) => issue.Stamp is { } stamp
        ? $"(Theo Quyết định số {stamp.DecisionNumber} {Date(stamp.DecisionDate)} của {issuers.DecisionIssuer}, phiên bản {stamp.Version.ToString(Vietnamese)})"
        : Draft;

    /// <summary>What every page's footer says: the decision and the code to verify, or that this is a preview.</summary>
    public static string Footer(ReportIssue issue)
    {
        var generated = $"Lập lúc {OfficialDate.WrittenTime(issue.GeneratedAtUtc)}";
        if (issue.Stamp is not { } stamp)
        {
            return $"{Draft} · {generated}";
        }

        return $"Quyết định số {stamp.DecisionNumber} {Date(stamp.DecisionDate)} · phiên bản {stamp.Version.ToString(Vietnamese)} · "
            + $"Mã kiểm tra SHA-256: {stamp.Sha256} — kiểm tra tại {issue.VerifyUrl ?? stamp.VerifyPath} · {generated}";
    }

    /// <summary>
    /// A document in the administrative form: page numbers centred at the top from page 2, the footer line, and, for a
    /// draft, the watermark.
    /// </summary>
    public static PdfDocumentBuilder Document(PdfFonts fonts, PdfPageSetup page, string title, string subject, ReportIssue issue) =>
        new(fonts, page, new PdfDocumentInfo(title, subject, "ParIndex", issue.GeneratedAtUtc))
        {
            FooterText = Footer(issue),
            TopPageNumbers = new PdfTextStyle(13f),
            Watermark = issue.IsPublished ? null : Draft,
        };

    /// <summary>The reference line under a title: the decision (italic), or the draft mark in red.</summary>
    public static void ReferenceLine(PdfDocumentBuilder document, ReportIssue issue, DocumentIssuers issuers) =>
        document.Paragraph(Reference(issue, issuers), issue.IsPublished ? new PdfTextStyle(12f, Italic: true) : new PdfTextStyle(12f, true, Alert),
            PdfAlign.Center, 10f);

    /// <summary>"Sông Lam, ngày 07 tháng 12 năm 2026": the day the report is produced.</summary>
    public static string PlaceAndDate(ReportIssue issue, DocumentIssuers issuers)
    {
        var day = VietnamTime.DateOf(issue.GeneratedAtUtc);
        return issuers.PlaceAndDate(day, day.Year);
    }
}
