using ParIndex.Application.Reports;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>
/// The official PDF reports (docs/adr/0006). Fonts are found on first use, so a server without them starts and
/// reports a clear <see cref="PdfFontNotFoundException"/> only when a report is asked for.
/// </summary>
public sealed class PdfReports : IPdfReports, IDisposable
{
    private readonly Lazy<PdfFonts> _fonts;

    public PdfReports()
        : this(PdfFonts.Discover)
    {
    }

    public PdfReports(Func<PdfFonts> fonts) => _fonts = new Lazy<PdfFonts>(fonts, LazyThreadSafetyMode.ExecutionAndPublication);

    public byte[] RankingAnnex(RankingAnnexReport report) => RankingAnnexLayout(report).Content;

    public byte[] Scorecard(ScorecardReport report) => ScorecardLayout(report).Content;

    public byte[] LeaderSummary(LeaderSummaryReport report) => LeaderSummaryLayout(report).Content;

    /// <summary>The annex with its page model (for tests and benchmarks).</summary>
    public PdfDocumentResult RankingAnnexLayout(RankingAnnexReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return RankingAnnexPdf.Build(_fonts.Value, report);
    }

    public PdfDocumentResult ScorecardLayout(ScorecardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ScorecardPdf.Build(_fonts.Value, report);
    }

    public PdfDocumentResult LeaderSummaryLayout(LeaderSummaryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return LeaderSummaryPdf.Build(_fonts.Value, report);
    }

    public void Dispose()
    {
        if (_fonts.IsValueCreated)
        {
            _fonts.Value.Dispose();
        }
    }
}
