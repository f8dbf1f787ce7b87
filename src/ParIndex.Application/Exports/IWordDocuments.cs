using ParIndex.Application.Reports;
using ParIndex.Application.Results;
using ParIndex.Application.SelfAssessment;

namespace ParIndex.Application.Exports;

/// <summary>
/// Writes the Word (DOCX) documents offices edit, sign and file, in the administrative form of Decree 30/2020 (Times
/// New Roman 13): a unit's scorecard, its self-assessment report, the ranking annex and the draft decision that
/// publishes the index with the annex attached.
/// </summary>
public interface IWordDocuments
{
    byte[] Scorecard(ScorecardContent content);

    byte[] SelfAssessmentReport(SelfAssessmentReportContent content);

    /// <summary>The annex of a period's results: every block's ranking, landscape.</summary>
    byte[] RankingAnnex(RankingAnnexReport report);

    /// <summary>"Quyết định phê duyệt và công bố Chỉ số CCHC năm …": grounds, articles, recipients, signer, then the annex.</summary>
    byte[] DecisionDraft(RankingAnnexReport report);
}

/// <summary>
/// A scorecard with the stamp of the publication it belongs to, each criterion's self and decided score, and last
/// year's index and rank when the caller may read them.
/// </summary>
public sealed record ScorecardContent(ExportHeader Header, UnitScorecard Card, IReadOnlyList<CriterionScoreLine> Lines, PreviousResult? Previous = null);

/// <summary>The self-assessment as the unit's leader signs it; <see cref="GeneratedAtUtc"/> is when it was printed.</summary>
public sealed record SelfAssessmentReportContent(SelfAssessmentView View, DateTime GeneratedAtUtc);
