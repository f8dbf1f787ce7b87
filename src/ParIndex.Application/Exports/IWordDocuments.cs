using ParIndex.Application.Results;
using ParIndex.Application.SelfAssessment;

namespace ParIndex.Application.Exports;

/// <summary>
/// Writes the Word (DOCX) documents units file and read: a unit's scorecard, and its self-assessment report in the
/// administrative form of Decree 30/2020 (Times New Roman 13).
/// </summary>
public interface IWordDocuments
{
    byte[] Scorecard(ScorecardContent content);

    byte[] SelfAssessmentReport(SelfAssessmentReportContent content);
}

/// <summary>A scorecard with the stamp of the publication it belongs to and each criterion's self and decided score.</summary>
public sealed record ScorecardContent(ExportHeader Header, UnitScorecard Card, IReadOnlyList<CriterionScoreLine> Lines);

/// <summary>The self-assessment as the unit's leader signs it; <see cref="GeneratedAtUtc"/> is when it was printed.</summary>
public sealed record SelfAssessmentReportContent(SelfAssessmentView View, DateTime GeneratedAtUtc);
