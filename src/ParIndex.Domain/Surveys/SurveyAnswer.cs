namespace ParIndex.Domain.Surveys;

/// <summary>One cell of the matrix: the option chosen for a question about a unit.</summary>
public sealed record SurveyAnswer(Guid UnitId, Guid QuestionId, string OptionKey);

/// <summary>A cell a respondent is asked to answer: a question about a unit.</summary>
public readonly record struct SurveyCell(Guid UnitId, Guid QuestionId);
