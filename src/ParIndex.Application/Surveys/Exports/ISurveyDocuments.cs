namespace ParIndex.Application.Surveys.Exports;

/// <summary>
/// The survey's files: the anonymised raw answers and each unit's results as Excel, the results as an administrative
/// report in PDF (Decree 30/2020 letterhead and signer, as the other reports). Implemented in Infrastructure.
/// </summary>
public interface ISurveyDocuments
{
    byte[] AnswersWorkbook(SurveyAnswersContent content);

    byte[] ResultsWorkbook(SurveyResultsContent content);

    byte[] ResultsPdf(SurveyResultsContent content);
}

/// <summary>
/// Every counted or uncounted answer, one row each, grouped by an anonymous ballot number given after the ballots are
/// put in a random order: nothing in a row names an invitation, a code, a link or a browser.
/// </summary>
public sealed record SurveyAnswersContent(string SurveyTitle, string PeriodName, DateTime GeneratedAtUtc, IReadOnlyList<SurveyAnswerLine> Lines);

public sealed record SurveyAnswerLine(int Ballot, string GroupName, string UnitCode, string UnitName, string CriterionCode, string Question,
    string OptionKey, string OptionLabel, decimal? Weight);

public sealed record SurveyResultsContent(string SurveyTitle, string PeriodName, int Year, int Ballots, int MinimumAnswers, DateTime GeneratedAtUtc,
    IReadOnlyList<SurveyResultLine> Lines);
