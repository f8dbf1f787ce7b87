using ParIndex.Application.Results;
using ParIndex.Application.SelfAssessment;

namespace ParIndex.Application.Exports;

/// <summary>
/// Writes the Word (DOCX) documents offices edit, sign and file, in the administrative form of Decree 30/2020 (Times
/// New Roman 13): a unit's scorecard and its self-assessment report. The ranking annex and the draft decision are
/// <see cref="Reports.IWordReports"/> (Reports reads Exports, never the reverse).
/// </summary>
public interface IWordDocuments
{
    byte[] Scorecard(ScorecardContent content);

    byte[] SelfAssessmentReport(SelfAssessmentReportContent content);
}

/// <summary>
/// A scorecard with the stamp of the publication it belongs to, each criterion's self and decided score, and last
/// year's index and rank when the caller may read them.
/// </summary>
public sealed record ScorecardContent(ExportHeader Header, UnitScorecard Card, IReadOnlyList<CriterionScoreLine> Lines, PreviousResult? Previous = null);

/// <summary>The self-assessment as the unit's leader signs it; <see cref="GeneratedAtUtc"/> is when it was printed.</summary>
public sealed record SelfAssessmentReportContent(SelfAssessmentView View, DateTime GeneratedAtUtc);
