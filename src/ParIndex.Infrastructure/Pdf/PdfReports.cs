using ParIndex.Application.Common;
using ParIndex.Application.Documents;
using ParIndex.Application.Reports;
using ParIndex.Infrastructure.Signing;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>
/// The official PDF reports (docs/adr/0006) in the administrative form of Decree 30/2020. Once the period is
/// published, the annex and the scorecards are digitally signed (PAdES) with the certificate of
/// <see cref="IDocumentSigningCertificate"/>, when one is configured. Fonts are found on first use, so a server without
/// them starts and reports a clear <see cref="PdfFontNotFoundException"/> only when a report is asked for.
/// </summary>
public sealed class PdfReports : IPdfReports, IDisposable
{
    private readonly Lazy<PdfFonts> _fonts;
    private readonly DocumentIssuers _issuers;
    private readonly IDocumentSigningCertificate? _signing;

    public PdfReports(DocumentIssuers issuers, IDocumentSigningCertificate? signing = null, Func<PdfFonts>? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(issuers);
        _issuers = issuers;
        _signing = signing;
        _fonts = new Lazy<PdfFonts>(fonts ?? PdfFonts.Discover, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public byte[] RankingAnnex(RankingAnnexReport report) =>
        Signed(RankingAnnexLayout(report).Content, report.Issue, _issuers.Committee, $"Phụ lục kết quả Chỉ số cải cách hành chính năm {report.Year}");

    public byte[] Scorecard(ScorecardReport report) =>
        Signed(ScorecardLayout(report).Content, report.Issue, _issuers.Options.Department,
            $"Phiếu kết quả Chỉ số cải cách hành chính năm {report.Card.Year} của {report.Card.UnitName}");

    public byte[] LeaderSummary(LeaderSummaryReport report) => LeaderSummaryLayout(report).Content;

    /// <summary>The annex with its page model (for tests and benchmarks).</summary>
    public PdfDocumentResult RankingAnnexLayout(RankingAnnexReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return RankingAnnexPdf.Build(_fonts.Value, report, _issuers);
    }

    public PdfDocumentResult ScorecardLayout(ScorecardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ScorecardPdf.Build(_fonts.Value, report, _issuers);
    }

    public PdfDocumentResult LeaderSummaryLayout(LeaderSummaryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return LeaderSummaryPdf.Build(_fonts.Value, report, _issuers);
    }

    public void Dispose()
    {
        if (_fonts.IsValueCreated)
        {
            _fonts.Value.Dispose();
        }
    }

    /// <summary>A published document signed by the issuing body; a draft, or a portal without a certificate, unsigned.</summary>
    private byte[] Signed(byte[] pdf, ReportIssue issue, string signer, string what)
    {
        if (issue.Stamp is not { } stamp || _signing?.Certificate is not { } certificate)
        {
            return pdf;
        }

        var reason = $"{what}, theo Quyết định số {stamp.DecisionNumber} {OfficialDate.Written(stamp.DecisionDate)}; mã kiểm tra SHA-256 {stamp.Sha256}";
        return PdfSigner.Sign(pdf, certificate, new PdfSignatureInfo(signer, reason, _issuers.Place, VietnamTime.FromUtc(issue.GeneratedAtUtc)));
    }
}
